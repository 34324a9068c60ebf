// The searchable FAQ island: on /faq/ every question, grouped by topic, with words and topic filters;
// inside a guide, one topic's questions with a search box. Decisions live in src/lib/faq-search.ts; the
// search itself is one function (`runQuery`: the site's search core by default, the same one every search
// box uses, with crisis help first) loaded only when a reader types.
// The server-rendered HTML (every answer open, no controls) is the version for readers without
// JavaScript; each answer's HTML comes in as an Astro slot (`answer0`, `answer1`, …), drawn once.
// It carries no words of its own: the page passes its language (`lang`) and that language's text.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  byTopics,
  coreFaqQuery,
  faqSearchWords,
  noFilter,
  searchWithState,
  shownTopics,
  slugFromHash,
  statusIn,
  toggleTopic,
  topicsFromSearch,
  withQuery,
  answerSlotName,
  type FaqFilterState,
  type FaqQueryContext,
  type FaqSearchHelp,
  type RunFaqQuery,
} from '../lib/faq-search.ts';
import { queryFromSearch } from '../lib/search-query.ts';
import type { FaqSearchText } from '../i18n/en/faqSearch.ts';
import type { Lang } from '../i18n/lang.ts';
import { contentFolders } from '../i18n/routes.ts';
import './FaqSearch.css';

export interface FaqEntryData {
  slug: string;
  topic: string;
  question: string;
  /** The guide that goes deeper, base path included. */
  guidePath: string;
  guideTitle: string;
}

export interface FaqTopicData {
  id: string;
  label: string;
}

export type FaqSearchProps = {
  /** Every question to show, in page order. */
  entries: FaqEntryData[];
  /** The topics, in page order (only those that have questions). */
  topics: FaqTopicData[];
  /** The page's language: the search looks in that language's pages, with its words and crisis help. */
  lang: Lang;
  /** The UI text in the page's language (`uiText(lang).faqSearch`). */
  text: FaqSearchText;
  /** Inside a guide: only this topic's questions; the guide's address is left alone. */
  topic?: string;
  /** Addresses, base path included: the site search, help now, and the FAQ page. */
  searchPath: string;
  helpNowPath: string;
  faqPath: string;
  /** Turns words and topics into matches; the site's search core unless another is passed (tests). */
  runQuery?: RunFaqQuery;
  /** The site's base path, for reading search result addresses. */
  base?: string;
  /** Pause after the last keystroke before searching. */
  debounceMs?: number;
  /**
   * The FAQ page's own address: its questions and answers are then described as a schema.org FAQPage
   * with microdata on the visible text, so search engines read the answers without a second copy of them
   * in the page (JSON-LD would double the FAQ page's weight).
   */
  faqPageUrl?: string;
} & Partial<Record<`answer${number}`, ReactNode>>;

// Loaded at the first search: the core, its word lists and Pagefind are not part of the page before that.
const coreQueries: Partial<Record<Lang, RunFaqQuery>> = {};
const coreQueryFor = (lang: Lang): RunFaqQuery =>
  (coreQueries[lang] ??= coreFaqQuery(() => import('../scripts/faq-search-core.ts').then((m) => m.faqSearchCore(lang))));

interface Shown {
  /** The questions shown, or null for all of them. */
  slugs: string[] | null;
  counts: Record<string, number>;
  status: string;
  /** Crisis help, the honest note and "Did you mean", from the last search of words. */
  help?: FaqSearchHelp | undefined;
}

