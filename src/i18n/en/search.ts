// English UI text: search. The Spanish file types itself with SearchText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const searchEn = {} as const;

export type SearchText = Widen<typeof searchEn>;
