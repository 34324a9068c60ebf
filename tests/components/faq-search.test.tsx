// @vitest-environment happy-dom
// The FAQ enhancement on a small copy of the /faq/ markup, with a fake Pagefind that searches it.
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { enhanceFaq, type FaqSearch } from '../../src/scripts/faq-search.ts';
import type { PagefindApi, PagefindSearch } from '../../src/scripts/pagefind-loader.ts';
import { faqTopicLabels, type FaqTopic } from '../../src/data/faq-topics.ts';
import { faqSearchText, statusText } from '../../src/lib/faq-search.ts';

interface FixtureEntry {
  slug: string;
  topic: FaqTopic;
  question: string;
  answer: string;
}

const fixture: FixtureEntry[] = [
  { slug: 'can-i-keep-working', topic: 'work-school', question: 'Can I keep working during IOP?', answer: 'Yes, most people do. Ask HR about time off.' },
  { slug: 'how-many-hours-for-teens', topic: 'teens', question: 'How many hours a week is IOP for teens?', answer: 'Ask the program for its weekly schedule and how it fits around work at school.' },
  { slug: 'what-if-my-teen-refuses-to-go', topic: 'teens', question: 'What if my teen refuses to go to IOP?', answer: 'Stay calm and keep talking.' },
  { slug: 'will-i-have-drug-tests', topic: 'sessions', question: 'Will I have drug tests in IOP?', answer: 'Tests may use urine, breath or saliva.' },
];
const topicsInFixture = [...new Set(fixture.map((e) => e.topic))];
const total = fixture.length;

function markup(): string {
  const sections = topicsInFixture
    .map((topic) => {
      const items = fixture
        .filter((e) => e.topic === topic)
        .map(
          (e) => `
          <div class="faq-entry" id="${e.slug}" data-faq-entry="${e.slug}" data-topic="${e.topic}">
            <h3 class="faq-question" data-faq-question>${e.question}</h3>
            <div class="faq-answer" id="${e.slug}-answer" data-faq-answer>
              <p>${e.answer}</p>
              <ul><li>Read more: <a href="/guides/what-to-expect/">What to expect</a></li><li><a href="#${e.slug}">Link to this answer</a></li></ul>
            </div>
          </div>`,
        )
        .join('');
      return `<section aria-labelledby="topic-${topic}" data-faq-section="${topic}"><h2 id="topic-${topic}">${faqTopicLabels[topic]}</h2>${items}</section>`;
    })
    .join('');
  const buttons = topicsInFixture
    .map(
      (topic) =>
        `<li><button type="button" aria-pressed="false" data-faq-topic-button="${topic}" data-faq-topic-label="${faqTopicLabels[topic]}">${faqTopicLabels[topic]} <span data-faq-topic-count>(${fixture.filter((e) => e.topic === topic).length})</span></button></li>`,
    )
    .join('');
  return `
    <main>
      <div data-faq-finder hidden>
        <form role="search" action="/faq/" data-faq-form>
          <label for="faq-search">${faqSearchText.label}</label>
          <p id="faq-search-hint">${faqSearchText.hint}</p>
          <input type="search" id="faq-search" name="q" aria-describedby="faq-search-hint" data-faq-input />
          <button type="submit">Search</button>
        </form>
        <div role="group" aria-labelledby="faq-topics-label"><p id="faq-topics-label">${faqSearchText.topicsLabel}</p><ul>${buttons}</ul></div>
        <p role="status" aria-live="polite" data-faq-status></p>
        <button type="button" data-faq-show-all hidden>${faqSearchText.showAll}</button>
        <div data-faq-empty hidden>
          <p>${faqSearchText.emptyNext}</p>
          <ul><li><a href="/search/" data-faq-site-search>Search the whole site</a></li><li><a href="/help-now/">${faqSearchText.helpNow}</a></li></ul>
        </div>
      </div>
      <nav aria-label="Topics" data-faq-topic-nav><a href="#topic-teens">Teens</a></nav>
      <div class="faq-list">${sections}</div>
    </main>`;
}

/**
 * A Pagefind stand-in: every fixture question as a "faq" page, plus a guide page it must filter out.
 * Like Pagefind, it counts a filter only once that filter's index is loaded (by filters() or by use).
 */
