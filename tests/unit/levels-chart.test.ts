import { careLevelOrder, careLevels, type CareLevel } from '../../src/data/care-levels.ts';
import { careLevelEs, careLevelWordsEs } from '../../src/data/es/care-levels.ts';
import { figuresEs } from '../../src/i18n/es/figures.ts';
import { formatRange } from '../../src/lib/facts.ts';
import { hoursAxis, hoursText, levelsChart, sleepsText, smallHoursBar, stayText, type ChartLevel } from '../../src/lib/levels-chart.ts';

const levels = careLevelOrder.map((id) => careLevels[id]);

/** A copy of the data module's levels with one level's hours changed. */
function withHours(id: CareLevel['id'], hours: CareLevel['hoursPerWeek']): ChartLevel[] {
  return levels.map((l) => (l.id === id ? { ...l, hoursPerWeek: hours } : l));
}

describe('the levels of care on one line', () => {
  const chart = levelsChart();
  const scale = (chart.axis.right - chart.axis.left) / chart.axis.max;

  it('draws every level of the data module, least care first, with where a person sleeps and how long care lasts', () => {
    expect(chart.rows.map((r) => r.id)).toEqual(careLevelOrder);
    expect(chart.rows.map((r) => r.name)).toEqual(levels.map((l) => l.shortName));
    expect(chart.rows.find((r) => r.id === 'iop')!.sleeps).toBe('Sleeps at home');
    expect(chart.rows.find((r) => r.id === 'inpatient')!.sleeps).toBe('Sleeps in a hospital');
    expect(chart.rows.find((r) => r.id === 'iop')!.stay).toBe(stayText(careLevels.iop.typicalLength));
    // Rows go down the picture in order and never overlap.
    for (let i = 1; i < chart.rows.length; i++) expect(chart.rows[i]!.top).toBeGreaterThanOrEqual(chart.rows[i - 1]!.top + chart.rows[i - 1]!.height);
  });

  it('places each bar by the hours a week in the data module, adults and teens', () => {
    for (const level of levels) {
      const row = chart.rows.find((r) => r.id === level.id)!;
      for (const bar of row.bars) {
        const range = level.hoursPerWeek[bar.age];
        if (range === null) {
          expect(bar.kind).toBe('round-the-clock');
          expect(bar.x).toBeGreaterThan(chart.axis.right);
          continue;
        }
        expect(bar.x).toBeCloseTo(chart.axis.left + range.min * scale, 6);
        if (range.max === null) {
          expect(bar.kind).toBe('or-more');
          expect(bar.x + bar.width).toBeCloseTo(chart.axis.right, 6);
        } else {
          expect(bar.x + bar.width).toBeCloseTo(chart.axis.left + range.max * scale, 6);
        }
        expect(bar.label).toBe(formatRange(range));
      }
    }
    const iop = chart.rows.find((r) => r.id === 'iop')!;
    // Teens can start at fewer hours than adults, so their bar starts further left.
    expect(iop.bars.find((b) => b.age === 'teen')!.x).toBeLessThan(iop.bars.find((b) => b.age === 'adult')!.x);
  });

  it('keeps every label and bar inside the picture', () => {
    for (const row of chart.rows) {
      for (const bar of row.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
        const labelWidth = bar.label.length * 8.2;
        const [from, to] = bar.labelAnchor === 'start' ? [bar.labelX, bar.labelX + labelWidth] : [bar.labelX - labelWidth, bar.labelX];
        expect(from, bar.label).toBeGreaterThanOrEqual(0);
        expect(to, bar.label).toBeLessThanOrEqual(chart.width);
        // A label never sits on top of its own bar.
        expect(to <= bar.x + 0.001 || from >= bar.x + bar.width - 0.001, `${row.id} ${bar.age} ${bar.label}`).toBe(true);
      }
    }
  });

  it('moves when a number in the data module changes', () => {
    const altered = levelsChart(withHours('iop', { adult: { min: 12, max: 30 }, teen: { min: 8, max: 30 } }));
    // The axis grows to fit 30 hours, and the IOP bars move and stretch to the new figures.
    expect(altered.axis.max).toBeGreaterThan(30);
    const bar = altered.rows.find((r) => r.id === 'iop')!.bars.find((b) => b.age === 'adult')!;
    const alteredScale = (altered.axis.right - altered.axis.left) / altered.axis.max;
    expect(bar.x).toBeCloseTo(altered.axis.left + 12 * alteredScale, 6);
    expect(bar.width).toBeCloseTo(18 * alteredScale, 6);
    expect(bar.label).toBe('12 to 30');
    expect(altered).not.toEqual(chart);

    // A level that now has counted hours leaves the round-the-clock zone.
    const counted = levelsChart(withHours('residential', { adult: { min: 25, max: null }, teen: { min: 25, max: null } }));
    const residential = counted.rows.find((r) => r.id === 'residential')!.bars[0]!;
    expect(residential.kind).toBe('or-more');
    expect(residential.x).toBeLessThan(counted.axis.right);
  });

  it('gives the text version the same words', () => {
    expect(hoursText(careLevels.iop, 'adult')).toBe(`${formatRange(careLevels.iop.hoursPerWeek.adult!)} hours a week`);
    expect(hoursText(careLevels.residential, 'adult')).toBe(careLevels.residential.hoursNote);
    expect(sleepsText('At the treatment setting, day and night')).toBe('Sleeps at the treatment setting');
    expect(stayText('Often 4 to 12 weeks; it depends on progress')).toBe('Often 4 to 12 weeks');
  });

  it('ends the axis one step past the largest figure', () => {
    expect(hoursAxis(levels).max).toBeGreaterThan(careLevels.php.hoursPerWeek.adult!.min);
    expect(hoursAxis(withHours('iop', { adult: { min: 9, max: 55 }, teen: null })).step).toBe(10);
  });
});

