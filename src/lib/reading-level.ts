// Measures how easy a text is to read, as a US school grade (Flesch–Kincaid). Used by the content
// tests on rendered page text, and by writers on drafts. Pure: no DOM.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadingLevel {
  grade: number;
  words: number;
  sentences: number;
}

// Words are runs of letters (with inner apostrophes or hyphens); numbers are not words.
const wordPattern = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;

/** Splits text into sentences at . ! ? and at line breaks (headings and list items end a thought). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|etc|vs|Dr|Mr|Ms|Mrs|St|No|U\.S)\./gi, (m) => m.replace(/\./g, ''))
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => (s.match(wordPattern) ?? []).length > 0);
}

export function readingLevel(text: string): ReadingLevel {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap((s) => s.match(wordPattern) ?? []);
  if (words.length === 0) return { grade: 0, words: 0, sentences: 0 };
  const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences: sentences.length };
}
