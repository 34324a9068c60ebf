// Spanish UI text: pages (neutral US Spanish, usted).
import type { PagesText } from '../en/pages.ts';

export const pagesEs: PagesText = {};