describe('the comparison tool\'s small hours bars', () => {
  it('share one scale, so more hours make a longer or later bar, and round-the-clock care fills the track', () => {
    const outpatient = smallHoursBar(careLevels.outpatient.hoursPerWeek.adult);
    const iop = smallHoursBar(careLevels.iop.hoursPerWeek.adult);
    const php = smallHoursBar(careLevels.php.hoursPerWeek.adult);
    const residential = smallHoursBar(careLevels.residential.hoursPerWeek.adult);
    expect(outpatient.x).toBe(0);
    expect(iop.x).toBeCloseTo(outpatient.x + outpatient.width, 6);
    expect(php.x).toBeGreaterThan(iop.x);
    expect(php.kind).toBe('or-more');
    expect(php.x + php.width).toBeLessThan(100);
    expect(residential).toEqual({ kind: 'round-the-clock', x: 0, width: 100 });
  });

  it('follow the data module', () => {
    const altered = withHours('iop', { adult: { min: 9, max: 40 }, teen: null });
    const before = smallHoursBar({ min: 9, max: 19 });
    const after = smallHoursBar({ min: 9, max: 19 }, altered);
    // A longer axis makes the same range shorter.
    expect(after.width).toBeLessThan(before.width);
  });
});

describe('the levels of care on one line, in Spanish', () => {
  const levelsEs = careLevelOrder.map((id) => careLevelEs(id));
  const chartEs = levelsChart(levelsEs, figuresEs);
  const chartEn = levelsChart();

  it('uses the Spanish level words and picture words', () => {
    expect(chartEs.rows.map((r) => r.name)).toEqual(careLevelOrder.map((id) => careLevelWordsEs[id].shortName));
    expect(chartEs.rows.find((r) => r.id === 'iop')!.sleeps).toBe('Duerme en su casa');
    expect(chartEs.rows.find((r) => r.id === 'residential')!.sleeps).toBe('Duerme en el lugar de tratamiento');
    expect(chartEs.rows.find((r) => r.id === 'iop')!.stay).toBe(stayText(careLevelWordsEs.iop.typicalLength));
    expect(chartEs.legend.items.map((i) => i.label)).toEqual(['Adultos', 'Adolescentes']);
    expect(sleepsText('En un hospital', figuresEs)).toBe('Duerme en un hospital');
  });

  it('writes hours the Spanish way, from the data module', () => {
    const iop = careLevels.iop.hoursPerWeek.adult!;
    expect(hoursText(careLevelEs('iop'), 'adult', figuresEs)).toBe(`de ${iop.min} a ${iop.max} horas por semana`);
    expect(hoursText(careLevelEs('outpatient'), 'adult', figuresEs)).toBe(`menos de ${careLevels.outpatient.hoursPerWeek.adult!.max} horas por semana`);
    expect(hoursText(careLevelEs('php'), 'adult', figuresEs)).toBe(`${careLevels.php.hoursPerWeek.adult!.min} horas o más por semana`);
    expect(hoursText(careLevelEs('residential'), 'teen', figuresEs)).toBe(careLevelWordsEs.residential.hoursNote);
    const bar = chartEs.rows.find((r) => r.id === 'iop')!.bars[0]!;
    expect(bar.label).toBe(`${iop.min} a ${iop.max}`);
    // English stays as it was.
    expect(hoursText(careLevels.iop, 'adult')).toBe(`${formatRange(iop)} hours a week`);
  });

  it('keeps the geometry of the English picture: only the words change', () => {
    expect(chartEs.width).toBe(chartEn.width);
    expect(chartEs.height).toBe(chartEn.height);
    expect(chartEs.axis).toEqual(chartEn.axis);
    for (const [i, row] of chartEs.rows.entries()) {
      expect(row.bars.map((b) => [b.x, b.y, b.width, b.kind])).toEqual(chartEn.rows[i]!.bars.map((b) => [b.x, b.y, b.width, b.kind]));
    }
  });

  it('keeps every Spanish word inside the picture (at the layout\'s own character width)', () => {
    const charWidth = 8.2;
    for (const row of chartEs.rows) {
      for (const line of [row.name, row.sleeps, row.stay]) expect(chartEs.axis.left + line.length * charWidth, line).toBeLessThanOrEqual(chartEs.width);
      for (const bar of row.bars) {
        const width = bar.label.length * charWidth;
        const [from, to] = bar.labelAnchor === 'start' ? [bar.labelX, bar.labelX + width] : [bar.labelX - width, bar.labelX];
        expect(from, bar.label).toBeGreaterThanOrEqual(0);
        expect(to, bar.label).toBeLessThanOrEqual(chartEs.width);
      }
    }
    expect(chartEs.axis.left + figuresEs.levelsLine.axisTitle.length * charWidth).toBeLessThan(chartEs.zone.labelX - Math.max(...figuresEs.levelsLine.roundTheClock.map((l) => l.length)) * charWidth);
  });
});
