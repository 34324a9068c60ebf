// The Spanish edition, checked on the built files: every English page has its Spanish pair and the
// reverse; hreflang alternates (in pages and in the sitemap) are reciprocal with x-default; <html lang>
// is right; no English UI words on Spanish pages nor Spanish ones on English pages; and the Spanish
// guides and FAQ answers read easily (Fernández-Huerta on the text a reader sees).
import { expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { builtPages, distDir } from '../e2e/support/site.ts';
import { basePath } from '../e2e/support/html.ts';
import { pagePairs, contentFolders } from '../../src/i18n/routes.ts';
import { uiText } from '../../src/i18n/index.ts';
import { tools } from '../../src/data/tools.ts';
import { alternatesIn, type Alternate } from '../../src/integrations/sitemap-alternates.ts';
import { readingEaseEs } from '../../src/lib/reading-ease-es.ts';

const root = resolve(import.meta.dirname, '../..');
const html = (page: string) => readFileSync(join(distDir, page, 'index.html'), 'utf8');
const isSpanish = (page: string) => page === 'es/' || page.startsWith('es/');
/** A site path ("/es/guias/x/") as a built page ("es/guias/x/"). */
const pageOf = (path: string) => path.replace(/^\//, '');

// ---------------------------------------------------------------------------------------------------
// Which English page each Spanish page translates, from the data: routes.ts for fixed pages, and each
// Spanish entry's `translationOf` for guides and FAQ answers (glossary terms are anchors, see below).

type Kind = 'guides' | 'faq' | 'glossary';
const englishIds = (kind: Kind) =>
  readdirSync(join(root, 'content', kind)).filter((f) => /\.mdx?$/.test(f)).map((f) => f.replace(/\.mdx?$/, '')).sort();

/** Spanish entries of a collection: their id (file name) and the English id they name in `translationOf`. */
function spanishEntries(kind: Kind): { id: string; translationOf: string }[] {
  const folder = join(root, 'content/es', kind);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, f), 'utf8'))?.[1] ?? '';
      const translationOf = /^translationOf:\s*["']?([^"'\s#]+)["']?\s*$/m.exec(frontmatter)?.[1] ?? '';
      return { id: f.replace(/\.mdx?$/, ''), translationOf };
    });
}

/** English path → Spanish path for every page that should exist in both languages. */
const expectedPairs = new Map<string, string>(Object.entries(pagePairs));
for (const kind of ['guides', 'faq'] as const) {
  for (const entry of spanishEntries(kind)) {
    expectedPairs.set(`${contentFolders[kind].en}${entry.translationOf}/`, `${contentFolders[kind].es}${entry.id}/`);
  }
}
const spanishToEnglish = new Map([...expectedPairs].map(([en, es]) => [es, en]));

/**
 * Built pages with no pair, each with its reason. A pattern, not a list of pages, so a new page of a
 * kind not named here fails the parity test until it gets a pair or a reason.
 */
const unpairedOnPurpose: { pattern: RegExp; reason: string }[] = [
  { pattern: /^(?:es\/guias\/pagina|es\/guias\/page|guides\/page)\/\d+\/$/, reason: 'a later page of the guide list; the list itself is paired' },
];
const reasonFor = (page: string) => unpairedOnPurpose.find((u) => u.pattern.test(page))?.reason;

test('every English guide, FAQ answer and glossary term has exactly one Spanish translation, and each names a real English entry', () => {
  for (const kind of ['guides', 'faq', 'glossary'] as const) {
    const english = englishIds(kind);
    const spanish = spanishEntries(kind);
    const named = spanish.map((e) => e.translationOf).sort();
    expect(spanish.filter((e) => !english.includes(e.translationOf)).map((e) => `${e.id} → ${e.translationOf || '(none)'}`), `content/es/${kind}: translationOf names no English entry`).toEqual([]);
    expect(named.filter((id, i) => named[i - 1] === id), `content/es/${kind}: English entries translated twice`).toEqual([]);
    expect(english.filter((id) => !named.includes(id)), `content/${kind}: entries with no Spanish translation`).toEqual([]);
  }
});

test('every tool and fixed page has a Spanish page in routes.ts, and both are built', () => {
  for (const tool of tools) expect(Object.keys(pagePairs), `tool ${tool.path}`).toContain(tool.path);
  const built = new Set(builtPages());
  const missing = [...expectedPairs].flatMap(([en, es]) => [en, es].filter((path) => !built.has(pageOf(path))));
  expect(missing, 'paired pages that were not built').toEqual([]);
});

