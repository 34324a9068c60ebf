// Spanish UI text: search (neutral US Spanish, usted).
import type { SearchText } from '../en/search.ts';

export const searchEs: SearchText = {};
