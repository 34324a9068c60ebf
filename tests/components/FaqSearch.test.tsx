// @vitest-environment happy-dom
// The FAQ widget with a stand-in search (`runQuery`), so each behaviour is checked without Pagefind:
// the no-JS server HTML, the accordion, words and topics, the address, failures and the guide embed.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { faqSearchText, statusText, type FaqFilterState, type RunFaqQuery } from '../../src/lib/faq-search.ts';
import { FaqSearch, type FaqEntryData, type FaqSearchProps } from '../../src/widgets/FaqSearch.tsx';
import { faqSearchEn } from '../../src/i18n/en/faqSearch.ts';

const topics = [
  { id: 'work-school', label: 'Work and school' },
  { id: 'teens', label: 'Teens' },
];
const entries: FaqEntryData[] = [
  { slug: 'can-i-keep-working', topic: 'work-school', question: 'Can I keep working?', guidePath: '/guides/a/', guideTitle: 'Guide A' },
  { slug: 'will-my-boss-know', topic: 'work-school', question: 'Will my boss know?', guidePath: '/guides/b/', guideTitle: 'Guide B' },
  { slug: 'can-my-teen-stay-in-school', topic: 'teens', question: 'Can my teen stay in school?', guidePath: '/guides/c/', guideTitle: 'Guide C' },
];
const answers = { answer0: <p>Most people keep working.</p>, answer1: <p>Only if you say so.</p>, answer2: <p>Often, yes.</p> };

function setup(props: Partial<FaqSearchProps> = {}, found: Partial<Record<string, string[]>> = {}) {
  const calls: FaqFilterState[] = [];
  const runQuery: RunFaqQuery = async (state) => {
    calls.push(state);
    const slugs = found[state.query] ?? [];
    const inTopics = slugs.filter((s) => state.topics.length === 0 || state.topics.includes(entries.find((e) => e.slug === s)!.topic));
    const counts = Object.fromEntries(topics.map((t) => [t.id, slugs.filter((s) => entries.find((e) => e.slug === s)!.topic === t.id).length]));
    return { slugs: inTopics, counts };
  };
  const user = userEvent.setup();
  render(
    <FaqSearch
      lang="en"
      text={faqSearchEn}
      entries={entries}
      topics={topics}
      searchPath="/search/"
      helpNowPath="/help-now/"
      faqPath="/faq/"
      runQuery={runQuery}
      debounceMs={0}
      {...answers}
      {...props}
    />,
  );
  return { calls, user };
}

const box = () => screen.getByRole('searchbox');
const question = (name: string) => screen.getByRole('button', { name });
const shownEntries = () => [...document.querySelectorAll<HTMLElement>('[data-faq-entry]')].filter((e) => !e.hidden).map((e) => e.dataset.faqEntry);
const status = () => screen.getByRole('status');

beforeEach(() => {
  window.history.replaceState(null, '', '/faq/');
});
afterEach(() => cleanup());