test('every built page is one side of a pair, or has a listed reason; Spanish pages only live under /es/', () => {
  const englishSide = new Set(expectedPairs.keys());
  const orphans = builtPages()
    .filter((page) => !(isSpanish(page) ? spanishToEnglish.has(`/${page}`) : englishSide.has(`/${page}`)))
    .filter((page) => !reasonFor(page));
  expect(orphans, 'built pages with no translation and no listed reason').toEqual([]);
  for (const es of spanishToEnglish.keys()) expect(es, 'Spanish paths start with /es/').toMatch(/^\/es\//);
});

test('every glossary term has its anchor on both glossary pages', () => {
  const english = html(pageOf(contentFolders.glossary.en));
  const spanish = html(pageOf(contentFolders.glossary.es));
  const missing: string[] = [];
  for (const term of spanishEntries('glossary')) {
    if (!english.includes(` id="${term.translationOf}"`)) missing.push(`${contentFolders.glossary.en}#${term.translationOf}`);
    if (!spanish.includes(` id="${term.id}"`)) missing.push(`${contentFolders.glossary.es}#${term.id}`);
  }
  expect(missing).toEqual([]);
});

// ---------------------------------------------------------------------------------------------------
// hreflang: a paired page names itself and its pair (en, es) and English as x-default; its pair names
// the very same three. An unpaired page names none.

const siteOrigin = () => new URL(/<link rel="canonical" href="([^"]+)"/.exec(html(''))![1]!).origin;
const absolute = (path: string) => `${siteOrigin()}${basePath}${pageOf(path)}`;
const byLang = (alternates: Alternate[]) =>
  Object.fromEntries([...alternates].sort((a, b) => a.lang.localeCompare(b.lang)).map((a) => [a.lang, a.url]));

