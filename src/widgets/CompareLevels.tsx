// The level-of-care comparison island: checkboxes to pick two or three levels, then those levels side
// by side (a table on wide screens, cards on narrow ones). All rules and text come from src/lib/compare.ts.
import { useEffect, useId, useState } from 'react';
import { careLevelOrder, careLevels, type AgeGroup, type CareLevelId } from '../data/care-levels.ts';
import {
  comparisonRows,
  comparisonSummary,
  defaultLevels,
  inCanonicalOrder,
  levelsParam,
  searchWithLevels,
  selectionFromSearch,
  serializeLevels,
  toggleLevel,
  type CompareText,
} from '../lib/compare.ts';
import { smallHoursBar } from '../lib/levels-chart.ts';
import './CompareLevels.css';

export interface CompareLevelsProps {
  /** Every word the tool shows, level words included, in the page's language (plain data, sent with the island). */
  text: CompareText;
  /** Keep the choice in this page's address (on the tool's own page, not when embedded in a guide). */
  syncUrl?: boolean;
  /** Address of the tool page, with the site's base path; the copied link opens it. */
  toolPath: string;
  /** Heading level for each level's card, so the cards fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; url: string };

function writeUrl(levels: readonly CareLevelId[]) {
  const { pathname, search, hash } = window.location;
  const next = `${pathname}${searchWithLevels(search, levels)}${hash}`;
  // replaceState: changing the choice should not fill the Back button with every click.
  if (next !== `${pathname}${search}${hash}`) window.history.replaceState(window.history.state, '', next);
}

export default function CompareLevels({ text, syncUrl = false, toolPath, headingLevel = 3 }: CompareLevelsProps) {
  const uid = useId();
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const [levels, setLevels] = useState<CareLevelId[]>(() => [...defaultLevels]);
  const [refused, setRefused] = useState<string | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });

  // The server renders the default choice; the address is read only in the browser, after hydration.
  useEffect(() => {
    if (!syncUrl) return;
    const params = new URLSearchParams(window.location.search);
    if (!params.has(levelsParam)) return;
    const selection = selectionFromSearch(window.location.search, text);
    setLevels(selection.levels);
    setNotes(selection.notes);
    writeUrl(selection.levels);
  }, [syncUrl, text]);

  function onToggle(id: CareLevelId) {
    const result = toggleLevel(levels, id, text);
    setRefused(result.refused);
    // A refused click changes no state: React puts the controlled box back as it was by itself.
    if (result.refused !== null) return;
    setLevels(result.levels);
    setCopy({ status: 'idle' });
    if (syncUrl) writeUrl(result.levels);
  }

  async function onCopy() {
    const url = new URL(`${toolPath}?${levelsParam}=${serializeLevels(levels)}`, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ status: 'copied' });
    } catch {
      // No clipboard (an insecure page, or the reader said no): show the link to copy by hand.
      setCopy({ status: 'failed', url });
    }
  }

  const shown = inCanonicalOrder(levels).map((id) => ({ ...careLevels[id], ...text.levels[id] }));
  const rows = comparisonRows(levels, text);
  const summary = comparisonSummary(levels, text);
  const Heading = `h${headingLevel}` as const;

  return (
    <div className="compare-levels" data-pagefind-ignore="">
      <fieldset
        className={refused ? 'compare-choices compare-choices-error' : 'compare-choices'}
        aria-describedby={refused ? `${hintId} ${errorId}` : hintId}
        aria-invalid={refused ? true : undefined}
      >
        <legend>{text.legend}</legend>
        <p className="hint" id={hintId}>
          {text.hint}
        </p>
        <p className="compare-error" id={errorId} aria-live="polite">
          {refused && (
            <>
              <span className="visually-hidden">{text.errorPrefix}</span>
              {refused}
            </>
          )}
        </p>
        <ul className="compare-options">
          {careLevelOrder.map((id) => (
            <li className="compare-option" key={id}>
              <input
                type="checkbox"
                id={`${uid}-${id}`}
                name={levelsParam}
                value={id}
                checked={levels.includes(id)}
                onChange={() => onToggle(id)}
              />
              <label htmlFor={`${uid}-${id}`}>{text.levels[id].name}</label>
            </li>
          ))}
        </ul>
      </fieldset>

      {notes.length > 0 && (
        <div className="callout compare-notes">
          <p>
            <strong>{text.notesTitle}</strong>
          </p>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}

      <p className="compare-status" role="status" aria-live="polite">
        {summary}
      </p>

      <div className="compare-wide">
        <table className="compare-table">
          <caption className="visually-hidden">{summary}</caption>
          <thead>
            <tr>
              <td></td>
              {shown.map((level) => (
                <th scope="col" key={level.id}>
                  {level.shortName} <span className="meta">(ASAM {level.asamLevel})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, i) => (
                  <td key={shown[i]?.id ?? i}>
                    <Value text={value} level={shown[i]?.id} rowKey={row.key} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="compare-narrow compare-cards">
        {shown.map((level, i) => (
          <li className="card" key={level.id}>
            <Heading>
              {level.name} <span className="meta">(ASAM {level.asamLevel})</span>
            </Heading>
            <dl>
              {rows.map((row) => (
                <div key={row.key}>
                  <dt>{row.label}</dt>
                  <dd>
                    <Value text={row.values[i] ?? ''} level={level.id} rowKey={row.key} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>

      <div className="compare-copy">
        <button type="button" className="button button-secondary" onClick={onCopy}>
          {text.copyLink}
        </button>
        <p className="compare-copied" role="status" aria-live="polite">
          {copy.status === 'copied' && text.linkCopied}
          {copy.status === 'failed' && text.copyFailed}
        </p>
      </div>
      {copy.status === 'failed' && (
        <p className="compare-link">
          <label htmlFor={`${uid}-link`}>{text.linkLabel}</label>
          <input
            type="text"
            id={`${uid}-link`}
            readOnly
            value={copy.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}

      <p className="callout compare-assessment">{text.assessment}</p>
    </div>
  );
}

/** Rows that show hours a week, and whose hours they are. */
const hoursRows: Record<string, AgeGroup> = { 'hours-adult': 'adult', 'hours-teen': 'teen' };

/** A cell's words; in an hours row, a small bar beside them (the words carry the meaning, the bar the size). */
function Value({ text, level, rowKey }: { text: string; level: CareLevelId | undefined; rowKey: string }) {
  const age = hoursRows[rowKey];
  if (!age || !level) return <>{text}</>;
  const bar = smallHoursBar(careLevels[level].hoursPerWeek[age]);
  return (
    <span className="compare-hours">
      <span>{text}</span>
      <svg className="compare-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false" data-kind={bar.kind}>
        <rect className="compare-bar-track" x="0" y="1" width="100" height="8" />
        <rect className="compare-bar-fill" x={bar.x} y="1" width={bar.width} height="8" />
      </svg>
    </span>
  );
}
