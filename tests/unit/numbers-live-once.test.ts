// Every clinical number a reader sees is typed once, in src/data. Prose, pages, components and tools
// quote it through <Fact> or the data module, so a grep finds each figure in one place only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const scanned = ['content', 'src/pages', 'src/components', 'src/layouts', 'src/widgets', 'src/i18n'];

// A number followed by a unit of treatment time, alone or as a range: "9 hours", "6 to 19 hours",
// "4–8 weeks", "3 days a week", "42 days", "3 months". Ordinal words and spelled-out numbers in
// ordinary English are fine; digits are what would drift from the data module.
const clinicalNumber = /\b\d+(?:\.\d+)?(?:\s*(?:to|–|-|or)\s*\d+(?:\.\d+)?)?\s*(?:hours?|hrs?|weeks?|days?|months?|sessions?)\b/gi;
// The same in the Spanish edition: "9 horas", "de 6 a 19 horas", "3 días por semana", "3 meses".
const clinicalNumberEs = /\b\d+(?:[.,]\d+)?(?:\s*(?:a|–|-|o|y)\s*\d+(?:[.,]\d+)?)?\s*(?:horas?|semanas?|d[ií]as?|mes(?:es)?|sesi[oó]n(?:es)?)(?![\p{L}])/giu;

function filesUnder(dir: string): string[] {
  const full = join(root, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(full, name))
    .filter((file) => statSync(file).isFile() && /\.(mdx?|astro|tsx?)$/.test(file));
}

/** Frontmatter holds dates and years, not clinical figures; leave it out. */
function withoutFrontmatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

describe('clinical numbers live only in the data module', () => {
  it('finds no hour, day, week or month figure typed outside src/data', () => {
    const typed: string[] = [];
    for (const dir of scanned) {
      for (const file of filesUnder(dir)) {
        const text = withoutFrontmatter(readFileSync(file, 'utf8'));
        for (const pattern of [clinicalNumber, clinicalNumberEs]) {
          for (const match of text.matchAll(pattern)) typed.push(`${relative(root, file)}: "${match[0]}"`);
        }
      }
    }
    expect(typed).toEqual([]);
  });

  it('would catch a figure typed into a guide (the pattern is live)', () => {
    const samples = ['Most programs run 9 to 19 hours a week.', 'about 3 hours', 'for 4–8 weeks', 'an average of 42 days'];
    for (const sample of samples) expect(sample.match(clinicalNumber), sample).not.toBeNull();
    expect('twelve-step groups meet weekly'.match(clinicalNumber)).toBeNull();
    const samplesEs = ['La mayoría dura de 9 a 19 horas por semana.', 'unas 3 horas', 'durante 4–8 semanas', 'un promedio de 42 días', '3 meses'];
    for (const sample of samplesEs) expect(sample.match(clinicalNumberEs), sample).not.toBeNull();
    expect('los grupos de 12 pasos se reúnen cada semana'.match(clinicalNumberEs)).toBeNull();
  });
});
