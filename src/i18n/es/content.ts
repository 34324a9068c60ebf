// Spanish UI text: content (neutral US Spanish, usted).
import type { ContentText } from '../en/content.ts';

export const contentEs: ContentText = {};
