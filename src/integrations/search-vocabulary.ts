// Writes one vocabulary per language at the end of a build (search-vocabulary.json for English pages,
// search-vocabulary.es.json for Spanish ones, by each page's <html lang>): every word of four letters or
// more in the text the search indexes (each page's <main data-pagefind-body>), most used first. The search
// loads its page's language's file only when a query comes back thin, to offer "Did you mean …?" (in
// Spanish "¿Quiso decir…?") for words the site does not use.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { languages, type Lang } from '../i18n/lang.ts';
import { foldWord, queryWords } from '../lib/search-query.ts';
import { vocabularyFileFor } from '../lib/search-spelling.ts';

/** The English vocabulary's file name. */
export const vocabularyFileName = vocabularyFileFor('en');
/** Shorter words are never corrected (see allowedEdits in src/lib/search-spelling.ts). */
const shortestWord = 4;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘' };

/** The readable text of the indexed part of a page, or "" when the page is not indexed. */
export function indexedText(html: string): string {
  const start = html.search(/<main\b[^>]*\bdata-pagefind-body\b/);
  if (start < 0) return '';
  const end = html.indexOf('</main>', start);
  return html
    .slice(start, end < 0 ? undefined : end)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return entities[name.toLowerCase()] ?? whole;
    });
}

/** The site language a page is written in, from its <html lang> (English when it names none we write in). */
export function pageLang(html: string): Lang {
  const code = /<html\b[^>]*\blang=["']?([a-zA-Z-]+)/i.exec(html)?.[1]?.toLowerCase().split('-')[0];
  return languages.find((lang) => lang === code) ?? 'en';
}

/**
 * Words (four letters or more, no digits) by how often they occur, most used first, then A to Z. Words
 * that differ only by accents count as one, written the way the pages write it most ("médico", not
 * "medico"), so "¿Quiso decir…?" offers the word spelled right.
 */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  // Text is read a whitespace-separated token at a time, each turned into search words the way a query
  // is. A site writes a few thousand distinct tokens millions of times, so each is worked out once.
  const known = new Map<string, { word: string; spelled: string }[]>();
  const wordsOf = (token: string) => {
    let words = known.get(token);
    if (words) return words;
    const written = token.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    words = [];
    for (const word of queryWords(token)) {
      if (word.length < shortestWord || /\d/.test(word)) continue;
      // The written form with accents, when the token has one that folds to this word.
      words.push({ word, spelled: written.find((w) => w !== word && foldWord(w) === word) ?? word });
    }
    known.set(token, words);
    return words;
  };
  for (const text of texts) {
    for (const token of text.split(/\s+/)) {
      for (const { word, spelled } of wordsOf(token)) {
        let entry = counts.get(word);
        if (!entry) counts.set(word, (entry = { count: 0, spellings: new Map<string, number>() }));
        entry.count += 1;
        entry.spellings.set(spelled, (entry.spellings.get(spelled) ?? 0) + 1);
      }
    }
  }
  const mostWritten = (spellings: Map<string, number>) => [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([, entry]) => mostWritten(entry.spellings));
}

export default function searchVocabulary(): AstroIntegration {
  return {
    name: 'iop-guide:search-vocabulary',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(outDir)).map(async (file) => {
            const html = await readFile(file, 'utf8');
            return { lang: pageLang(html), text: indexedText(html) };
          }),
        );
        for (const lang of languages) {
          const words = vocabularyOf(pages.filter((p) => p.lang === lang).map((p) => p.text));
          const body = JSON.stringify(words);
          await writeFile(join(outDir, vocabularyFileFor(lang)), body);
          const gzip = gzipSync(body, { level: 6 }).length;
          logger.info(`Wrote ${words.length} ${lang} words for spelling suggestions (${(gzip / 1000).toFixed(1)} kB gzip)`);
        }
      },
    },
  };
}
