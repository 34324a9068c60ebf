// How often care meets is a figure like any other: prose quotes it from src/data through <Fact>, and
// every figure in the data module names its source. Spelled-out counts ("once or twice a week", "one or
// two visits") would slip past the digit check in numbers-live-once, so they are checked here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { epsdtCoverage, naloxoneOverTheCounter, part2FinalRule } from '../../src/data/care-levels.ts';
import { sources } from '../../src/data/sources.ts';
import { facts } from '../../src/lib/facts.ts';

const root = resolve(import.meta.dirname, '../..');
const count = '(?:once|twice|one|two|three|four|five|six|seven|eight|nine|ten)';
const spelledOutFrequency: RegExp[] = [
  new RegExp(`\\b${count}(?:\\s+(?:or|to)\\s+${count})?\\s+(?:times?\\s+)?(?:a|per|each|every)\\s+(?:day|week|month)\\b`, 'i'),
  new RegExp(`\\b${count}(?:\\s+(?:or|to)\\s+${count})?\\s+(?:visits?|sessions?|groups?)\\s+(?:a|per|each|every)\\b`, 'i'),
  /\bevery other (?:day|week|month)\b/i,
];
// The Spanish edition: "una o dos veces por semana", "dos sesiones a la semana", "cada dos semanas".
const countEs = '(?:una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)';
const spelledOutFrequencyEs: RegExp[] = [
  new RegExp(`(?<![\\p{L}])${countEs}(?:\\s+(?:o|a|y)\\s+${countEs})?\\s+(?:vez|veces|visitas?|sesiones?|grupos?)\\s+(?:por|a la|al|cada)\\s+(?:día|semana|mes)`, 'iu'),
  /(?<![\p{L}])cada\s+(?:dos|otra|otro)\s+(?:días?|semanas?|mes(?:es)?)(?![\p{L}])/iu,
];

function proseFiles(): string[] {
  const dir = join(root, 'content');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile() && /\.mdx?$/.test(file));
}

describe('frequencies in prose come from the data module', () => {
  it('finds no spelled-out visit or session count in the guides, FAQ or glossary', () => {
    const typed: string[] = [];
    for (const file of proseFiles()) {
      const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const pattern of [...spelledOutFrequency, ...spelledOutFrequencyEs]) {
        const match = pattern.exec(text);
        if (match) typed.push(`${relative(root, file)}: "${match[0]}"`);
      }
    }
    expect(typed).toEqual([]);
  });

  it('would catch the wording it replaced (the patterns are live)', () => {
    for (const sample of ['often once or twice a week', 'often one or two visits a week', 'once a week, or every other week']) {
      expect(spelledOutFrequency.some((p) => p.test(sample)), sample).toBe(true);
    }
    expect(spelledOutFrequency.some((p) => p.test('weekly therapy is not enough'))).toBe(false);
    for (const sample of ['a menudo una o dos veces por semana', 'dos sesiones a la semana', 'cada dos semanas']) {
      expect(spelledOutFrequencyEs.some((p) => p.test(sample)), sample).toBe(true);
    }
    expect(spelledOutFrequencyEs.some((p) => p.test('la terapia semanal no basta'))).toBe(false);
  });
});

describe('figures added for the safety content', () => {
  it('each names a source the site lists, and reads as the guides quote it', () => {
    for (const figure of [naloxoneOverTheCounter, part2FinalRule, epsdtCoverage]) expect(sources[figure.source]).toBeDefined();
    expect(facts.naloxoneOtcYear).toBe(String(naloxoneOverTheCounter.year));
    expect(facts.part2RuleYear).toBe(String(part2FinalRule.year));
    expect(facts.epsdtAge).toBe(`under ${epsdtCoverage.underAge}`);
  });
});
