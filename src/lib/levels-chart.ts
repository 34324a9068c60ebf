// The geometry of the "levels of care on one line" picture: every level placed by its hours of care a
// week, adults and teens, with where a person sleeps and how long care usually lasts. Pure: the
// picture's component only draws what this returns, so a change in src/data moves the picture.
import { careLevelOrder, careLevels, type AgeGroup, type CareLevel, type WeeklyHours } from '../data/care-levels.ts';
import { figuresEn, type FiguresText } from '../i18n/en/figures.ts';

/** The parts of a level the picture shows. */
export type ChartLevel = Pick<CareLevel, 'id' | 'name' | 'shortName' | 'whereYouLive' | 'typicalLength' | 'hoursPerWeek' | 'hoursNote'>;

const ageIds: readonly AgeGroup[] = ['adult', 'teen'];

/** The age groups the picture shows, in order, with their names in `words`' language (English by default). */
export function ageGroupsIn(words: FiguresText = figuresEn): readonly { id: AgeGroup; label: string }[] {
  return ageIds.map((id) => ({ id, label: words.levelsLine.ageGroups[id] }));
}

// Marked pure so that a bundle which only draws small bars (the comparison tool) leaves the words out.
export const ageGroups = /* @__PURE__ */ ageGroupsIn();

/** Words the picture and its text version share (English; Spanish: uiText('es').figures.levelsLine). */
export const levelsChartText = /* @__PURE__ */ (() => figuresEn.levelsLine)();

// Sizes in SVG units. The picture is 340 units wide so that, shrunk to a 320 px phone, its 15-unit
// text still reads at about 13 px.
const size = {
  width: 340,
  side: 6,
  zoneWidth: 70,
  zoneGap: 12,
  headerHeight: 58,
  rowHeight: 104,
  barHeight: 12,
  legendHeight: 40,
  /** Rough width of one character of 15-unit text, to keep bar labels inside the picture. */
  charWidth: 8.2,
  labelGap: 5,
};

export type BarKind = 'range' | 'or-more' | 'round-the-clock';

