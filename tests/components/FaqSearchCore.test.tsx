// @vitest-environment happy-dom
// The FAQ widget over the real search core (src/lib/search-core.ts) and the real word lists, with a small
// fake index in place of Pagefind: crisis help comes first, synonyms find answers, misspellings get a
// "Did you mean" that reruns the search, and relaxed matches say so.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { helpLines } from '../../src/data/help-lines.ts';
import { helpLinesFor } from '../../src/data/es/help-lines.ts';
import { en } from '../../src/data/search-words/en.ts';
import { es } from '../../src/data/search-words/es.ts';
import { crisisPanel } from '../../src/lib/crisis-panel.ts';
import { coreFaqQuery, type FaqCore } from '../../src/lib/faq-search.ts';
import { answerQuery } from '../../src/lib/search-core.ts';
import { FaqSearch, type FaqEntryData } from '../../src/widgets/FaqSearch.tsx';
import { faqSearchEn } from '../../src/i18n/en/faqSearch.ts';
import { faqSearchEs } from '../../src/i18n/es/faqSearch.ts';

const topics = [
  { id: 'work-school', label: 'Work and school' },
  { id: 'getting-help', label: 'Getting help' },
];
const entries: FaqEntryData[] = [
  { slug: 'can-i-keep-working', topic: 'work-school', question: 'Can I keep working?', guidePath: '/guides/a/', guideTitle: 'Guide A' },
  { slug: 'what-if-i-am-in-crisis', topic: 'getting-help', question: 'What if I am in crisis?', guidePath: '/guides/b/', guideTitle: 'Guide B' },
  { slug: 'does-insurance-pay', topic: 'getting-help', question: 'Does insurance pay?', guidePath: '/guides/c/', guideTitle: 'Guide C' },
];
/** Each page's indexed words: the fake index finds a page when it has every word of the search. */
const pageWords: Record<string, string> = {
  'can-i-keep-working': 'most people keep their work schedule and hours during intensive outpatient care',
  'what-if-i-am-in-crisis': 'call the crisis lifeline 988 or 911 when in danger',
  'does-insurance-pay': 'most insurance plans pay for intensive outpatient care',
};
const labelOf = Object.fromEntries(topics.map((t) => [t.id, t.label]));

function fakeCore(searched: string[]): FaqCore {
  const hits = entries.map((e) => ({
    id: e.slug,
    data: async () => ({ url: `/faq/${e.slug}/`, filters: { topic: [labelOf[e.topic]!] } }),
  }));
  const search = async (term: string) => {
    searched.push(term);
    const words = term.split(' ');
    return hits.filter((h) => words.every((w) => pageWords[h.id]!.split(' ').includes(w)));
  };
  const vocabulary = async () => [...new Set(Object.values(pageWords).flatMap((t) => t.split(' ')))];
  return {
    ask: (text) => answerQuery(text, { words: en, search, vocabulary }),
    crisisPanel: (helpNowPath) => crisisPanel(helpLines, en.text.crisisTitle, helpNowPath),
    text: { crisisStatus: en.text.crisisStatus, didYouMean: en.text.didYouMean },
  };
}

function setup(props: { topic?: string } = {}) {
  const searched: string[] = [];
  let loads = 0;
  const runQuery = coreFaqQuery(async () => {
    loads++;
    return fakeCore(searched);
  });
  const user = userEvent.setup();
  render(
    <FaqSearch lang="en" text={faqSearchEn} entries={entries} topics={topics} searchPath="/search/" helpNowPath="/help-now/" faqPath="/faq/" runQuery={runQuery} debounceMs={0} {...props} />,
  );
  return { user, searched, loads: () => loads };
}

const shownEntries = () => [...document.querySelectorAll<HTMLElement>('[data-faq-entry]')].filter((e) => !e.hidden).map((e) => e.dataset.faqEntry);
const crisisPanelEl = () => document.querySelector<HTMLElement>('[data-faq-crisis]');

beforeEach(() => {
  window.history.replaceState(null, '', '/faq/');
});
afterEach(() => cleanup());

