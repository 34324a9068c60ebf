// The level-of-care comparison: which two or three levels a reader picked (kept in the URL as
// ?levels=iop,php), the rules for changing that choice, and the rows they see. Pure: no DOM, no React.
import { careLevelOrder, careLevels, type AgeGroup, type CareLevelId } from '../data/care-levels.ts';
import type { CompareText } from '../i18n/en/tools.ts';
import { fill, formatRangeIn, joinList } from './fill.ts';

export type { CompareText };

export const minLevels = 2;
export const maxLevels = 3;

/** The URL parameter that holds the choice. */
export const levelsParam = 'levels';

/** Shown when a link names no usable levels: the question most readers bring. */
export const defaultLevels: readonly CareLevelId[] = ['iop', 'php'];

/** When a link names only one level, partners are added from this list, in this order. */
const fillOrder: readonly CareLevelId[] = ['iop', 'php', 'outpatient'];

/** How much of an unknown value a note repeats back, and how many unknown values it names. */
const maxEchoLength = 24;
const maxEchoed = 3;

export interface LevelSelection {
  /** Two or three distinct levels, from least to most care. */
  levels: CareLevelId[];
  /** Plain sentences about anything in the link that was changed or left out. */
  notes: string[];
}

export function isCareLevelId(value: string): value is CareLevelId {
  return (careLevelOrder as readonly string[]).includes(value);
}

/** The levels in the order they appear everywhere on the site: least to most care, no repeats. */
export function inCanonicalOrder(levels: readonly CareLevelId[]): CareLevelId[] {
  return careLevelOrder.filter((id) => levels.includes(id));
}

/** "IOP", "IOP and PHP", "Outpatient, IOP and PHP" (in the page's language). */
export function joinNames(names: readonly string[], text: CompareText): string {
  return joinList(names, text.list);
}

function shortNames(levels: readonly CareLevelId[], text: CompareText): string[] {
  return levels.map((id) => text.levels[id].shortName);
}

/** A piece of a link, made safe and short enough to quote back to the reader. */
function echo(raw: string): string {
  const visible = Array.from(raw.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ''));
  const text = visible.length > maxEchoLength ? `${visible.slice(0, maxEchoLength).join('')}…` : visible.join('');
  return `“${text}”`;
}

function echoList(values: readonly string[], text: CompareText): string {
  const named = values.slice(0, maxEchoed).map(echo);
  const rest = values.length - named.length;
  return rest > 0 ? fill(text.andMore, { names: named.join(', '), n: rest }) : joinNames(named, text);
}

/**
 * Reads the value of ?levels= (already URL-decoded). Case, spaces and separators are forgiven;
 * repeats, unknown names and a count outside two to three are fixed, with a note saying what changed.
 * Never throws.
 */
