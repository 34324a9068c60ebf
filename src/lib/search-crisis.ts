// Does a search mention danger (suicide, self-harm, overdose, an emergency)? Pure, so every search box
// can show crisis help before any result, and the list can be tested word by word.
import { foldWord, queryWords } from './search-query.ts';
import { withinOneTypo } from './search-spelling.ts';

/** A list word of this many letters or more also matches with one typo ("suicdal" for "suicidal"). */
const typoTolerantFrom = 6;

function wordMatches(pattern: string, word: string, inPhrase: boolean): boolean {
  if (pattern.endsWith('*')) {
    const stem = pattern.slice(0, -1);
    if (word.startsWith(stem)) return true;
    // One typo inside the stem: compare it with the word's start of the same length, one longer and one shorter.
    // Within a phrase the other words give context, so a shorter stem may have a typo ("self harn").
    if (stem.length < (inPhrase ? 4 : typoTolerantFrom - 1)) return false;
    return [stem.length - 1, stem.length, stem.length + 1].some((n) => n <= word.length && withinOneTypo(stem, word.slice(0, n)));
  }
  if (pattern === word) return true;
  return pattern.length >= typoTolerantFrom && withinOneTypo(pattern, word);
}

function phraseAt(phrase: readonly string[], words: readonly string[], start: number): boolean {
  return phrase.every((p, i) => start + i < words.length && wordMatches(p, words[start + i]!, phrase.length > 1));
}

function containsPhrase(phrase: readonly string[], words: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start++) if (phraseAt(phrase, words, start)) return true;
  return false;
}

/**
 * The first crisis phrase the query mentions, or null. Matching ignores case, accents, punctuation and
 * spacing ("Self-harm", "self harm" and "selfharm" all match), contractions both ways ("don't", "od'd"),
 * and one typo in a long word.
 */
export function crisisMatch(raw: unknown, crisisPhrases: readonly string[]): string | null {
  const spellings = [queryWords(raw), queryWords(raw, { splitApostrophes: true })];
  // Words run together ("killmyself") are checked against each phrase written without spaces.
  for (const words of spellings) {
    for (const entry of crisisPhrases) {
      const phrase = foldWord(entry).split(/\s+/).filter((w) => w !== '');
      if (phrase.length === 0) continue;
      if (containsPhrase(phrase, words)) return entry;
      if (phrase.length > 1 && !entry.endsWith('*') && containsPhrase([phrase.join('')], words)) return entry;
    }
  }
  return null;
}

/** True when a search should show crisis help above its results. */
export function mentionsCrisis(raw: unknown, crisisPhrases: readonly string[]): boolean {
  return crisisMatch(raw, crisisPhrases) !== null;
}
