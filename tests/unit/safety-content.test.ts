// What a reader in trouble must always find in the guides: overdose steps, suicide-safety steps and
// true words about withdrawal, each with its source listed on the page. Reads the content as written,
// so a rewrite that drops a step fails here before it reaches a build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { markdownToPlainText } from '../../src/lib/plain-text.ts';

const root = resolve(import.meta.dirname, '../..');

function guide(slug: string): { text: string; sources: string[] } {
  const source = readFileSync(join(root, 'content/guides', `${slug}.mdx`), 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  const sources = [...frontmatter.matchAll(/^\s*-\s*title:\s*"([^"]+)"/gm)].map((m) => m[1]!);
  return { text: markdownToPlainText(source).replace(/\s+/g, ' '), sources };
}

/** The text from a heading's words to the next heading of the same or higher level. */
function section(slug: string, heading: string): string {
  const source = readFileSync(join(root, 'content/guides', `${slug}.mdx`), 'utf8');
  const start = source.search(new RegExp(`^#{2,3} ${heading}`, 'm'));
  expect(start, `${slug} has a section "${heading}"`).toBeGreaterThanOrEqual(0);
  const rest = source.slice(start);
  const level = /^#+/.exec(rest)![0].length;
  const bodyStart = rest.indexOf('\n') + 1;
  const end = rest.slice(bodyStart).search(new RegExp(`^#{2,${level}} `, 'm'));
  return markdownToPlainText(end < 0 ? rest : rest.slice(0, bodyStart + end)).replace(/\s+/g, ' ');
}

const overdoseSteps: [string, RegExp][] = [
  ['call 911', /\bcall 911\b/i],
  ['give naloxone', /\bgive naloxone\b/i],
  ['check breathing', /\bcheck (their|the person's) breathing\b/i],
  ['stay with the person', /\bstay with (them|the person)\b/i],
  ['put them on their side', /\bon (their|the) side\b/i],
  ['Good Samaritan laws', /\bGood Samaritan laws?\b/i],
  ['naloxone is sold over the counter', /\bover the counter\b/i],
];

describe('overdose steps a reader can act on', () => {
  const pages: [string, string][] = [
    ['families', 'If you think someone has overdosed'],
    ['teens', 'Fake pills and overdose'],
    ['after-iop', 'Staying safe after a break'],
  ];
  for (const [slug, heading] of pages) {
    it(`${slug} says to call 911 first, then give naloxone, with its sources listed`, () => {
      const text = section(slug, heading);
      for (const [step, pattern] of overdoseSteps) expect(text, `${slug}: ${step}`).toMatch(pattern);
      expect(text.search(/\bcall 911\b/i), 'call 911 comes before naloxone').toBeLessThan(text.search(/\bgive naloxone\b/i));
      const { sources } = guide(slug);
      expect(sources.some((s) => /overdose/i.test(s)), `${slug} lists SAMHSA's overdose toolkit`).toBe(true);
      expect(sources.some((s) => /naloxone/i.test(s)), `${slug} lists the FDA and CDC naloxone sources`).toBe(true);
    });
  }

  it('teens warns about fentanyl in fake pills', () => {
    const text = section('teens', 'Fake pills and overdose');
    expect(text).toMatch(/\bfake\b/i);
    expect(text).toMatch(/\bfentanyl\b/i);
    expect(guide('teens').sources.some((s) => /fentanyl/i.test(s))).toBe(true);
  });
});

describe('suicide safety at home', () => {
  for (const slug of ['families', 'teens']) {
    it(`${slug} tells a family to store firearms away, lock up medicines and make a safety plan`, () => {
      const { text, sources } = guide(slug);
      expect(text).toMatch(/\b(firearms?|guns?)\b/i);
      expect(text).toMatch(/\block(ed)? up\b[^.]*\bmedicines?\b|\bmedicines?\b[^.]*\block(ed)? up\b/i);
      expect(text).toMatch(/\bsafety plan\b/i);
      expect(sources.some((s) => /suicide|safety plan|lethal means/i.test(s)), `${slug} lists a suicide-prevention source`).toBe(true);
    });
  }
});

describe('withdrawal danger after a return to use', () => {
  for (const slug of ['after-iop', 'who-iop-helps']) {
    it(`${slug} says a seizure or confusion means 911, and names alcohol and benzodiazepine withdrawal`, () => {
      const { text, sources } = guide(slug);
      expect(text).toMatch(/\bseizure\b[^.]*\b911\b|\b911\b[^.]*\bseizure\b/i);
      expect(text).toMatch(/\bbenzodiazepines?\b/i);
      expect(text).toMatch(/\bsame day\b|\bsame-day\b/i);
      expect(sources.some((s) => /alcohol withdrawal/i.test(s)), `${slug} lists ASAM's alcohol withdrawal guideline`).toBe(true);
      expect(sources.some((s) => /benzodiazepine/i.test(s)), `${slug} lists the FDA benzodiazepine warning`).toBe(true);
    });
  }
});

// Sentences that say withdrawal care must always come before IOP. Medically managed withdrawal is
// needed first only sometimes: mild withdrawal can be managed in outpatient care, and for opioid use
// disorder starting medication is the standard (SAMHSA TIP 63; ASAM 2020).
const withdrawalAlwaysFirst: RegExp[] = [
  /\bdetox(ification)? first\b/i,
  /\b(withdrawal|detox)\b[^.]*\b(?<!\bnot\s)(always|must)\b[^.]*\b(first|before)\b/i,
  /\bcomes? before (an )?IOP\b/i,
  /\bbefore (starting |you start |joining )?(an )?IOP\b[^.]*\b(withdrawal|detox)\b[^.]*\b(always|must|need to|has to)\b/i,
  /\bstarts? with (medically managed withdrawal|detox)\b[^.]*\bIOP can follow\b/i,
  /\bIOP can (only )?follow once\b/i,
];

function textFilesUnder(dir: string): string[] {
  const full = join(root, dir);
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(full, name))
    .filter((file) => statSync(file).isFile() && /\.(mdx?|astro|tsx?)$/.test(file));
}

/** Prose split into sentences, so a pattern cannot reach across two of them. */
function sentences(text: string): string[] {
  return text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/);
}

describe('no page says withdrawal care always comes before IOP', () => {
  it('finds no such sentence in the guides, FAQ, glossary or pages', () => {
    const found: string[] = [];
    for (const dir of ['content', 'src/pages', 'src/components', 'src/data']) {
      for (const file of textFilesUnder(dir)) {
        const text = /\.mdx?$/.test(file) ? markdownToPlainText(readFileSync(file, 'utf8')) : readFileSync(file, 'utf8');
        for (const sentence of sentences(text)) {
          if (withdrawalAlwaysFirst.some((p) => p.test(sentence))) found.push(`${relative(root, file)}: "${sentence}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('would catch the old wording (the patterns are live)', () => {
    const old = [
      'When it is needed, it comes before IOP.',
      'That is called detox first.',
      'If withdrawal needs medical care, the person starts with medically managed withdrawal, often called detox. IOP can follow once the body is stable.',
      'Withdrawal care must always happen before you start an IOP.',
    ];
    for (const sample of old) expect(sentences(markdownToPlainText(sample)).some((s) => withdrawalAlwaysFirst.some((p) => p.test(s))), sample).toBe(true);
    const fine = 'Mild withdrawal can often be managed in outpatient care, so withdrawal care does not always come first.';
    expect(withdrawalAlwaysFirst.some((p) => p.test(fine))).toBe(false);
  });
});
