// English UI text: pages. The Spanish file types itself with PagesText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const pagesEn = {} as const;

export type PagesText = Widen<typeof pagesEn>;