export function parseLevels(raw: string | null | undefined, text: CompareText): LevelSelection {
  if (typeof raw !== 'string') return { levels: [...defaultLevels], notes: [] };
  const tokens = raw
    .split(/[\s,;+]+/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');

  const chosen: CareLevelId[] = [];
  const repeated: CareLevelId[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    const id = token.toLowerCase();
    if (!isCareLevelId(id)) {
      if (!unknown.includes(token)) unknown.push(token);
    } else if (chosen.includes(id)) {
      if (!repeated.includes(id)) repeated.push(id);
    } else {
      chosen.push(id);
    }
  }

  const names = (levels: readonly CareLevelId[]) => joinNames(shortNames(levels, text), text);
  const notes: string[] = [];
  if (unknown.length > 0) {
    const all = names(careLevelOrder);
    const template = unknown.length === 1 ? text.notes.unknownOne : text.notes.unknownMany;
    notes.push(fill(template, { names: echoList(unknown, text), all }));
  }
  if (repeated.length > 0) {
    notes.push(fill(repeated.length === 1 ? text.notes.repeatedOne : text.notes.repeatedMany, { names: names(repeated) }));
  }

  // Keep the first levels the link named, in the reader's order, before sorting them.
  const kept = chosen.slice(0, maxLevels);
  const dropped = chosen.slice(maxLevels);
  if (dropped.length > 0) {
    notes.push(fill(text.notes.dropped, { max: maxLevels, names: names(dropped) }));
  }

  if (kept.length === 0) {
    if (tokens.length > 0) notes.push(fill(text.notes.instead, { names: names(defaultLevels) }));
    return { levels: [...defaultLevels], notes };
  }
  if (kept.length < minLevels) {
    const added: CareLevelId[] = [];
    for (const id of fillOrder) {
      if (kept.length + added.length >= minLevels) break;
      if (!kept.includes(id)) added.push(id);
    }
    notes.push(fill(text.notes.added, { min: minLevels, names: names(added) }));
    return { levels: inCanonicalOrder([...kept, ...added]), notes };
  }
  return { levels: inCanonicalOrder(kept), notes };
}

/** Reads the choice from a query string such as "?levels=iop,php" (repeated parameters are joined). */
export function selectionFromSearch(search: string, text: CompareText): LevelSelection {
  const values = new URLSearchParams(search).getAll(levelsParam);
  return parseLevels(values.length === 0 ? null : values.join(','), text);
}

/** "iop,php": the choice as it appears in the URL, always least to most care. */
export function serializeLevels(levels: readonly CareLevelId[]): string {
  return inCanonicalOrder(levels).join(',');
}

/** The query string for a choice, keeping any other parameters: "?levels=iop,php". */
export function searchWithLevels(search: string, levels: readonly CareLevelId[]): string {
  const params = new URLSearchParams(search);
  params.delete(levelsParam);
  const others = params.toString();
  // Written by hand so the commas stay readable in a shared link (URLSearchParams would encode them).
  const levelsPart = `${levelsParam}=${serializeLevels(levels)}`;
  return `?${others === '' ? levelsPart : `${others}&${levelsPart}`}`;
}

export interface ToggleResult {
  levels: CareLevelId[];
  /** Why the change was refused, or null when it was made. */
  refused: string | null;
}

/** Turns one level on or off, keeping between two and three chosen. */
export function toggleLevel(current: readonly CareLevelId[], id: CareLevelId, text: CompareText): ToggleResult {
  const levels = inCanonicalOrder(current);
  if (levels.includes(id)) {
    if (levels.length <= minLevels) return { levels, refused: fill(text.tooFew, { min: minLevels }) };
    return { levels: levels.filter((l) => l !== id), refused: null };
  }
  if (levels.length >= maxLevels) return { levels, refused: fill(text.tooMany, { max: maxLevels }) };
  return { levels: inCanonicalOrder([...levels, id]), refused: null };
}

/** What the live region says: "Comparing IOP and PHP." */
export function comparisonSummary(levels: readonly CareLevelId[], text: CompareText): string {
  return fill(text.summary, { levels: joinNames(shortNames(inCanonicalOrder(levels), text), text) });
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** One value per level, in the same order as the levels. */
  values: string[];
}

/** A level's hours a week for an age group ("9 to 19 hours a week"), or its note for round-the-clock care. */
export function levelHours(id: CareLevelId, age: AgeGroup, text: CompareText): string {
  const range = careLevels[id].hoursPerWeek[age];
  if (range === null) return text.levels[id].hoursNote || text.roundTheClock;
  const numbers = new Intl.NumberFormat(text.locale, { maximumFractionDigits: 1 });
  return fill(text.weeklyHours, { range: formatRangeIn(range, text.range, numbers) });
}

type LevelWords = CompareText['levels'][CareLevelId];

/** The rows, in order: each row's key names its label in `text.rows`. */
const rowDefinitions: { key: keyof CompareText['rows']; value: (id: CareLevelId, words: LevelWords, text: CompareText) => string }[] = [
  { key: 'where', value: (_, w) => w.whereYouLive },
  { key: 'hours-adult', value: (id, _, t) => levelHours(id, 'adult', t) },
  { key: 'hours-teen', value: (id, _, t) => levelHours(id, 'teen', t) },
  { key: 'length', value: (_, w) => w.typicalLength },
  { key: 'medical', value: (_, w) => w.medicalSupervision },
  { key: 'work', value: (_, w) => w.workOrSchool },
  { key: 'suits', value: (_, w) => w.usuallySuits },
  { key: 'stepping', value: (_, w) => w.stepping },
];

/** The rows of the comparison, in the page's language; every number read from the data module. */
export function comparisonRows(levels: readonly CareLevelId[], text: CompareText): ComparisonRow[] {
  const ordered = inCanonicalOrder(levels);
  return rowDefinitions.map((row) => ({
    key: row.key,
    label: text.rows[row.key],
    values: ordered.map((id) => row.value(id, text.levels[id], text)),
  }));
}
