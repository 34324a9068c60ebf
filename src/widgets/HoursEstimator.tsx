// The weekly-hours estimator island: renders src/lib/hours.ts. The server-rendered HTML (default
// schedule, read-only until hydrated) is the no-JavaScript version.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { schedulePresets } from '../data/care-levels.ts';
import {
  ageGroups,
  checkEntries,
  defaultSchedule,
  entriesFrom,
  entriesWithPreset,
  estimate,
  estimateLink,
  fieldRules,
  fieldWords,
  numberFields,
  scheduleFromUrl,
  scheduleToUrl,
  type DayPlan,
  type Entries,
  type HoursText,
  type NumberField,
  type Schedule,
} from '../lib/hours.ts';
import { fill } from '../lib/fill.ts';
import './HoursEstimator.css';

export interface HoursEstimatorProps {
  /** Every word the tool shows, in the page's language (plain data, sent with the island). */
  text: HoursText;
  /** On the tool page: read the schedule from the address and keep the address up to date. */
  syncUrl?: boolean;
  /** The tool page's path (base included), which "Copy link" points to when the tool is embedded. */
  toolPath: string;
  /** Level of the widget's own headings, so they fit the page around it. */
  headingLevel?: 2 | 3 | 4;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

export function HoursEstimator({ text, syncUrl = false, toolPath, headingLevel = 2 }: HoursEstimatorProps) {
  const uid = useId();
  const [entries, setEntries] = useState<Entries>(() => entriesFrom(defaultSchedule));
  const [lastValid, setLastValid] = useState<Schedule>(defaultSchedule);
  const [notes, setNotes] = useState<string[]>([]);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  // False in the server HTML and until hydration, so a reader without JavaScript is not invited to
  // type into boxes that cannot answer.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (syncUrl) {
      const fromUrl = scheduleFromUrl(window.location.search, text);
      setEntries(entriesFrom(fromUrl.schedule));
      setLastValid(fromUrl.schedule);
      setNotes(fromUrl.notes);
    }
    setReady(true);
  }, [syncUrl, text]);

  const { schedule, errors } = checkEntries(entries, text);
  const shown = schedule ?? lastValid;
  const result = estimate(shown, text);
  const Heading = `h${headingLevel}` as 'h2';

  function update(next: Entries) {
    setEntries(next);
    setNotes([]);
    setCopy({ kind: 'idle' });
    const checked = checkEntries(next, text);
    if (!checked.schedule) return;
    setLastValid(checked.schedule);
    if (syncUrl) replaceAddress(checked.schedule);
  }

  async function copyLink() {
    const page = syncUrl ? window.location.href : new URL(toolPath, window.location.href).href;
    const link = estimateLink(page, shown);
    try {
      await navigator.clipboard.writeText(link);
      setCopy({ kind: 'copied' });
    } catch {
      // No clipboard (older browser, insecure page, permission refused): show the link to copy by hand.
      setCopy({ kind: 'manual', link });
    }
  }

  return (
    <div className="hours-estimator">
      {!ready && (
        // In the server HTML only: a browser without JavaScript (or still loading it) shows this note.
        <p className="callout hours-waiting">{text.notReady}</p>
      )}
      <div role="status" className="hours-notes">
        {notes.length > 0 && (
          <div className="callout">
            <p>{text.linkNotesLead}</p>
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {/* From 960 px, when there is room, the results sit beside the fields and stay in view (CSS). */}
      <div className="hours-layout">
        <div className="hours-inputs">
          <div role="group" aria-labelledby={`${uid}-presets`} className="hours-presets">
            <p id={`${uid}-presets`} className="hours-presets-title">
              {text.presetsTitle}
            </p>
            <ul>
              {schedulePresets.map((preset) => (
                <li key={preset.id}>
                  <button type="button" className="button button-secondary" disabled={!ready} onClick={() => update(entriesWithPreset(entries, preset))}>
                    {text.presets[preset.id] ?? preset.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>

          <div className="hours-fields">
            {numberFields.map((field) => (
              <NumberInput
                key={field}
                id={`${uid}-${field}`}
                field={field}
                value={entries[field]}
                error={errors[field]}
                readOnly={!ready}
                text={text}
                onChange={(value) => update({ ...entries, [field]: value })}
              />
            ))}
            <fieldset className="hours-field hours-age">
              <legend>{text.ageGroupLabel}</legend>
              {ageGroups.map((value) => ({ value, label: text.ageGroups[value] })).map((option) => (
                <div className="hours-radio" key={option.value}>
                  <input
                    type="radio"
                    id={`${uid}-age-${option.value}`}
                    name={`${uid}-age`}
                    value={option.value}
                    checked={entries.ageGroup === option.value}
                    disabled={!ready}
                    onChange={() => update({ ...entries, ageGroup: option.value })}
                  />
                  <label htmlFor={`${uid}-age-${option.value}`}>{option.label}</label>
                </div>
              ))}
            </fieldset>
          </div>
          {/* When the results are below the fields (narrow screens), this skips straight to them. */}
          <a className="hours-skip" href={`#${uid}-results`}>
            {text.seeEstimate}
          </a>
        </div>

        <div className="hours-output">
          <Heading className="hours-heading" id={`${uid}-results`}>
            {text.resultsHeading}
          </Heading>
          <div className="hours-results" aria-live="polite" data-stale={schedule ? undefined : ''}>
            {!schedule && (
              <p className="hours-stale">
                <strong>{text.staleLead}</strong> {text.staleRest}
              </p>
            )}
            <dl className="hours-figures">
              {result.lines.map((line) => (
                <div key={line.label}>
                  <dt>{line.label}</dt>
                  <dd>{line.value}</dd>
                </div>
              ))}
            </dl>
            <p className="hours-band">{result.sentence}</p>
          </div>
          <p className="hint hours-caveat">
            {text.caveat}
          </p>

          <Heading className="hours-heading">{text.weekHeading}</Heading>
          <WeekPicture week={result.week} barLabel={text.day.barLabel} />
          {/* The key only explains the picture's colours; the list below says the same in words. */}
          <p className="hours-key" aria-hidden="true">
            <span className="hours-key-treatment">{text.keyTreatment}</span>
            <span className="hours-key-travel">{text.keyTravel}</span>
          </p>
        </div>
      </div>
      <ul className="hours-week-list">
        {result.week.map((day) => (
          <li key={day.day} data-session={day.hasSession ? '' : undefined}>
            {day.text}
          </li>
        ))}
      </ul>

      <div className="hours-share">
        <button type="button" className="button" disabled={!ready} onClick={copyLink}>
          {text.copyButton}
        </button>
        <p role="status" className="hours-copy-status">
          {copy.kind === 'copied' && text.copied}
          {copy.kind === 'manual' && text.copyFailed}
        </p>
        {copy.kind === 'manual' && <ManualLink id={`${uid}-link`} link={copy.link} label={text.linkLabel} />}
      </div>
    </div>
  );
}

function replaceAddress(schedule: Schedule) {
  try {
    const url = new URL(window.location.href);
    url.search = scheduleToUrl(schedule);
    // replaceState, not pushState: typing should not fill the Back button with every keystroke.
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // A sandboxed frame may refuse; the estimate still works without the address.
  }
}

interface NumberInputProps {
  id: string;
  field: NumberField;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  text: HoursText;
  onChange: (value: string) => void;
}

/** Label, hint, error and box in the GOV.UK order, tied together for screen readers. */
function NumberInput({ id, field, value, error, readOnly, text, onChange }: NumberInputProps) {
  const rule = fieldRules[field];
  const words = fieldWords(field, text);
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  return (
    <div className="hours-field" data-error={error ? '' : undefined}>
      <label htmlFor={id}>{words.label}</label>
      <p className="hint" id={`${id}-hint`}>
        {words.hint}
      </p>
      {error && (
        <p className="hours-error" id={`${id}-error`}>
          <span className="visually-hidden">{text.errorPrefix}</span>
          {error}
        </p>
      )}
      <input
        type="text"
        id={id}
        className="hours-input"
        inputMode={rule.inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        readOnly={readOnly}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function ManualLink({ id, link, label }: { id: string; link: string; label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [link]);
  return (
    <div className="hours-field">
      <label htmlFor={id}>{label}</label>
      <input ref={ref} type="text" id={id} className="hours-link" value={link} readOnly onFocus={(e) => e.target.select()} />
    </div>
  );
}

// The picture's scale is the longest day the inputs allow, so bars keep their size as other days change.
const longestDayHours = fieldRules.hoursPerSession.max + fieldRules.travelMinutes.max / 60;
const chart = { columnWidth: 100, barWidth: 64, top: 44, bottom: 330, height: 376 };

/** Seven columns, one per day: treatment (solid) with travel stacked on top. The list is its text. */
function WeekPicture({ week, barLabel }: { week: DayPlan[]; barLabel: string }): ReactNode {
  const scale = (chart.bottom - chart.top) / longestDayHours;
  return (
    <svg
      className="hours-week-picture"
      viewBox={`0 0 ${chart.columnWidth * week.length} ${chart.height}`}
      aria-hidden="true"
      focusable="false"
    >
      {week.map((day, i) => {
        const x = i * chart.columnWidth + (chart.columnWidth - chart.barWidth) / 2;
        const treatment = day.treatmentHours * scale;
        const travel = (day.travelMinutes / 60) * scale;
        const centre = x + chart.barWidth / 2;
        return (
          <g key={day.day}>
            <rect className="hours-track" x={x} y={chart.top} width={chart.barWidth} height={chart.bottom - chart.top} rx={6} />
            {day.hasSession && (
              <>
                <rect className="hours-bar-travel" x={x} y={chart.bottom - treatment - travel} width={chart.barWidth} height={travel} />
                <rect className="hours-bar-treatment" x={x} y={chart.bottom - treatment} width={chart.barWidth} height={treatment} />
                <text className="hours-bar-label" x={centre} y={chart.top - 10} textAnchor="middle">
                  {fill(barLabel, { n: day.treatmentHours })}
                </text>
              </>
            )}
            <text className="hours-day-label" x={centre} y={chart.height - 12} textAnchor="middle" data-session={day.hasSession ? '' : undefined}>
              {day.shortDay}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export default HoursEstimator;