function fakePagefind() {
  const loadedFilters = new Set<string>(['type']);
  const pages = [
    ...fixture.map((e) => ({ url: `/faq/${e.slug}/`, type: 'faq', topic: faqTopicLabels[e.topic], text: `${e.question} ${e.answer}` })),
    { url: '/guides/what-to-expect/', type: 'guide', topic: undefined, text: 'saliva teens work what to expect' },
  ];
  const calls: { query: string | null; filters: Record<string, unknown> }[] = [];
  const search = async (query: string | null, options: { filters?: Record<string, unknown> } = {}): Promise<PagefindSearch> => {
    const filters = options.filters ?? {};
    calls.push({ query, filters });
    for (const key of Object.keys(filters)) loadedFilters.add(key);
    const words = (query ?? '').toLowerCase().split(' ').filter(Boolean);
    const byWords = pages.filter((p) => words.every((w) => p.text.toLowerCase().includes(w)));
    const byType = byWords.filter((p) => filters.type === undefined || p.type === filters.type);
    const anyTopic = (filters.topic as { any?: string[] } | undefined)?.any;
    const matches = byType.filter((p) => !anyTopic || (p.topic !== undefined && anyTopic.includes(p.topic)));
    const topicCounts: Record<string, number> = {};
    for (const p of byType) if (p.topic) topicCounts[p.topic] = (topicCounts[p.topic] ?? 0) + 1;
    return {
      results: matches.map((p) => ({ id: p.url, data: async () => ({ url: p.url, excerpt: '', meta: {}, filters: {} }) })),
      filters: loadedFilters.has('topic') ? { topic: topicCounts, type: {} } : { type: {} },
    };
  };
  const api: PagefindApi = {
    options: async () => {},
    init: async () => {},
    filters: async () => {
      loadedFilters.add('topic');
      return {};
    },
    search,
    debouncedSearch: search,
  };
  const loader = vi.fn(async () => api);
  return { loader, calls };
}

let faq: FaqSearch;
let pagefind: ReturnType<typeof fakePagefind>;

function setUp(address = '/faq/', loader?: () => Promise<PagefindApi>) {
  window.history.replaceState(null, '', address);
  document.body.innerHTML = markup();
  pagefind = fakePagefind();
  const enhanced = enhanceFaq(document, { loadPagefind: loader ?? pagefind.loader, base: '/', debounceMs: 0 });
  if (!enhanced) throw new Error('the fixture should be enhanced');
  faq = enhanced;
}

