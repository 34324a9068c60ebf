// English UI text: figures. The Spanish file types itself with FiguresText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const figuresEn = {} as const;

export type FiguresText = Widen<typeof figuresEn>;
