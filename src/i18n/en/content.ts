// English UI text: content. The Spanish file types itself with ContentText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const contentEn = {} as const;

export type ContentText = Widen<typeof contentEn>;
