// Turns a Markdown/MDX source into the plain words a reader sees, for drafts' reading level and for
// structured data. Components that print facts are replaced by their words. Pure.
import { factText } from './facts.ts';
import type { Lang } from '../i18n/lang.ts';
import type { HelpLineId } from '../data/help-lines.ts';
import { helpLinesFor } from '../data/es/help-lines.ts';

/** `lang` picks the language facts are phrased in (a Spanish answer's plain text quotes Spanish facts). */
export function markdownToPlainText(source: string, lang: Lang = 'en'): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/^import .*$/gm, '')
    .replace(/<Fact\s+id="([^"]+)"\s*\/>/g, (_, id: string) => factText(id, lang))
    .replace(/<HelpLine\s+id="([^"]+)"\s*\/>/g, (_, id: string) => {
      const line = helpLinesFor(lang)[id as HelpLineId];
      return line ? `${line.name} (${line.action})` : '';
    })
    .replace(/<[^>]+>/g, '') // other components and tags, keeping their text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their words
    .replace(/^[ \t]*(#{1,6}|[-*+]|\d+\.)[ \t]+/gm, '') // heading and list markers
    .replace(/[*_`|]/g, '')
    .trim();
}
