// English UI text: faqSearch. The Spanish file types itself with FaqSearchText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const faqSearchEn = {} as const;

export type FaqSearchText = Widen<typeof faqSearchEn>;