export interface ChartBar {
  age: AgeGroup;
  kind: BarKind;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface ChartRow {
  id: CareLevel['id'];
  name: string;
  /** "Sleeps at home" */
  sleeps: string;
  /** "Often 4 to 12 weeks": the first part of the typical length, short enough for one line. */
  stay: string;
  nameY: number;
  sleepsY: number;
  stayY: number;
  /** The band behind the row, for the rows' alternating shading. */
  top: number;
  height: number;
  bars: ChartBar[];
}

export interface LevelsChart {
  width: number;
  height: number;
  axis: {
    left: number;
    right: number;
    max: number;
    titleY: number;
    tickY: number;
    ticks: { x: number; label: string }[];
    gridTop: number;
    gridBottom: number;
  };
  /** The round-the-clock zone; its label is right-aligned at labelX. */
  zone: { x: number; width: number; labelX: number; labelY: number[] };
  rows: ChartRow[];
  legend: { y: number; items: { age: AgeGroup; label: string; x: number }[] };
}

/** Largest number of hours any level names, so the axis fits every bar with room for "or more". */
function largestHours(levels: readonly ChartLevel[]): number {
  const values = levels.flatMap((l) => ageIds.flatMap((age) => {
    const h = l.hoursPerWeek[age];
    return h === null ? [] : [h.min, h.max ?? h.min];
  }));
  return Math.max(1, ...values);
}

/** Ticks every 5 hours (or 10 on a long axis); the axis ends a step past the largest figure. */
export function hoursAxis(levels: readonly ChartLevel[]): { max: number; step: number } {
  const largest = largestHours(levels);
  const step = largest > 40 ? 10 : 5;
  return { max: (Math.floor(largest / step) + 1) * step, step };
}

/** "At home" → "Sleeps at home"; "At the treatment setting, day and night" → "Sleeps at the treatment setting". */
export function sleepsText(whereYouLive: string, words: FiguresText = figuresEn): string {
  return words.levelsLine.sleeps(whereYouLive.split(',')[0]!.trim());
}

/** The first clause of a typical length: "Often 4 to 12 weeks; it depends on progress" → "Often 4 to 12 weeks". */
export function stayText(typicalLength: string): string {
  return typicalLength.split(/[;,]/)[0]!.trim();
}

/** A level's hours for one age group in words: "9 to 19 hours a week", or its note for round-the-clock care. */
export function hoursText(level: ChartLevel, age: AgeGroup, words: FiguresText = figuresEn): string {
  const range = level.hoursPerWeek[age];
  return range === null ? (level.hoursNote ?? words.levelsLine.roundTheClockText) : words.numbers.weeklyHours(range);
}

function barLabel(range: WeeklyHours | null, level: ChartLevel, words: FiguresText): string {
  return range === null ? (level.hoursNote ?? words.levelsLine.roundTheClockText) : words.numbers.range(range);
}

/**
 * Lays out the picture from the levels given (by default every level in the data module, in order),
 * with the picture's words in `words`' language (English by default; pass the levels' words in the
 * same language).
 */
export function levelsChart(
  levels: readonly ChartLevel[] = careLevelOrder.map((id) => careLevels[id]),
  words: FiguresText = figuresEn,
): LevelsChart {
  const groups = ageGroupsIn(words);
  const { max, step } = hoursAxis(levels);
  const left = size.side;
  const zoneX = size.width - size.side - size.zoneWidth;
  const right = zoneX - size.zoneGap;
  const x = (hours: number) => left + (Math.min(hours, max) / max) * (right - left);

  const ticks: { x: number; label: string }[] = [];
  for (let h = 0; h <= max; h += step) ticks.push({ x: x(h), label: String(h) });

  const rows: ChartRow[] = levels.map((level, i) => {
    const top = size.headerHeight + i * size.rowHeight;
    const bars = groups.map((age, j): ChartBar => {
      const range = level.hoursPerWeek[age.id];
      const y = top + 64 + j * (size.barHeight + 6);
      const kind: BarKind = range === null ? 'round-the-clock' : range.max === null ? 'or-more' : 'range';
      const x0 = range === null ? zoneX : x(range.min);
      const x1 = range === null ? zoneX + size.zoneWidth : range.max === null ? right : x(range.max);
      const label = barLabel(range, level, words);
      const labelWidth = label.length * size.charWidth;
      // The label goes after the bar when it fits before the round-the-clock zone, else before it.
      const after = x1 + size.labelGap + labelWidth <= right && kind === 'range';
      return {
        age: age.id,
        kind,
        x: x0,
        y,
        width: Math.max(x1 - x0, 2),
        height: size.barHeight,
        label,
        labelX: after ? x1 + size.labelGap : Math.max(x0 - size.labelGap, left + labelWidth),
        labelY: y + size.barHeight - 1,
        labelAnchor: after ? 'start' : 'end',
      };
    });
    return {
      id: level.id,
      name: level.shortName,
      sleeps: sleepsText(level.whereYouLive, words),
      stay: stayText(level.typicalLength),
      nameY: top + 20,
      sleepsY: top + 39,
      stayY: top + 57,
      top,
      height: size.rowHeight,
      bars,
    };
  });

  const gridBottom = size.headerHeight + levels.length * size.rowHeight;
  const legendY = gridBottom + 26;
  return {
    width: size.width,
    height: gridBottom + size.legendHeight,
    axis: { left, right, max, titleY: 18, tickY: 44, ticks, gridTop: 50, gridBottom },
    zone: { x: zoneX, width: size.zoneWidth, labelX: size.width - 2, labelY: [18, 36] },
    rows,
    legend: { y: legendY, items: groups.map((a, i) => ({ age: a.id, label: a.label, x: left + i * 120 })) },
  };
}

/** A small bar for one level's hours, on a 0–100 scale shared by every level (the comparison tool's bars). */
export interface SmallBar {
  kind: BarKind;
  /** Start and width, 0 to 100; round-the-clock care fills the whole track. */
  x: number;
  width: number;
}

export function smallHoursBar(range: WeeklyHours | null, levels: readonly ChartLevel[] = careLevelOrder.map((id) => careLevels[id])): SmallBar {
  if (range === null) return { kind: 'round-the-clock', x: 0, width: 100 };
  const { max } = hoursAxis(levels);
  // Counted hours use the first 85% of the track; only round-the-clock care reaches the end.
  const scale = 85 / max;
  const end = range.max === null ? max : range.max;
  return { kind: range.max === null ? 'or-more' : 'range', x: range.min * scale, width: Math.max((end - range.min) * scale, 2) };
}
