// How easy a Spanish text is to read: the Fernández-Huerta formula (1959) as corrected by Law (2011),
//   L = 206.84 − 0.60·P − 1.02·F
// where P is syllables per 100 words and F is words per sentence. Higher is easier: 60–70 normal
// (grade 7–8), 70–80 fairly easy (grade 6), 80–90 easy (grade 5). Used by the tests on the built
// Spanish pages, like reading-level.ts for English. Pure: no DOM.

export interface ReadingEase {
  /** Fernández-Huerta score, one decimal. */
  score: number;
  words: number;
  sentences: number;
  syllables: number;
}

// Words are runs of letters (Spanish letters included), with inner hyphens or apostrophes; numbers are not words.
const letters = 'A-Za-zÁÉÍÓÚÜÑáéíóúüñ';
const wordPattern = new RegExp(`[${letters}]+(?:['’-][${letters}]+)*`, 'g');

// Strong vowels (a, e, o) and weak ones (i, u). A written accent on a weak vowel (í, ú) makes it a
// syllable of its own, as a strong vowel is: "dí-a", "pa-ís", "ba-úl".
const strong = new Set([...'aeoáéóíú']);
const vowels = new Set([...'aeiouáéíóúü']);

/** Syllables in one vowel group: a new syllable starts between two strong vowels (hiatus: "le-o", "po-e-ta"). */
function nucleiIn(group: string): number {
  let count = 1;
  for (let i = 1; i < group.length; i++) {
    if (strong.has(group[i - 1]!) && strong.has(group[i]!)) count++;
  }
  return count;
}

/**
 * Syllables in a Spanish word, by its vowel groups: a diphthong (a weak vowel beside another vowel:
 * "ciu-dad", "cui-da-do", "fa-mi-lia") or triphthong ("buey") is one syllable; two strong vowels, or an
 * accented í/ú beside another vowel, are two ("a-é-re-o", "rí-o"). A final y after a vowel is a vowel
 * ("hoy", "muy"), and "y" alone is a word of one syllable. A short all-capitals word is spelled out
 * letter by letter ("IOP": i-o-pe).
 */
export function syllablesEs(word: string): number {
  if (/^[A-ZÁÉÍÓÚÜÑ]{2,3}$/.test(word)) return word.length;
  const w = word.toLowerCase().replace(/['’-]/g, '');
  let count = 0;
  let group = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const isVowel = vowels.has(c) || (c === 'y' && (w.length === 1 || (i === w.length - 1 && vowels.has(w[i - 1]!))));
    if (isVowel) {
      group += c === 'y' ? 'i' : c;
    } else if (group) {
      count += nucleiIn(group);
      group = '';
    }
  }
  if (group) count += nucleiIn(group);
  return Math.max(1, count);
}

// Abbreviations whose full stop does not end a sentence.
const abbreviations = /\b(p\. ?ej|EE\. ?UU|etc|Dr|Dra|Sr|Sra|Srta|Ud|Uds|núm|pág|aprox|tel)\./gi;

/** Splits text into sentences at . ! ? … and at line breaks (headings and list items end a thought). */
export function sentencesEs(text: string): string[] {
  return text
    .replace(abbreviations, (m) => m.replace(/\./g, ''))
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => (s.match(wordPattern) ?? []).length > 0);
}

export function wordsEs(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Fernández-Huerta reading ease (Law's correction) of a Spanish text. */
export function readingEaseEs(text: string): ReadingEase {
  const sentences = sentencesEs(text);
  const words = sentences.flatMap(wordsEs);
  if (words.length === 0) return { score: 0, words: 0, sentences: 0, syllables: 0 };
  const syllables = words.reduce((sum, w) => sum + syllablesEs(w), 0);
  const perHundredWords = (100 * syllables) / words.length;
  const wordsPerSentence = words.length / sentences.length;
  const score = 206.84 - 0.6 * perHundredWords - 1.02 * wordsPerSentence;
  return { score: Math.round(score * 10) / 10, words: words.length, sentences: sentences.length, syllables };
}
