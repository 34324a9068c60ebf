// The guide list's pages in one language, for the list routes (/guides/, /es/guias/ and their
// /page/<n>/ continuations).
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder, paginate } from '../../lib/guides.ts';
import type { Lang } from '../../i18n/lang.ts';

export async function guideListPages(lang: Lang) {
  const entries: (CollectionEntry<'guides'> | CollectionEntry<'guidesEs'>)[] =
    lang === 'es' ? await getCollection('guidesEs') : await getCollection('guides');
  const guides = byOrder(entries, lang);
  return { pages: paginate(guides, undefined, lang), guideCount: guides.length };
}

/** getStaticPaths for /page/<n>/: every page after the first (none while the library fits on one). */
export async function laterListPaths(lang: Lang) {
  const { pages, guideCount } = await guideListPages(lang);
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page, guideCount } }));
}