const questionButton = (question: string) => screen.getByRole('button', { name: question });
const entry = (slug: string) => document.querySelector<HTMLElement>(`[data-faq-entry="${slug}"]`)!;
const status = () => screen.getByRole('status');
const searchBox = () => screen.getByRole('searchbox', { name: faqSearchText.label });
const visibleQuestions = () =>
  fixture.filter((e) => !entry(e.slug).hidden).map((e) => e.question);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FAQ enhancement', () => {
  it('shows the search, hides the no-JS topic links and folds every answer, without loading Pagefind', () => {
    setUp();
    expect(searchBox()).toBeVisible();
    expect(searchBox()).toHaveAccessibleDescription(faqSearchText.hint);
    expect(document.querySelector('[data-faq-topic-nav]')).not.toBeVisible();
    for (const e of fixture) {
      const button = questionButton(e.question);
      // The question is still a heading, with the button inside it.
      expect(button.closest('h3')).not.toBeNull();
      expect(screen.getByRole('heading', { level: 3, name: e.question })).toBeInTheDocument();
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(button).toHaveAttribute('aria-controls', `${e.slug}-answer`);
      // #slug now names the button, so following a link to it lands on the question.
      expect(document.getElementById(e.slug)).toBe(button);
      expect(document.getElementById(`${e.slug}-answer`)).not.toBeVisible();
    }
    expect(status()).toHaveTextContent('');
    expect(pagefind.loader).not.toHaveBeenCalled();
  });

  it('opens and closes an answer from its question', async () => {
    setUp();
    const user = userEvent.setup();
    const button = questionButton(fixture[0]!.question);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(fixture[0]!.answer)).toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(fixture[0]!.answer)).not.toBeVisible();
  });

  it('finds a question by a word only in its answer, opens that answer and says how many match', async () => {
    setUp();
    const user = userEvent.setup();
    await user.type(searchBox(), 'saliva');
    await faq.settled();
    expect(visibleQuestions()).toEqual(['Will I have drug tests in IOP?']);
    expect(questionButton('Will I have drug tests in IOP?')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Tests may use urine, breath or saliva.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Link to this answer' })).toBeVisible();
    expect(status()).toHaveTextContent(statusText({ count: 1, query: 'saliva', topicLabels: [], total }));
    // Only FAQ pages were asked for, and the address can be shared.
    expect(pagefind.calls.every((c) => c.filters.type === 'faq')).toBe(true);
    expect(window.location.search).toBe('?q=saliva');
    // Sections with nothing left in them go too.
    expect(document.querySelector('[data-faq-section="teens"]')).not.toBeVisible();
  });

  it('updates the topic counts for the words typed', async () => {
    setUp();
    const user = userEvent.setup();
    await user.type(searchBox(), 'work');
    await faq.settled();
    expect(visibleQuestions()).toEqual(['Can I keep working during IOP?', 'How many hours a week is IOP for teens?']);
    expect(screen.getByRole('button', { name: `${faqTopicLabels.teens} (1)` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `${faqTopicLabels.sessions} (0)` })).toBeInTheDocument();
    expect(status()).toHaveTextContent('2 questions match “work”.');
  });

  it('filters by topic through Pagefind filters, with pressed toggles, and combines with words', async () => {
    setUp();
    const user = userEvent.setup();
    const teens = screen.getByRole('button', { name: `${faqTopicLabels.teens} (2)` });
    await user.click(teens);
    await faq.settled();
    expect(teens).toHaveAttribute('aria-pressed', 'true');
    expect(pagefind.calls.at(-1)).toEqual({ query: null, filters: { type: 'faq', topic: { any: [faqTopicLabels.teens] } } });
    expect(visibleQuestions()).toEqual(['How many hours a week is IOP for teens?', 'What if my teen refuses to go to IOP?']);
    expect(status()).toHaveTextContent(`2 questions in “${faqTopicLabels.teens}”.`);
    // Browsing a topic keeps the answers folded.
    expect(questionButton('What if my teen refuses to go to IOP?')).toHaveAttribute('aria-expanded', 'false');

    await user.type(searchBox(), 'calm');
    await faq.settled();
    expect(visibleQuestions()).toEqual(['What if my teen refuses to go to IOP?']);
    expect(status()).toHaveTextContent(`1 question matches “calm” in “${faqTopicLabels.teens}”.`);

    await user.click(teens);
    await faq.settled();
    expect(teens).toHaveAttribute('aria-pressed', 'false');
    expect(visibleQuestions()).toEqual(['What if my teen refuses to go to IOP?']);
  });

  it('says so when nothing matches and offers the site search and help', async () => {
    setUp();
    const user = userEvent.setup();
    await user.type(searchBox(), 'zzqx');
    await faq.settled();
    expect(visibleQuestions()).toEqual([]);
    expect(status()).toHaveTextContent('No questions match “zzqx”.');
    const siteSearch = screen.getByRole('link', { name: faqSearchText.siteSearch('zzqx') });
    expect(siteSearch).toBeVisible();
    expect(siteSearch).toHaveAttribute('href', '/search/?q=zzqx');
    expect(screen.getByRole('link', { name: faqSearchText.helpNow })).toHaveAttribute('href', '/help-now/');
  });

  it('shows everything again from "Show all questions"', async () => {
    setUp();
    const user = userEvent.setup();
    await user.type(searchBox(), 'zzqx');
    await faq.settled();
    await user.click(screen.getByRole('button', { name: faqSearchText.showAll }));
    await faq.settled();
    expect(visibleQuestions()).toHaveLength(total);
    expect(searchBox()).toHaveValue('');
    expect(searchBox()).toHaveFocus();
    expect(status()).toHaveTextContent(`Showing all ${total} questions.`);
    expect(screen.queryByRole('button', { name: faqSearchText.showAll })).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('fills in and runs ?q= from the address', async () => {
    setUp('/faq/?q=saliva');
    expect(searchBox()).toHaveValue('saliva');
    await faq.settled();
    expect(pagefind.loader).toHaveBeenCalled();
    expect(visibleQuestions()).toEqual(['Will I have drug tests in IOP?']);
  });

  it('opens /faq/#slug expanded and focused, and follows later #links', async () => {
    setUp('/faq/#what-if-my-teen-refuses-to-go');
    const button = questionButton('What if my teen refuses to go to IOP?');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveFocus();
    expect(pagefind.loader).not.toHaveBeenCalled();

    window.history.replaceState(null, '', '/faq/#can-i-keep-working');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(questionButton('Can I keep working during IOP?')).toHaveFocus();
    expect(questionButton('Can I keep working during IOP?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('clears a search that hides the answer a #link asks for', async () => {
    setUp();
    const user = userEvent.setup();
    await user.type(searchBox(), 'saliva');
    await faq.settled();
    window.history.replaceState(null, '', '/faq/#can-i-keep-working');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(visibleQuestions()).toHaveLength(total);
    expect(searchBox()).toHaveValue('');
    expect(questionButton('Can I keep working during IOP?')).toHaveFocus();
  });

  it('keeps every question showing, and says why, when Pagefind cannot load', async () => {
    setUp('/faq/', async () => {
      throw new Error('offline');
    });
    const user = userEvent.setup();
    await user.type(searchBox(), 'saliva');
    await faq.settled();
    expect(visibleQuestions()).toHaveLength(total);
    expect(status()).toHaveTextContent(faqSearchText.unavailable);
  });

  it('is usable with the keyboard alone', async () => {
    setUp();
    const user = userEvent.setup();
    searchBox().focus();
    await user.keyboard('saliva{Enter}');
    await faq.settled();
    expect(visibleQuestions()).toEqual(['Will I have drug tests in IOP?']);
    const button = questionButton('Will I have drug tests in IOP?');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const teens = within(screen.getByRole('group', { name: faqSearchText.topicsLabel })).getByRole('button', { name: /Teens/ });
    teens.focus();
    await user.keyboard('{Enter}');
    await faq.settled();
    expect(teens).toHaveAttribute('aria-pressed', 'true');
  });

  it('leaves the page alone when the search markup is missing', () => {
    document.body.innerHTML = '<main><div data-faq-entry id="x"><h3 data-faq-question>Q?</h3><div data-faq-answer id="x-answer">A</div></div></main>';
    expect(enhanceFaq(document, { loadPagefind: fakePagefind().loader })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('A')).toBeVisible();
  });
});
