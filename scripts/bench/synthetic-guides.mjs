// Writes a content folder with N synthetic guides for the build-scaling benchmark. Each guide is made
// of real paragraphs and lists from content/guides, reshuffled (so its length, vocabulary, <Term>,
// <Fact> and links are like a real guide's), and passes the guides schema. The real guides, FAQ and
// glossary are copied alongside, so every reference resolves. Seeded: the same N gives the same files.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const guideWords = 1500;

/** Small, fast, seeded random numbers (mulberry32), so each run writes the same guides. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text) => text.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;

/** The blocks of the real guides' bodies, sorted into headings, paragraphs and lists. */
export function realBlocks(guidesDir) {
  const pool = { ids: [], titles: [], headings: [], paragraphs: [], lists: [] };
  for (const name of readdirSync(guidesDir).filter((n) => n.endsWith('.mdx')).sort()) {
    const text = readFileSync(join(guidesDir, name), 'utf8');
    const [, frontmatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
    pool.ids.push(name.replace(/\.mdx$/, ''));
    pool.titles.push(frontmatter.match(/^title:\s*"(.*)"$/m)?.[1] ?? name);
    // An HTML element written across several blocks (a call-out <aside> with paragraphs inside) is left
    // out whole: cut into blocks and reshuffled, its opening and closing tags would no longer pair up.
    const plainBody = body.replace(/^<([a-z][\w-]*)\b[^>]*>[\s\S]*?^<\/\1>[ \t]*$/gm, '');
    for (const block of plainBody.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
      if (/^#{2,3} /.test(block)) pool.headings.push(block.replace(/^#+\s*/, ''));
      else if (/^<[A-Z]\w*[^>]*\/>$/.test(block)) continue; // a component on its own: placed below instead
      else if (block.split('\n').every((line) => /^(\s*[-*] |\s*\d+\. |\s{2,})/.test(line))) pool.lists.push(block);
      else if (/^<\/?[a-z]/.test(block)) continue; // a stray HTML tag line: never a paragraph of its own
      else if (!/^[|>]/.test(block)) pool.paragraphs.push(block); // tables and quotes left out
    }
  }
  return pool;
}

export const syntheticId = (i) => `synthetic-${String(i).padStart(5, '0')}`;

/** One synthetic guide as MDX text. */
export function syntheticGuide(i, count, pool) {
  const random = seeded(i + 1);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const realId = pick(pool.ids);
  const related = [realId, ...(count > 1 ? [syntheticId((i + 1) % count)] : [])];
  const topic = pick(pool.headings).replace(/<[^>]+>/g, '').replace(/[*_`"]/g, '');
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(`Synthetic guide ${i + 1}: ${topic}`)}`,
    `description: "A generated guide of realistic length, made from real guide text, for measuring how the build grows (${i + 1})."`,
    `summary: "This guide repeats real guide paragraphs in a new order, so the build and the search index see pages like the real ones."`,
    'audience: [families, referrers, seeking-care]',
    'lastReviewed: 2026-11-01',
    'nextReview: 2027-05-01',
    `order: ${1000 + i}`,
    `related: [${related.join(', ')}]`,
    'sources:',
    '  - title: "Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders (Advisory)"',
    '    publisher: "Substance Abuse and Mental Health Services Administration (SAMHSA)"',
    '    year: 2021',
    '  - title: "Principles of Drug Addiction Treatment: A Research-Based Guide, 3rd edition"',
    '    publisher: "National Institute on Drug Abuse (NIDA)"',
    '    year: 2018',
    '---',
  ];
  const body = [
    `Most adult programs run <Fact id="iopHoursAdult" />, and teen programs <Fact id="iopHoursTeen" />. An <Term id="iop">IOP</Term> is one of several <Term id="level-of-care">levels of care</Term>.`,
    pick(pool.paragraphs),
  ];
  const sections = 7;
  for (let s = 0; s < sections; s++) {
    body.push(`## ${pick(pool.headings)}`, pick(pool.paragraphs), pick(pool.paragraphs));
    if (s % 2 === 0) body.push(pick(pool.lists));
    if (s === 2 || s === 5) body.push(`### ${pick(pool.headings)}`, pick(pool.paragraphs));
    if (s === 3 && i % 4 === 0) body.push('<HoursEstimator />');
    body.push(
      `Read more in [${pool.titles[pool.ids.indexOf(realId)]}](/guides/${realId}/), the [FAQ](/faq/) or the [glossary](/glossary/#iop). Next: [synthetic guide ${((i + 1) % count) + 1}](/guides/${syntheticId((i + 1) % count)}/).`,
    );
  }
  // Top up the last section with more real paragraphs until the guide is about as long as a real one.
  let length = words(body.join(' '));
  while (length < guideWords) {
    const paragraph = pick(pool.paragraphs);
    body.push(paragraph);
    length += words(paragraph);
  }
  return `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/**
 * Writes `count` synthetic guides plus the whole real content folder (guides, FAQ, glossary and the Spanish
 * edition, whose pages link to the real guides) into `contentDir`.
 */
export function writeSyntheticContent({ contentDir, count, realContentDir = 'content' }) {
  const pool = realBlocks(join(realContentDir, 'guides'));
  mkdirSync(join(contentDir, 'guides'), { recursive: true });
  cpSync(realContentDir, contentDir, { recursive: true });
  let totalWords = 0;
  for (let i = 0; i < count; i++) {
    const text = syntheticGuide(i, count, pool);
    totalWords += words(text.split('\n---\n')[1] ?? '');
    writeFileSync(join(contentDir, 'guides', `${syntheticId(i)}.mdx`), text);
  }
  return { guides: count + pool.ids.length, synthetic: count, averageWords: count ? Math.round(totalWords / count) : 0 };
}

/** The edit a rebuild is timed after: one guide gets a new title (so a new social card) and a new paragraph. */
export function editOneGuide(file) {
  const text = readFileSync(file, 'utf8');
  const edited = text
    .replace(/^title: "(.*)"$/m, (_, title) => `title: "${title} (edited)"`)
    .replace(/\n$/, '\n\nThis paragraph was added to time a rebuild after one guide changes.\n');
  if (edited === text) throw new Error(`editOneGuide: nothing to change in ${file}`);
  writeFileSync(file, edited);
}