export function FaqSearch(props: FaqSearchProps) {
  const { entries, topics, topic: preset, searchPath, helpNowPath, faqPath, lang, faqPageUrl } = props;
  const described = faqPageUrl !== undefined;
  const words = useMemo(() => faqSearchWords(props.text), [props.text]);
  const statusText = (options: Parameters<typeof statusIn>[1]) => statusIn(words.status, options);
  const runQuery = props.runQuery ?? coreQueryFor(lang);
  const base = props.base ?? import.meta.env.BASE_URL ?? '/';
  const debounceMs = props.debounceMs ?? 250;
  const embedded = preset !== undefined;
  const presetLabel = topics.find((t) => t.id === preset)?.label ?? '';
  /** Element ids: the slug itself on /faq/ (so /faq/#slug works); prefixed inside a guide. */
  const idOf = (slug: string) => (embedded ? `faq-${slug}` : slug);
  const startState: FaqFilterState = useMemo(() => ({ query: '', topics: preset ? [preset] : [] }), [preset]);

  const totals = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const t of topics) counts[t.id] = entries.filter((e) => e.topic === t.id).length;
    return counts;
  }, [entries, topics]);
  const context: FaqQueryContext = useMemo(
    () => ({
      topicLabels: Object.fromEntries(topics.map((t) => [t.id, t.label])),
      pageOrder: entries.map((e) => e.slug),
      totals,
      base,
      helpNowPath,
      folder: contentFolders.faq[lang],
    }),
    [topics, entries, totals, base, helpNowPath, lang],
  );
  const labelsOf = (state: FaqFilterState) => (embedded ? [] : topics.filter((t) => state.topics.includes(t.id)).map((t) => t.label));
  const allStatus = (announce: boolean) =>
    announce
      ? statusText({
          count: entries.length,
          query: '',
          topicLabels: [],
          total: entries.length,
        })
      : '';

  // The first render matches the server's HTML; the widget takes over the page after hydration.
  const [enhanced, setEnhanced] = useState(false);
  const [state, setState] = useState<FaqFilterState>(startState);
  const [input, setInput] = useState('');
  const [shown, setShown] = useState<Shown>({
    slugs: null,
    counts: totals,
    status: '',
  });
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [topicsUnfolded, setTopicsUnfolded] = useState(false);
  const [focusSlug, setFocusSlug] = useState<{ slug: string } | null>(null);
  const ticket = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  /** Shows what a state selects: at once for topics alone, through the search for words. */
  const apply = useCallback(
    (next: FaqFilterState, delay: number): Promise<void> => {
      clearTimeout(timer.current);
      const mine = ++ticket.current;
      setState(next);
      if (next.query === '') {
        const filtered = next.topics.length > (preset ? 1 : 0);
        const slugs = filtered ? byTopics(entries, next.topics) : null;
        const status = filtered
          ? statusText({
              count: slugs!.length,
              query: '',
              topicLabels: labelsOf(next),
              total: entries.length,
            })
          : allStatus(true);
        setShown({ slugs, counts: totals, status });
        setOpen(new Set());
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        timer.current = setTimeout(async () => {
          try {
            const found = await runQuery(next, context);
            if (mine !== ticket.current) return;
            const status = statusText({
              count: found.slugs.length,
              query: next.query,
              topicLabels: labelsOf(next),
              total: entries.length,
            });
            const crisis = found.help?.crisis ? `${found.help.crisisStatus} ` : '';
            setShown({ slugs: found.slugs, counts: found.counts, status: `${crisis}${status}`, help: found.help });
            // Words were typed: the matching answers open in place.
            setOpen(new Set(found.slugs));
          } catch {
            if (mine !== ticket.current) return;
            setState(startState);
            setShown({
              slugs: null,
              counts: totals,
              status: words.unavailable,
            });
            setOpen(new Set());
          } finally {
            resolve();
          }
        }, delay);
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, context, runQuery, preset, startState, totals, words],
  );

  /** Keeps ?q= and ?topic= in the address so a search can be shared (not inside a guide). */
  const remember = (next: FaqFilterState, dropHash: boolean) => {
    if (embedded) return;
    const url = new URL(window.location.href);
    url.search = searchWithState(url.search, next);
    if (dropHash) url.hash = '';
    window.history.replaceState(window.history.state, '', url);
  };

  /** Opens the answer named in the address (#slug) and moves focus to its question. */
  const openFromHash = useCallback(() => {
    if (embedded) return;
    const slug = slugFromHash(window.location.hash);
    if (!slug || !entries.some((e) => e.slug === slug)) return;
    setShown((current) => {
      if (current.slugs === null || current.slugs.includes(slug)) return current;
      // The reader asked for this answer by name: clear the filters that hide it.
      clearTimeout(timer.current);
      ++ticket.current;
      setState(noFilter);
      setInput('');
      return { slugs: null, counts: totals, status: '' };
    });
    setOpen((current) => new Set([...current, slug]));
    setFocusSlug({ slug });
  }, [embedded, entries, totals]);

  useEffect(() => {
    setEnhanced(true);
    const typedEarly = inputRef.current?.value ?? '';
    if (embedded) {
      if (typedEarly) {
        setInput(typedEarly);
        void apply(withQuery(startState, typedEarly), 0);
      }
      return;
    }
    const fromAddress = queryFromSearch(window.location.search);
    const words = typedEarly || fromAddress;
    const wanted: FaqFilterState = withQuery(
      {
        query: '',
        topics: topicsFromSearch(
          window.location.search,
          topics.map((t) => t.id),
        ),
      },
      words,
    );
    setInput(words);
    if (wanted.topics.length > 0) setTopicsUnfolded(true);
    if (wanted.query !== '' || wanted.topics.length > 0) void apply(wanted, 0).then(openFromHash);
    else openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
    // Once, after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Focus follows a #slug request once the question is drawn as a button.
  useEffect(() => {
    if (!focusSlug || !enhanced) return;
    document.getElementById(idOf(focusSlug.slug))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusSlug, enhanced]);

  // The browser's find-in-page reaches folded answers ("until-found") and opens them as it finds them.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onMatch = (event: Event) => {
      const slug = (event.target as HTMLElement).closest<HTMLElement>('[data-faq-entry]')?.dataset.faqEntry;
      if (slug) setOpen((current) => new Set([...current, slug]));
    };
    list.addEventListener('beforematch', onMatch);
    return () => list.removeEventListener('beforematch', onMatch);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onInput = (value: string) => {
    setInput(value);
    const next = withQuery(state, value);
    remember(next, true);
    void apply(next, debounceMs);
  };
  const onSubmit = () => {
    const next = withQuery(state, input);
    remember(next, true);
    void apply(next, 0);
  };
  const onTopic = (id: string) => {
    const next = toggleTopic(state, id);
    remember(next, false);
    void apply(next, 0);
  };
  const onSuggestion = (query: string) => {
    setInput(query);
    const next = withQuery(state, query);
    remember(next, true);
    void apply(next, 0);
    inputRef.current?.focus();
  };
  const onShowAll = () => {
    setInput('');
    remember(startState, true);
    void apply(startState, 0);
    inputRef.current?.focus();
  };

  const visible = shown.slugs === null ? null : new Set(shown.slugs);
  const filtering = state.query !== '' || state.topics.length > (preset ? 1 : 0);
  const nothing = visible !== null && visible.size === 0;
  const siteSearchHref = state.query ? `${searchPath}?q=${encodeURIComponent(state.query)}` : searchPath;
  // Folded while words are typed, unless the reader is using a topic or opened the filter.
  const topicsFolded = state.query !== '' && state.topics.length === 0 && !topicsUnfolded;
  const topicIds = shownTopics(
    topics.map((t) => t.id),
    state,
    shown.counts,
  );
  const searchId = embedded ? `faq-search-${preset}` : 'faq-search';
  const help = state.query !== '' ? shown.help : undefined;
  const crisis = help?.crisis ?? null;
  const suggestion = help?.suggestions.at(-1);

  const entryView = (entry: FaqEntryData) => {
    const index = entries.indexOf(entry);
    const isOpen = !enhanced || open.has(entry.slug);
    const answerId = `${idOf(entry.slug)}-answer`;
    const hiddenEntry = visible !== null && !visible.has(entry.slug);
    return (
      <div
        className="faq-entry"
        key={entry.slug}
        id={enhanced ? undefined : idOf(entry.slug)}
        data-faq-entry={entry.slug}
        data-topic={entry.topic}
        hidden={hiddenEntry}
        {...(described ? { itemScope: true, itemProp: 'mainEntity', itemType: 'https://schema.org/Question' } : {})}
      >
        <h3 className="faq-question" data-faq-question itemProp={described ? 'name' : undefined}>
          {enhanced ? (
            <button
              type="button"
              className="faq-toggle"
              id={idOf(entry.slug)}
              aria-expanded={isOpen}
              aria-controls={answerId}
              onClick={() =>
                setOpen((current) => {
                  const next = new Set(current);
                  if (next.has(entry.slug)) next.delete(entry.slug);
                  else next.add(entry.slug);
                  return next;
                })
              }
            >
              {entry.question}
            </button>
          ) : (
            entry.question
          )}
        </h3>
        <div
          className="faq-answer"
          id={answerId}
          data-faq-answer
          {...(described ? { itemScope: true, itemProp: 'acceptedAnswer', itemType: 'https://schema.org/Answer' } : {})}
          // "until-found" (which React cannot write) keeps a folded answer reachable by find-in-page.
          ref={(el) => {
            if (!el || !enhanced) return;
            if (isOpen) el.removeAttribute('hidden');
            else el.setAttribute('hidden', 'until-found');
          }}
        >
          {described ? (
            <div itemProp="text">{props[answerSlotName(index) as `answer${number}`]}</div>
          ) : (
            props[answerSlotName(index) as `answer${number}`]
          )}
          <ul className="meta faq-links">
            <li>
              {words.readMore} <a href={entry.guidePath}>{entry.guideTitle}</a>
            </li>
            {!embedded && (
              <li>
                <a href={`#${entry.slug}`} data-section-link>
                  {words.copyLink}
                  <span className="visually-hidden">: {entry.question}</span>
                </a>
              </li>
            )}
          </ul>
        </div>
      </div>
    );
  };

  return (
    <div className={embedded ? 'faq-search faq-search-embedded' : 'faq-search'} data-enhanced={enhanced ? '' : undefined}>
      {embedded && <h2 id={`${searchId}-title`}>{words.embedTitle(presetLabel)}</h2>}
      <div className="faq-finder" data-faq-finder>
        <form
          role="search"
          method="get"
          action={faqPath}
          className="faq-search-form"
          aria-label={embedded ? words.embedTitle(presetLabel) : undefined}
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          <label htmlFor={searchId}>{embedded ? words.topicPreset(presetLabel) : words.label}</label>
          <p className="hint" id={`${searchId}-hint`}>
            {words.hint}
          </p>
          <div className="search-row">
            <input
              ref={inputRef}
              type="search"
              id={searchId}
              name="q"
              aria-describedby={`${searchId}-hint`}
              autoComplete="off"
              enterKeyHint="search"
              value={input}
              onChange={(event) => onInput(event.target.value)}
            />
            <button type="submit">{words.search}</button>
          </div>
        </form>
        {/* Crisis help first: above the count, the topics and every answer. */}
        {crisis && (
          <aside className="callout callout-urgent faq-crisis" aria-labelledby={`${searchId}-crisis-title`} data-faq-crisis>
            {embedded ? <h3 id={`${searchId}-crisis-title`}>{crisis.title}</h3> : <h2 id={`${searchId}-crisis-title`}>{crisis.title}</h2>}
            <ul>
              <li>
                <strong>{crisis.lifelineName}:</strong>{' '}
                {crisis.lifelineLinks.map((link, i) => (
                  <span key={link.href}>
                    {i > 0 && crisis.or}
                    <a href={link.href}>{link.label}</a>
                  </span>
                ))}
              </li>
              <li>
                <strong>{crisis.dangerLabel}:</strong> <a href={crisis.emergencyLink.href}>{crisis.emergencyLink.label}</a>
              </li>
            </ul>
            <p>
              <a href={crisis.helpNow.href}>{crisis.helpNow.label}</a>
            </p>
          </aside>
        )}
        {/* The count sits right under the box, where a reader who types looks. */}
        <div className="faq-status-row">
          <p className="faq-status" role="status" aria-live="polite" data-faq-status>
            {shown.status}
          </p>
          <button type="button" className="button button-secondary" data-faq-show-all hidden={!filtering} onClick={onShowAll}>
            {words.showAll}
          </button>
          {/* While words are typed the topic filter folds away, so the matches sit right under the box. */}
          {!embedded && (topicsFolded || topicsUnfolded) && state.query !== '' && (
            <button
              type="button"
              className="button button-secondary faq-topics-toggle"
              aria-expanded={!topicsFolded}
              aria-controls="faq-topic-group"
              onClick={() => setTopicsUnfolded(topicsFolded)}
            >
              {words.showTopics}
            </button>
          )}
        </div>
        {help?.note && (
          <p className="faq-note" data-faq-note>
            {help.note}
          </p>
        )}
        {suggestion && (
          <p className="faq-suggest" data-faq-suggest>
            {help!.didYouMean}{' '}
            <button type="button" className="faq-rerun" data-faq-rerun={suggestion.query} onClick={() => onSuggestion(suggestion.query)}>
              {suggestion.query}
            </button>
            ?
          </p>
        )}
        <div className="callout faq-empty" data-faq-empty hidden={!nothing}>
          <p>{words.emptyNext}</p>
          <ul>
            <li>
              <a href={siteSearchHref} data-faq-site-search>
                {words.siteSearch(state.query)}
              </a>
            </li>
            <li>
              <a href={helpNowPath}>{words.helpNow}</a>
            </li>
          </ul>
        </div>
        {!embedded && (
          <div
            className="faq-topic-filter"
            id="faq-topic-group"
            role="group"
            aria-labelledby="faq-topics-label"
            aria-describedby="faq-topics-hint"
            hidden={topicsFolded}
          >
            <p className="faq-filter-label" id="faq-topics-label">
              {words.topicsLabel}
            </p>
            <p className="hint" id="faq-topics-hint">
              {words.topicsHint}
            </p>
            <ul className="faq-topic-buttons">
              {topics
                .filter((t) => topicIds.includes(t.id))
                .map((t) => (
                  <li key={t.id}>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-pressed={state.topics.includes(t.id)}
                      data-faq-topic-button={t.id}
                      onClick={() => onTopic(t.id)}
                    >
                      {t.label} <span data-faq-topic-count>({shown.counts[t.id] ?? 0})</span>
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        )}
      </div>
      <div
        className="faq-list"
        ref={listRef}
        {...(described ? { itemScope: true, itemType: 'https://schema.org/FAQPage' } : {})}
      >
        {described && <meta itemProp="url" content={faqPageUrl} />}
        {embedded
          ? entries.map(entryView)
          : topics.map((t) => {
              const inTopic = entries.filter((e) => e.topic === t.id);
              const hasShown = visible === null || inTopic.some((e) => visible.has(e.slug));
              return (
                <section key={t.id} aria-labelledby={`topic-${t.id}`} data-faq-section={t.id} hidden={!hasShown}>
                  <h2 id={`topic-${t.id}`}>{t.label}</h2>
                  {inTopic.map(entryView)}
                </section>
              );
            })}
      </div>
      {embedded && (
        <p className="faq-more">
          <a href={`${faqPath}?topic=${encodeURIComponent(preset)}`}>{words.allOfTopic(presetLabel)}</a>
        </p>
      )}
    </div>
  );
}

export default FaqSearch;
