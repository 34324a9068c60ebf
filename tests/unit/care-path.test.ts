import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { careLevels, typicalSchedule } from '../../src/data/care-levels.ts';
import { careLevelWordsEs } from '../../src/data/es/care-levels.ts';
import { figuresEs } from '../../src/i18n/es/figures.ts';
import { formatRange } from '../../src/lib/facts.ts';
import { careSteps, pathPicture, stepPath } from '../../src/lib/care-path.ts';

const root = resolve(import.meta.dirname, '../..');

/** The heading ids a guide's ## and ### headings get (lower case, punctuation dropped, spaces to hyphens). */
function headingIds(guide: string): string[] {
  const text = readFileSync(resolve(root, `content/guides/${guide}.mdx`), 'utf8');
  return [...text.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-'));
}

describe('the path through care', () => {
  const steps = careSteps();

  it('goes from a first call to aftercare, in order', () => {
    expect(steps.map((s) => s.title)).toEqual(['First call', 'Assessment', 'Starting IOP', 'Weekly sessions', 'Stepping down', 'Aftercare and support groups']);
    expect(steps.filter((s) => s.inIop).map((s) => s.id)).toEqual(['start', 'weekly', 'step-down']);
  });

  it('links every step to a section that exists in its guide', () => {
    for (const step of steps) {
      expect(headingIds(step.guide), stepPath(step)).toContain(step.section);
      expect(stepPath(step)).toBe(`/guides/${step.guide}/#${step.section}`);
    }
  });

  it('takes its figures from the data module, and follows them when they change', () => {
    // No wait figure has a source, so the step says what to ask instead of a number of hours.
    expect(steps.find((s) => s.id === 'start')!.detail).toBe('ask how soon you can start');
    expect(steps.find((s) => s.id === 'weekly')!.detail).toBe(`${formatRange(typicalSchedule.daysPerWeek)} days a week`);
    expect(steps.find((s) => s.id === 'step-down')!.detail.toLowerCase()).toContain(careLevels.iop.typicalLength.split(';')[0]!.toLowerCase());
    const altered = careSteps({ daysPerWeek: { min: 2, max: 4 }, typicalLength: 'Often 6 to 10 weeks' });
    expect(altered.find((s) => s.id === 'weekly')!.detail).toBe('2 to 4 days a week');
    expect(altered.find((s) => s.id === 'step-down')!.detail).toBe('often 6 to 10 weeks of IOP in all');
  });

  it('draws one circle a step, top to bottom, with a bracket around the IOP steps', () => {
    const picture = pathPicture(steps);
    expect(picture.circles.map((c) => c.title)).toEqual(steps.map((s) => s.title));
    expect(picture.circles.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (let i = 1; i < picture.circles.length; i++) expect(picture.circles[i]!.y - picture.circles[i - 1]!.y).toBeGreaterThanOrEqual(2 * picture.circles[i]!.r);
    expect(picture.circles.at(-1)!.y + picture.circles.at(-1)!.r).toBeLessThanOrEqual(picture.height);
    expect(picture.bracket!.y1).toBeLessThan(picture.circles[2]!.y);
    expect(picture.bracket!.y2).toBeGreaterThan(picture.circles[4]!.y);
    expect(picture.bracket!.y2).toBeLessThan(picture.circles[5]!.y);
    expect(pathPicture(steps.map((s) => ({ ...s, inIop: false }))).bracket).toBeNull();
  });
});

describe('the path through care, in Spanish', () => {
  const figuresSpanish = { daysPerWeek: typicalSchedule.daysPerWeek, typicalLength: careLevelWordsEs.iop.typicalLength };
  const stepsEs = careSteps(figuresSpanish, figuresEs);
  const stepsEn = careSteps();

  it('has the same steps, guides and sections as the English path, in Spanish words', () => {
    expect(stepsEs.map((s) => [s.id, s.guide, s.section, s.inIop])).toEqual(stepsEn.map((s) => [s.id, s.guide, s.section, s.inIop]));
    expect(stepsEs.map((s) => s.title)).toEqual(['Primera llamada', 'Evaluación', 'Empezar el IOP', 'Sesiones cada semana', 'Bajar de nivel', 'Después del IOP']);
    const { min, max } = typicalSchedule.daysPerWeek;
    expect(stepsEs.find((s) => s.id === 'weekly')!.detail).toBe(`${min} a ${max} días por semana`);
    const first = careLevelWordsEs.iop.typicalLength.split(';')[0]!;
    expect(stepsEs.find((s) => s.id === 'step-down')!.detail).toBe(`${first.charAt(0).toLowerCase()}${first.slice(1)}`);
  });

  it('keeps every Spanish line no longer than the longest English one, which the phone checks show clear of the bracket', () => {
    const longest = (steps: typeof stepsEn, key: 'title' | 'detail') => Math.max(...steps.map((s) => s[key].length));
    for (const key of ['title', 'detail'] as const) {
      for (const step of stepsEs) expect(step[key].length, step[key]).toBeLessThanOrEqual(longest(stepsEn, key));
    }
    expect(pathPicture(stepsEs).circles.map((c) => [c.x, c.y])).toEqual(pathPicture(stepsEn).circles.map((c) => [c.x, c.y]));
  });
});
