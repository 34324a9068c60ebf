// Spanish UI text: faqSearch (neutral US Spanish, usted).
import type { FaqSearchText } from '../en/faqSearch.ts';

export const faqSearchEs: FaqSearchText = {};