describe('FaqSearch', () => {
  it('renders on the server as the no-JavaScript version: every question as a heading, every answer open', () => {
    const html = renderToString(
      <FaqSearch lang="en" text={faqSearchEn} entries={entries} topics={topics} searchPath="/search/" helpNowPath="/help-now/" faqPath="/faq/" {...answers} />,
    );
    const page = document.createElement('div');
    page.innerHTML = html;
    expect([...page.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(entries.map((e) => e.question));
    expect(page.querySelectorAll('h3 button')).toHaveLength(0);
    expect(page.querySelectorAll('[data-faq-answer][hidden]')).toHaveLength(0);
    expect(page.textContent).toContain('Most people keep working.');
    // Each entry keeps its #slug anchor, so /faq/#slug works with JavaScript off.
    expect(page.querySelector('#will-my-boss-know')).not.toBeNull();
    expect(page.querySelector('[data-enhanced]')).toBeNull();
  });

  it('folds each answer behind its question once it runs, reachable by find-in-page', async () => {
    const { user } = setup();
    const button = question('Will my boss know?');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const answer = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(answer).toHaveAttribute('hidden', 'until-found');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(answer).not.toHaveAttribute('hidden');
    expect(answer).toHaveTextContent('Only if you say so.');
    // Find-in-page opens a folded answer as it finds it.
    await user.click(button);
    act(() => {
      answer.dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('searches the words, shows the matches with their answers open, announces the count and keeps ?q=', async () => {
    const { user, calls } = setup({}, { boss: ['will-my-boss-know'] });
    await user.type(box(), 'boss');
    await waitFor(() => expect(status()).toHaveTextContent(statusText({ count: 1, query: 'boss', topicLabels: [], total: 3 })));
    expect(shownEntries()).toEqual(['will-my-boss-know']);
    expect(question('Will my boss know?')).toHaveAttribute('aria-expanded', 'true');
    expect(calls.at(-1)).toEqual({ query: 'boss', topics: [] });
    expect(window.location.search).toBe('?q=boss');
    // The topic filter folds away while words are typed, and opens on request with matching topics only.
    expect(screen.queryByRole('group', { name: faqSearchText.topicsLabel })).toBeNull();
    await user.click(screen.getByRole('button', { name: faqSearchText.showTopics }));
    const group = screen.getByRole('group', { name: faqSearchText.topicsLabel });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Work and school (1)']);
  });

  it('filters by topic without calling the search, and keeps ?topic=', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Teens (1)' }));
    expect(screen.getByRole('button', { name: 'Teens (1)' })).toHaveAttribute('aria-pressed', 'true');
    expect(shownEntries()).toEqual(['can-my-teen-stay-in-school']);
    expect(status()).toHaveTextContent(statusText({ count: 1, query: '', topicLabels: ['Teens'], total: 3 }));
    expect(calls).toEqual([]);
    expect(window.location.search).toBe('?topic=teens');
    await user.click(screen.getByRole('button', { name: faqSearchText.showAll }));
    expect(shownEntries()).toHaveLength(3);
    expect(window.location.search).toBe('');
  });

  it('opens on the words and topics of the address', async () => {
    window.history.replaceState(null, '', '/faq/?q=school&topic=teens');
    const { calls } = setup({}, { school: ['can-my-teen-stay-in-school', 'can-i-keep-working'] });
    await waitFor(() => expect(shownEntries()).toEqual(['can-my-teen-stay-in-school']));
    expect(box()).toHaveValue('school');
    expect(calls).toEqual([{ query: 'school', topics: ['teens'] }]);
    expect(status()).toHaveTextContent('“school” in “Teens”');
  });

  it('opens the answer named by #slug and moves focus to its question', async () => {
    window.history.replaceState(null, '', '/faq/#will-my-boss-know');
    setup();
    await waitFor(() => expect(question('Will my boss know?')).toHaveFocus());
    expect(question('Will my boss know?')).toHaveAttribute('aria-expanded', 'true');
    expect(question('Can I keep working?')).toHaveAttribute('aria-expanded', 'false');
  });

  it('with no match, offers the site search for the same words and help now', async () => {
    const { user } = setup();
    await user.type(box(), 'zzq');
    await waitFor(() => expect(status()).toHaveTextContent(statusText({ count: 0, query: 'zzq', topicLabels: [], total: 3 })));
    expect(shownEntries()).toEqual([]);
    expect(screen.getByRole('link', { name: faqSearchText.siteSearch('zzq') })).toHaveAttribute('href', '/search/?q=zzq');
    expect(screen.getByRole('link', { name: faqSearchText.helpNow })).toHaveAttribute('href', '/help-now/');
  });

  it('says so and shows every question when the search cannot run', async () => {
    const { user } = setup({
      runQuery: async () => {
        throw new Error('offline');
      },
    });
    await user.type(box(), 'work');
    await waitFor(() => expect(status()).toHaveTextContent(faqSearchText.unavailable));
    expect(shownEntries()).toHaveLength(3);
  });

  it('inside a guide: one topic, searched within it, the address left alone', async () => {
    const teenEntries = entries.filter((e) => e.topic === 'teens');
    window.history.replaceState(null, '', '/guides/teens/');
    const { user, calls } = setup({ topic: 'teens', entries: teenEntries, answer0: <p>Often, yes.</p> }, { school: ['can-my-teen-stay-in-school'] });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(faqSearchText.embedTitle('Teens'));
    expect(screen.queryByRole('group', { name: faqSearchText.topicsLabel })).toBeNull();
    expect(screen.getByRole('searchbox', { name: faqSearchText.topicPreset('Teens') })).toBeInTheDocument();
    await user.type(box(), 'school');
    await waitFor(() => expect(shownEntries()).toEqual(['can-my-teen-stay-in-school']));
    expect(calls.at(-1)).toEqual({ query: 'school', topics: ['teens'] });
    expect(window.location.pathname + window.location.search).toBe('/guides/teens/');
    // Ids of its own, so they cannot clash with the guide's headings.
    expect(question('Can my teen stay in school?').id).toBe('faq-can-my-teen-stay-in-school');
    expect(screen.getByRole('link', { name: faqSearchText.allOfTopic('Teens') })).toHaveAttribute('href', '/faq/?topic=teens');
  });
});
