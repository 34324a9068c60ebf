// English UI text: chrome. The Spanish file types itself with ChromeText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const chromeEn = {} as const;

export type ChromeText = Widen<typeof chromeEn>;
