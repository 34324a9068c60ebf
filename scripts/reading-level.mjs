// Prints the reading grade of Markdown/MDX drafts, roughly as the content test measures the built page.
// Usage: npm run reading-level -- content/guides/teens.mdx [more files]
import { readFileSync } from 'node:fs';
import { readingLevel } from '../src/lib/reading-level.ts';
import { factText } from '../src/lib/facts.ts';

function plainText(source) {
  return source
    .replace(/^---[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/^import .*$/gm, '')
    .replace(/<Fact\s+id="([^"]+)"\s*\/>/g, (_, id) => factText(id))
    .replace(/<[^>]+>/g, '') // other components and tags, keeping their text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their words
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.)\s+/gm, '') // heading and list markers
    .replace(/[*_`|]/g, '');
}

let worst = 0;
for (const file of process.argv.slice(2)) {
  const { grade, words, sentences } = readingLevel(plainText(readFileSync(file, 'utf8')));
  worst = Math.max(worst, grade);
  console.log(`${grade.toFixed(1).padStart(5)}  ${String(words).padStart(5)} words  ${String(sentences).padStart(4)} sentences  ${file}`);
}
if (process.argv.length <= 2) console.log('Give one or more .md or .mdx files.');