describe('FaqSearch over the search core', () => {
  it('loads the core only when the reader types', async () => {
    const { user, loads } = setup();
    expect(loads()).toBe(0);
    await user.type(screen.getByRole('searchbox'), 'work');
    await waitFor(() => expect(shownEntries()).toEqual(['can-i-keep-working']));
    expect(loads()).toBe(1);
  });

  it('shows crisis help first, above the status and every answer, for a crisis question', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'I want to kill myself');
    const panel = await screen.findByRole('complementary', { name: en.text.crisisTitle });
    expect(within(panel).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(panel).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(within(panel).getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(within(panel).getByRole('link', { name: /All help lines/ })).toHaveAttribute('href', '/help-now/');
    // Above the status line and the first answer, in document order.
    const status = screen.getByRole('status');
    expect(panel.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const firstAnswer = document.querySelector('[data-faq-entry]')!;
    expect(panel.compareDocumentPosition(firstAnswer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(status).toHaveTextContent(en.text.crisisStatus));
  });

  it('shows no crisis help for an everyday question, and takes it away when the words change', async () => {
    const { user } = setup();
    const box = screen.getByRole('searchbox');
    await user.type(box, 'overdose');
    await waitFor(() => expect(crisisPanelEl()).not.toBeNull());
    await user.clear(box);
    await user.type(box, 'insurance');
    await waitFor(() => expect(shownEntries()).toEqual(['does-insurance-pay']));
    expect(crisisPanelEl()).toBeNull();
  });

  it('shows crisis help inside a guide too', async () => {
    const { user } = setup({ topic: 'work-school' });
    await user.type(screen.getByRole('searchbox'), 'want to die');
    const panel = await screen.findByRole('complementary', { name: en.text.crisisTitle });
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent(en.text.crisisTitle);
    expect(within(panel).getByRole('link', { name: 'Call 911' })).toBeInTheDocument();
  });

  it('finds an answer through a synonym: "my boss" finds the answer about work', async () => {
    const { user, searched } = setup();
    await user.type(screen.getByRole('searchbox'), 'my boss');
    await waitFor(() => expect(shownEntries()).toEqual(['can-i-keep-working']));
    // The page never says "boss": the core searched the site's own word.
    expect(pageWords['can-i-keep-working']).not.toContain('boss');
    expect(searched).toContain('work');
    expect(crisisPanelEl()).toBeNull();
  });

  it('offers "Did you mean" for a misspelling, and the offer reruns the search', async () => {
    const { user } = setup();
    const box = screen.getByRole('searchbox');
    await user.type(box, 'insurence');
    const offer = await screen.findByRole('button', { name: 'insurance' });
    expect(offer.closest('[data-faq-suggest]')).toHaveTextContent(`${en.text.didYouMean} insurance?`);
    await user.click(offer);
    expect(box).toHaveValue('insurance');
    await waitFor(() => expect(window.location.search).toBe('?q=insurance'));
    await waitFor(() => expect(shownEntries()).toEqual(['does-insurance-pay']));
    await waitFor(() => expect(document.querySelector('[data-faq-suggest]')).toBeNull());
  });

  it('counts the matches per topic from the words, and a topic narrows them', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'outpatient');
    await waitFor(() => expect(shownEntries()).toEqual(['can-i-keep-working', 'does-insurance-pay']));
    await user.click(screen.getByRole('button', { name: 'Filter by topic' }));
    const group = screen.getByRole('group', { name: 'Filter by topic' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Work and school (1)', 'Getting help (1)']);
    await user.click(within(group).getByRole('button', { name: 'Getting help (1)' }));
    await waitFor(() => expect(shownEntries()).toEqual(['does-insurance-pay']));
  });

  it('says so honestly when no answer has every word', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'insurance schedule');
    await waitFor(() => expect(shownEntries()).toEqual(['can-i-keep-working', 'does-insurance-pay']));
    expect(document.querySelector('[data-faq-note]')).toHaveTextContent(en.text.relaxedNote);
  });
});

