// What a reader sees on a built page, as text, read from the HTML file in Node (no browser): the page
// parsed, scripts and styles left out, a line break around each block as a browser's innerText puts
// one. Used for the Spanish reading ease and the UI-language checks in tests/dist/spanish-edition.test.ts.
import { Window } from 'happy-dom';

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
export const parse = (text: string) => new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);
const blocks = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY',
  'TABLE', 'TR', 'UL', 'BUTTON', 'OPTION', 'LABEL',
]);

/** The text of an element as a reader sees it; elements matching `leaveOut` (a selector) are left out. */
export function visibleText(element: Element, leaveOut?: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skipped.has(el.tagName) || (leaveOut && el.matches(leaveOut))) return;
    // SVG text (a chart's labels) comes out one label a line, as in the browser.
    const block = blocks.has(el.tagName) || el.tagName.toLowerCase() === 'text';
    if (block) parts.push('\n');
    el.childNodes.forEach(walk);
    if (block) parts.push('\n');
    // Cells of a row stay on its line, a tab apart, as innerText puts them.
    else if (el.tagName === 'TD' || el.tagName === 'TH') parts.push('\t');
  };
  walk(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[^\S\t]+/g, ' ').replace(/ ?\t ?/g, '\t').replace(/^[\t ]+|[\t ]+$/g, ''))
    .filter(Boolean)
    .join('\n');
}

/**
 * What the screen does not show until a reader acts: hidden elements, print-only lines and the inside of
 * a closed <details> (a figure's table version), all of which a browser's innerText leaves out too.
 */
export const notRendered = '[hidden], .print-only, details:not([open]) > :not(summary)';

/**
 * Layouts CSS shows one at a time: the levels of care are a table on a wide screen and cards on a phone,
 * with the same words. A reader sees one, so the text counts one (the wide one, which the browser test
 * reads at 1280 px); counting both would weigh the table's short cells twice.
 */
const otherLayout = '.levels-narrow';

/**
 * What the page's CSS hides when scripts are off (`@media (scripting: none)`): the live tools, whose static
 * version shows instead. Reading ease is measured on the page as read without scripts (every FAQ answer
 * open), and the browser check in content-quality.spec.ts confirms it with scripts off.
 */
const liveOnly = '.compare-levels, .faq-finder';

/** A guide's body text, as the guide test in the browser reads it ([data-guide-body]); undefined if none. */
export function guideBodyText(html: string): string | undefined {
  const body = parse(html).querySelector('[data-guide-body]');
  return body ? visibleText(body, `${notRendered}, ${otherLayout}, ${liveOnly}`) : undefined;
}

/** Each answer on an FAQ list page, without its "read more" links, as the FAQ test reads them. */
export function faqAnswerTexts(html: string): { id: string; text: string }[] {
  return [...parse(html).querySelectorAll('[data-faq-entry]')].map((entry) => {
    const answer = entry.querySelector('[data-faq-answer]');
    return { id: entry.getAttribute('data-faq-entry') ?? '', text: answer ? visibleText(answer, `.faq-links, ${notRendered}`) : '' };
  });
}