test('hreflang alternates in every paired page are reciprocal and include x-default', () => {
  const wrong: string[] = [];
  for (const [en, es] of expectedPairs) {
    const expected = { en: absolute(en), es: absolute(es), 'x-default': absolute(en) };
    for (const path of [en, es]) {
      const found = alternatesIn(html(pageOf(path)));
      if (JSON.stringify(byLang(found)) !== JSON.stringify(byLang(Object.entries(expected).map(([lang, url]) => ({ lang, url })))) || found.length !== 3) {
        wrong.push(`${path}: ${JSON.stringify(found)}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test('unpaired pages claim no translation', () => {
  for (const page of builtPages().filter(reasonFor)) expect(alternatesIn(html(page)), `/${page}`).toEqual([]);
});

test('the sitemap lists the same hreflang alternates as each page', () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(basePath.length));
  const entries = sitemaps.flatMap((file) => [...readFileSync(join(distDir, file), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!));
  expect(entries.length).toBe(builtPages().length);
  let withAlternates = 0;
  for (const entry of entries) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
    const links = [...entry.matchAll(/<xhtml:link\b[^>]*>/g)].map((m) => ({
      lang: /hreflang="([^"]+)"/.exec(m[0])![1]!,
      url: /href="([^"]+)"/.exec(m[0])![1]!.replaceAll('&amp;', '&'),
    }));
    const page = new URL(loc).pathname.slice(basePath.length);
    expect(byLang(links), loc).toEqual(byLang(alternatesIn(html(page))));
    if (links.length) withAlternates++;
  }
  expect(withAlternates, 'sitemap entries with alternates: every paired page').toBe(expectedPairs.size * 2);
});

// ---------------------------------------------------------------------------------------------------
// <html lang>

test('<html lang> is "es" on every /es/ page and "en" everywhere else', () => {
  const langOf = (text: string) => /<html\b[^>]*\slang="([^"]*)"/.exec(text)?.[1];
  const wrong = builtPages()
    .map((page) => ({ page, lang: langOf(html(page)), want: isSpanish(page) ? 'es' : 'en' }))
    .filter((p) => p.lang !== p.want)
    .map((p) => `/${p.page}: ${p.lang} (want ${p.want})`);
  expect(wrong).toEqual([]);
  expect(langOf(readFileSync(join(distDir, '404.html'), 'utf8')), '/404.html').toBe('en');
});

// ---------------------------------------------------------------------------------------------------
// What a reader sees, as text: the page parsed, scripts and styles left out, a line break around each
// block (as a browser's innerText does), and the title, description and accessible names added.

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const parse = (text: string) => new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
const blocks = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY',
  'TABLE', 'TD', 'TH', 'TR', 'UL', 'BUTTON', 'OPTION', 'LABEL',
]);

/** The text of an element as a reader sees it; elements matching `leaveOut` (a selector) are left out. */
function visibleText(element: Element, leaveOut?: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skipped.has(el.tagName) || (leaveOut && el.matches(leaveOut))) return;
    const block = blocks.has(el.tagName);
    if (block) parts.push('\n');
    el.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  walk(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Every string in a dictionary, by its key path (functions are left out: they need numbers to say anything). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) for (const [p, s] of leaves(inner, `${path}.${key}`)) found.set(p, s);
  }
  return found;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const english = leaves(uiText('en'));
const spanish = leaves(uiText('es'));
/** UI strings long enough to mean something, that differ between the languages: text a page should only show in its own. */
const distinct = (mine: Map<string, string>, theirs: Map<string, string>) =>
  [...mine].filter(([path, text]) => normalise(text).length >= 12 && normalise(text) !== normalise(theirs.get(path) ?? '')).map(([path, text]) => ({ path, text: normalise(text) }));

/** What a reader meets on a page: its title, description, visible text and accessible names; parts marked as the other language left out. */
function readerText(page: string, otherLang: 'en' | 'es'): string {
  const doc = parse(html(page));
  const marked = `[lang^="${otherLang}"]`;
  const names = [...doc.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]')]
    .filter((el) => !el.closest(marked))
    .flatMap((el) => ['aria-label', 'alt', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
  return normalise(
    [doc.title, doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '', visibleText(doc.body, marked), ...names].join('\n'),
  );
}

test('the dictionaries have words to compare (the check below can fail)', () => {
  expect(distinct(english, spanish).length).toBeGreaterThan(20);
  expect(distinct(spanish, english).length).toBeGreaterThan(20);
});

test('no English UI text on a Spanish page, and no Spanish UI text on an English page', () => {
  const englishOnly = distinct(english, spanish);
  const spanishOnly = distinct(spanish, english);
  const found: string[] = [];
  for (const page of builtPages()) {
    const spanishPage = isSpanish(page);
    const text = readerText(page, spanishPage ? 'en' : 'es');
    for (const { path, text: words } of spanishPage ? englishOnly : spanishOnly) {
      if (text.includes(words)) found.push(`/${page}: ${spanishPage ? 'English' : 'Spanish'} ${path} "${words}"`);
    }
  }
  expect(found).toEqual([]);
});

test('text marked as the other language is not counted as a mistake, and unmarked text is', () => {
  const doc = parse('<html lang="es"><body><p>Hola.</p><p lang="en">Read this page in English</p><p>Read this page in English</p></body></html>');
  expect(visibleText(doc.body, '[lang^="en"]')).toBe('Hola.\nRead this page in English');
  expect(visibleText(doc.body)).toBe('Hola.\nRead this page in English\nRead this page in English');
});

// ---------------------------------------------------------------------------------------------------
// Reading ease of the Spanish guides (≥ 65) and FAQ answers (≥ 70), on the text as built.

const minGuideEase = 65;
const minAnswerEase = 70;

test('every Spanish guide reads at Fernández-Huerta 65 or above, as built', () => {
  const guides = builtPages().filter((p) => new RegExp(`^${pageOf(contentFolders.guides.es)}[^/]+/$`).test(p) && !reasonFor(p));
  expect(guides.length, 'Spanish guides').toBe(englishIds('guides').length);
  const scores = guides.map((page) => {
    const body = parse(html(page)).querySelector('[data-guide-body]');
    expect(body, `/${page} has a guide body`).toBeTruthy();
    return { page, ...readingEaseEs(visibleText(body!)) };
  });
  console.log(
    `Fernández-Huerta (Law) reading ease, Spanish guides (minimum ${minGuideEase}):\n` +
      scores.map((s) => `${s.score.toFixed(1).padStart(6)}  ${String(s.words).padStart(5)} words  ${String(s.sentences).padStart(4)} sentences  /${s.page}`).join('\n'),
  );
  expect(scores.filter((s) => s.score < minGuideEase || s.words === 0).map((s) => `/${s.page}: ${s.score} (${s.words} words)`)).toEqual([]);
});

test('every Spanish FAQ answer reads at Fernández-Huerta 70 or above, as shown on the FAQ page', () => {
  // As in the English test: every answer on the FAQ page, without the links to read more.
  const doc = parse(html(pageOf(contentFolders.faq.es)));
  const entries = [...doc.querySelectorAll('[data-faq-entry]')];
  expect(entries.length, 'Spanish FAQ answers').toBe(englishIds('faq').length);
  const scores = entries.map((entry) => {
    const answer = entry.querySelector('[data-faq-answer]');
    expect(answer, `${entry.getAttribute('data-faq-entry')} has an answer`).toBeTruthy();
    return { id: entry.getAttribute('data-faq-entry'), ...readingEaseEs(visibleText(answer!, '.faq-links')) };
  });
  console.log(
    `Fernández-Huerta (Law) reading ease, Spanish FAQ answers (minimum ${minAnswerEase}):\n` +
      scores.map((s) => `${s.score.toFixed(1).padStart(6)}  ${String(s.words).padStart(4)} words  ${String(s.sentences).padStart(3)} sentences  ${s.id}`).join('\n'),
  );
  expect(scores.filter((s) => s.score < minAnswerEase || s.words === 0).map((s) => `${s.id}: ${s.score} (${s.words} words)`)).toEqual([]);
});
