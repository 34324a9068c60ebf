// Writes search-vocabulary.json at the end of a build: every word of four letters or more in the text the
// search indexes (each page's <main data-pagefind-body>), most used first. The search loads it only when a
// query comes back thin, to offer "Did you mean …?" for words the site does not use.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { queryWords } from '../lib/search-query.ts';

export const vocabularyFileName = 'search-vocabulary.json';
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

/** Words (four letters or more, no digits) by how often they occur, most used first, then A to Z. */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // queryWords cuts at the query length limit, so feed it one line of text at a time.
    for (const line of text.split(/[\n.!?;:]+/)) {
      for (const chunk of line.match(/(?:\S+\s*){1,20}/g) ?? []) {
        for (const word of queryWords(chunk)) {
          if (word.length < shortestWord || /\d/.test(word)) continue;
          counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

export default function searchVocabulary(): AstroIntegration {
  return {
    name: 'iop-guide:search-vocabulary',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const texts = await Promise.all((await htmlFiles(outDir)).map(async (file) => indexedText(await readFile(file, 'utf8'))));
        const words = vocabularyOf(texts);
        const body = JSON.stringify(words);
        await writeFile(join(outDir, vocabularyFileName), body);
        const gzip = gzipSync(body, { level: 6 }).length;
        logger.info(`Wrote ${words.length} words for spelling suggestions (${(gzip / 1000).toFixed(1)} kB gzip)`);
      },
    },
  };
}
