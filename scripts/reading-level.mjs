// Prints the reading grade of Markdown/MDX drafts, roughly as the content test measures the built page.
// Usage: npm run reading-level -- content/guides/teens.mdx [more files]
import { readFileSync } from 'node:fs';
import { readingLevel } from '../src/lib/reading-level.ts';
import { markdownToPlainText } from '../src/lib/plain-text.ts';

for (const file of process.argv.slice(2)) {
  const { grade, words, sentences } = readingLevel(markdownToPlainText(readFileSync(file, 'utf8')));
  console.log(`${grade.toFixed(1).padStart(5)}  ${String(words).padStart(5)} words  ${String(sentences).padStart(4)} sentences  ${file}`);
}
if (process.argv.length <= 2) console.log('Give one or more .md or .mdx files.');
