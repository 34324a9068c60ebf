// Spanish UI text: figures (neutral US Spanish, usted).
import type { FiguresText } from '../en/figures.ts';

export const figuresEs: FiguresText = {};
