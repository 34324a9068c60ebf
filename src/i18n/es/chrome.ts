// Spanish UI text: chrome (neutral US Spanish, usted).
import type { ChromeText } from '../en/chrome.ts';

export const chromeEs: ChromeText = {};
