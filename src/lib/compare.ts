// The level-of-care comparison: which two or three levels a reader picked (kept in the URL as
// ?levels=iop,php), the rules for changing that choice, and the rows they see. Pure: no DOM, no React.
import { careLevelOrder, careLevels, type CareLevel, type CareLevelId } from '../data/care-levels.ts';
import { levelHoursText } from './facts.ts';

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

export const compareText = {
  legend: 'Choose two or three levels to compare',
  hint: 'They are listed from least to most care.',
  tooFew: `Keep at least ${minLevels} levels. Choose another level first, then clear this one.`,
  tooMany: `You can compare up to ${maxLevels} levels. Clear one first, then choose this one.`,
  copyLink: 'Copy link to this comparison',
  linkCopied: 'Link copied',
  copyFailed: 'Your browser did not let us copy. Select the link below and copy it yourself.',
  linkLabel: 'Link to this comparison',
  notesTitle: 'About the link you opened',
  assessment:
    'This comparison is general. A clinical assessment by a licensed professional decides which level of care fits a person.',
  noScript: 'This comparison needs JavaScript to pick levels. Here are all the levels side by side instead.',
} as const;

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

/** "IOP", "IOP and PHP", "Outpatient, IOP and PHP" */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function shortNames(levels: readonly CareLevelId[]): string[] {
  return levels.map((id) => careLevels[id].shortName);
}

/** A piece of a link, made safe and short enough to quote back to the reader. */
function echo(raw: string): string {
  const visible = Array.from(raw.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ''));
  const text = visible.length > maxEchoLength ? `${visible.slice(0, maxEchoLength).join('')}…` : visible.join('');
  return `“${text}”`;
}

function echoList(values: readonly string[]): string {
  const named = values.slice(0, maxEchoed).map(echo);
  const rest = values.length - named.length;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : joinNames(named);
}

const allLevelNames = joinNames(shortNames(careLevelOrder));

/**
 * Reads the value of ?levels= (already URL-decoded). Case, spaces and separators are forgiven;
 * repeats, unknown names and a count outside two to three are fixed, with a note saying what changed.
 * Never throws.
 */
export function parseLevels(raw: string | null | undefined): LevelSelection {
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

  const notes: string[] = [];
  if (unknown.length > 0) {
    notes.push(
      `${echoList(unknown)} ${unknown.length === 1 ? 'is not a level' : 'are not levels'} we know, so we left ${unknown.length === 1 ? 'it' : 'them'} out. You can compare ${allLevelNames}.`,
    );
  }
  if (repeated.length > 0) {
    notes.push(`${joinNames(shortNames(repeated))} ${repeated.length === 1 ? 'was' : 'were'} listed more than once, so we show ${repeated.length === 1 ? 'it' : 'each'} once.`);
  }

  // Keep the first levels the link named, in the reader's order, before sorting them.
  const kept = chosen.slice(0, maxLevels);
  const dropped = chosen.slice(maxLevels);
  if (dropped.length > 0) {
    notes.push(`You can compare up to ${maxLevels} levels, so we left out ${joinNames(shortNames(dropped))}.`);
  }

  if (kept.length === 0) {
    if (tokens.length > 0) notes.push(`We show ${joinNames(shortNames(defaultLevels))} instead.`);
    return { levels: [...defaultLevels], notes };
  }
  if (kept.length < minLevels) {
    const added: CareLevelId[] = [];
    for (const id of fillOrder) {
      if (kept.length + added.length >= minLevels) break;
      if (!kept.includes(id)) added.push(id);
    }
    notes.push(`A comparison needs at least ${minLevels} levels, so we added ${joinNames(shortNames(added))}.`);
    return { levels: inCanonicalOrder([...kept, ...added]), notes };
  }
  return { levels: inCanonicalOrder(kept), notes };
}

/** Reads the choice from a query string such as "?levels=iop,php" (repeated parameters are joined). */
export function selectionFromSearch(search: string): LevelSelection {
  const values = new URLSearchParams(search).getAll(levelsParam);
  return parseLevels(values.length === 0 ? null : values.join(','));
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
export function toggleLevel(current: readonly CareLevelId[], id: CareLevelId): ToggleResult {
  const levels = inCanonicalOrder(current);
  if (levels.includes(id)) {
    if (levels.length <= minLevels) return { levels, refused: compareText.tooFew };
    return { levels: levels.filter((l) => l !== id), refused: null };
  }
  if (levels.length >= maxLevels) return { levels, refused: compareText.tooMany };
  return { levels: inCanonicalOrder([...levels, id]), refused: null };
}

/** What the live region says: "Comparing IOP and PHP." */
export function comparisonSummary(levels: readonly CareLevelId[]): string {
  return `Comparing ${joinNames(shortNames(inCanonicalOrder(levels)))}.`;
}

export interface ComparisonRow {
  key: string;
  label: string;
  /** One value per level, in the same order as the levels. */
  values: string[];
}

const rowDefinitions: { key: string; label: string; value: (level: CareLevel) => string }[] = [
  { key: 'where', label: 'Where you live', value: (l) => l.whereYouLive },
  { key: 'hours-adult', label: 'Hours a week (adults)', value: (l) => levelHoursText(l.id, 'adult') },
  { key: 'hours-teen', label: 'Hours a week (teens)', value: (l) => levelHoursText(l.id, 'teen') },
  { key: 'length', label: 'Typical length', value: (l) => l.typicalLength },
  { key: 'medical', label: 'Medical supervision', value: (l) => l.medicalSupervision },
  { key: 'work', label: 'Keep working or studying?', value: (l) => l.workOrSchool },
  { key: 'suits', label: 'Usually suits', value: (l) => l.usuallySuits },
  { key: 'stepping', label: 'Stepping up or down', value: (l) => l.stepping },
];

/** The rows of the comparison, every value read from the data module. */
export function comparisonRows(levels: readonly CareLevelId[]): ComparisonRow[] {
  const ordered = inCanonicalOrder(levels).map((id) => careLevels[id]);
  return rowDefinitions.map((row) => ({ key: row.key, label: row.label, values: ordered.map(row.value) }));
}
