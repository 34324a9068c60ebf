// English UI text: faqPages. The Spanish file types itself with FaqPagesText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const faqPagesEn = {} as const;

export type FaqPagesText = Widen<typeof faqPagesEn>;