describe('FaqSearch over the search core, in Spanish', () => {
  const topicsEs = [
    { id: 'work-school', label: 'Trabajo y escuela' },
    { id: 'getting-help', label: 'Pedir ayuda' },
  ];
  const entriesEs: FaqEntryData[] = [
    { slug: 'puedo-seguir-trabajando', topic: 'work-school', question: '¿Puedo seguir trabajando?', guidePath: '/es/guias/a/', guideTitle: 'Guía A' },
    { slug: 'que-hago-en-una-crisis', topic: 'getting-help', question: '¿Qué hago en una crisis?', guidePath: '/es/guias/b/', guideTitle: 'Guía B' },
  ];
  const pageWordsEs: Record<string, string> = {
    'puedo-seguir-trabajando': 'la mayoria sigue con su trabajo y su horario durante la atencion ambulatoria intensiva',
    'que-hago-en-una-crisis': 'llame a la linea de crisis 988 o al 911 si hay peligro',
  };
  const labelOfEs = Object.fromEntries(topicsEs.map((t) => [t.id, t.label]));

  /** The Spanish core over a fake index whose pages live at /es/preguntas/<slug>/, as Pagefind's Spanish index gives them. */
  function spanishCore(): FaqCore {
    const hits = entriesEs.map((e) => ({
      id: e.slug,
      data: async () => ({ url: `/es/preguntas/${e.slug}/`, filters: { topic: [labelOfEs[e.topic]!] } }),
    }));
    const search = async (term: string) => hits.filter((h) => term.split(' ').every((w) => pageWordsEs[h.id]!.split(' ').includes(w)));
    const vocabulary = async () => [...new Set(Object.values(pageWordsEs).flatMap((t) => t.split(' ')))];
    return {
      ask: (text) => answerQuery(text, { words: es, search, vocabulary }),
      crisisPanel: (helpNowPath) => crisisPanel(helpLinesFor('es'), es.text.crisisTitle, helpNowPath, 'es'),
      text: { crisisStatus: es.text.crisisStatus, didYouMean: es.text.didYouMean },
    };
  }

  function setupEs() {
    const user = userEvent.setup();
    render(
      <FaqSearch
        lang="es"
        text={faqSearchEs}
        entries={entriesEs}
        topics={topicsEs}
        searchPath="/es/buscar/"
        helpNowPath="/es/ayuda-ahora/"
        faqPath="/es/preguntas/"
        runQuery={coreFaqQuery(async () => spanishCore())}
        debounceMs={0}
      />,
    );
    return { user };
  }

  beforeEach(() => window.history.replaceState(null, '', '/es/preguntas/'));

  it('finds Spanish answers from their /es/preguntas/ addresses and counts them in Spanish', async () => {
    const { user } = setupEs();
    await user.type(screen.getByRole('searchbox', { name: 'Buscar en las preguntas frecuentes' }), 'trabajo');
    await waitFor(() => expect(shownEntries()).toEqual(['puedo-seguir-trabajando']));
    expect(screen.getByRole('status')).toHaveTextContent('1 pregunta coincide con “trabajo”.');
  });

  it('shows the crisis panel in Spanish first: 988 press 2 or text AYUDA, 911, and every help line', async () => {
    const { user } = setupEs();
    await user.type(screen.getByRole('searchbox'), 'quiero morir');
    const panel = await screen.findByRole('complementary', { name: es.text.crisisTitle });
    const lifeline = within(panel).getAllByRole('listitem')[0]!;
    // The Spanish line's own link words, from the Spanish help-lines data.
    const [call, text] = helpLinesFor('es').lifeline988Spanish.links;
    expect(call!.label).toMatch(/^Llame al 988.*marque 2$/);
    expect(text!.label).toBe('Envíe AYUDA por texto al 988');
    expect(within(lifeline).getByRole('link', { name: call!.label })).toHaveAttribute('href', expect.stringMatching(/^tel:/));
    expect(within(lifeline).getByRole('link', { name: text!.label })).toHaveAttribute('href', expect.stringMatching(/^sms:988/));
    // The two ways to reach the line are joined with the Spanish "o".
    expect(lifeline.textContent).toContain(`${call!.label} o ${text!.label}`);
    expect(panel).toHaveTextContent('Si alguien está en peligro ahora mismo');
    expect(within(panel).getByRole('link', { name: 'Llame al 911' })).toHaveAttribute('href', 'tel:911');
    expect(within(panel).getByRole('link', { name: /Todas las líneas de ayuda/ })).toHaveAttribute('href', '/es/ayuda-ahora/');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(es.text.crisisStatus));
    expect(panel.textContent).not.toMatch(/\b(Call|Text|danger|help lines)\b/);
  });
});
