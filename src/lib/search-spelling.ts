// "Did you mean …?": the closest word the site uses to a word it does not, by edit distance. Pure.

/**
 * Edit distance counting an insertion, deletion, substitution or swap of two neighbouring letters as one
 * edit (optimal string alignment). Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export function withinOneTypo(a: string, b: string): boolean {
  return editDistance(a, b, 1) <= 1;
}

/** How many edits a misspelling of a word this long may have: short words are too easy to confuse. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 7) return 1;
  return 2;
}

/** A vocabulary ready for lookups: the site's words, most used first. */
export interface Vocabulary {
  /** Whether a (folded) word is one the site uses, or one of its words with a common ending. */
  has: (word: string) => boolean;
  /** The words as the site writes them (accents kept, "médico"), to offer back. */
  words: readonly string[];
  /** The same words folded like a query ("medico"), to compare with. */
  folded: readonly string[];
}

/** English endings a word may carry and still be the site's word ("relapses" for "relapse", "enabling" for "enable"). */
export const englishEndings: readonly string[] = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers'];

/** Lower case without accents, as the query's words are (kept here so this module stands alone). */
const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

export function makeVocabulary(words: readonly string[], endings: readonly string[] = englishEndings): Vocabulary {
  const clean = words.filter((w) => typeof w === 'string' && w !== '');
  const folded = clean.map(fold);
  const set = new Set(folded);
  const has = (word: string) =>
    set.has(word) ||
    endings.some((end) => {
      if (!word.endsWith(end) || word.length - end.length < 3) return false;
      const stem = word.slice(0, -end.length);
      return set.has(stem) || set.has(`${stem}e`) || folded.some((w) => w.startsWith(stem) && w.length - stem.length <= 3);
    });
  return { has, words: clean, folded };
}

/**
 * The site's word closest to `word` (a folded query word), or null when `word` is itself a site word or
 * nothing is close. Ties go to the word the site uses most (the vocabulary's order), then to one with the
 * same first letter. The word comes back as the site writes it, accents included.
 */
export function closestWord(word: string, vocabulary: Vocabulary): string | null {
  const limit = allowedEdits(word.length);
  if (limit === 0 || vocabulary.has(word) || /\d/.test(word)) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [i, candidate] of vocabulary.folded.entries()) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance > limit) continue;
    const score = distance * 2 + (candidate[0] === word[0] ? 0 : 1);
    if (score < bestScore) {
      best = vocabulary.words[i]!;
      bestScore = score;
      if (score === 2) break;
    }
  }
  return best;
}

/**
 * The vocabulary file the build writes for a language's pages (src/integrations/search-vocabulary.ts) and
 * the search fetches: English keeps the first name, other languages add their code.
 */
export function vocabularyFileFor(lang: string): string {
  return lang === 'en' ? 'search-vocabulary.json' : `search-vocabulary.${lang}.json`;
}
