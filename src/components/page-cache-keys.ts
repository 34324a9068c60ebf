// Cache keys for guide pages (see experimental.incrementalBuild in astro.config.mjs). Astro re-renders a
// page when its code or the text of an entry it rendered changes; the key covers the entry data a guide
// page reads besides that: its own frontmatter, its related guides' titles and descriptions, and the
// tables every guide page may read (the Spanish pairs and section anchors, the FAQ answers the search
// embed lists, the glossary terms <Term> links to). Editing one guide re-renders that guide and the
// guides that list it as related, not the whole library.
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheKeyOf, entryFingerprint } from '../lib/cache-key.ts';

type Guide = CollectionEntry<'guides'> | CollectionEntry<'guidesEs'>;

let shared: Promise<{ sharedKey: string; englishGuides: Map<string, string> }> | undefined;

async function load() {
  const [guides, guidesEs, faq, faqEs, glossary, glossaryEs] = await Promise.all([
    getCollection('guides'),
    getCollection('guidesEs'),
    getCollection('faq'),
    getCollection('faqEs'),
    getCollection('glossary'),
    getCollection('glossaryEs'),
  ]);
  const englishGuides = new Map(guides.map((g) => [g.id, entryFingerprint(g)]));
  // English guides that other tables read: the ones translated (their headings pair the Spanish
  // anchors) and the ones an FAQ answer names (their titles show in the answers).
  const readByTables = new Set([
    ...guidesEs.map((g) => g.data.translationOf.id),
    ...faq.map((a) => a.data.guide.id),
    ...faqEs.map((a) => a.data.guide.id),
  ]);
  const sharedKey = cacheKeyOf([
    ...[...guidesEs, ...faq, ...faqEs, ...glossary, ...glossaryEs].map(entryFingerprint),
    ...[...readByTables].sort().map((id) => englishGuides.get(id) ?? `missing guide ${id}`),
  ]);
  return { sharedKey, englishGuides };
}

/** The key of one guide's page, in either language. */
async function guidePageKey(guide: Guide): Promise<string> {
  shared ??= load();
  const { sharedKey, englishGuides } = await shared;
  const related = guide.data.related.map((r) => englishGuides.get(r.id) ?? `missing guide ${r.id}`);
  return cacheKeyOf([sharedKey, entryFingerprint(guide), ...related]);
}

/** A guide route's pages: one per guide, under its id, each with its key. */
export function guidePagePaths<G extends Guide>(guides: G[]) {
  return Promise.all(guides.map(async (guide) => ({ params: { slug: guide.id }, props: { guide }, cacheKey: await guidePageKey(guide) })));
}
