// Spanish UI text: faqPages (neutral US Spanish, usted).
import type { FaqPagesText } from '../en/faqPages.ts';

export const faqPagesEs: FaqPagesText = {};
