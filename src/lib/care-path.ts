// The path through care, from a first call to aftercare, as steps that each link to the guide section
// explaining them, and the geometry of its picture. Figures come from src/data; words from the figures
// dictionary (English by default). Pure.
import { careLevels, typicalSchedule } from '../data/care-levels.ts';
import { figuresEn, type FiguresText } from '../i18n/en/figures.ts';

export interface CareStep {
  id: string;
  title: string;
  /** One short line under the title in the picture. */
  detail: string;
  /** The guide and the heading id of the section that explains this step. */
  guide: string;
  section: string;
  /** True for the steps that happen inside the IOP itself. */
  inIop: boolean;
}

type Figures = {
  daysPerWeek: { min: number; max: number | null };
  typicalLength: string;
};

const defaultFigures: Figures = {
  daysPerWeek: typicalSchedule.daysPerWeek,
  typicalLength: careLevels.iop.typicalLength,
};

/**
 * The six steps, in `words`' language (pass the IOP's typical length in the same language). Guides and
 * sections are the English ids; guide sections are checked by the browser tests (every link's #anchor
 * must exist).
 */
export function careSteps(figures: Figures = defaultFigures, words: FiguresText = figuresEn): CareStep[] {
  const length = figures.typicalLength.split(/[;,]/)[0]!.trim();
  const step = words.carePath.steps;
  return [
    { id: 'call', ...step.call, guide: 'getting-started', section: 'how-to-find-a-program', inIop: false },
    { id: 'assessment', ...step.assessment, guide: 'getting-started', section: 'start-with-a-clinical-assessment', inIop: false },
    { id: 'start', ...step.start, guide: 'what-to-expect', section: 'your-first-day', inIop: true },
    { id: 'weekly', title: step.weekly.title, detail: step.weekly.detail(words.numbers.range(figures.daysPerWeek)), guide: 'what-to-expect', section: 'a-typical-week', inIop: true },
    { id: 'step-down', title: step['step-down'].title, detail: step['step-down'].detail(length), guide: 'how-iop-works', section: 'tapering-off', inIop: true },
    { id: 'aftercare', ...step.aftercare, guide: 'after-iop', section: 'peer-support-groups', inIop: false },
  ];
}

/** "/guides/getting-started/#how-to-find-a-program" (without the site's base path). */
export function stepPath(step: CareStep): string {
  return `/guides/${step.guide}/#${step.section}`;
}

// Geometry in SVG units, 340 wide like the other pictures: one numbered circle a row, joined by a line,
// with a bracket beside the steps that happen in the IOP.
const layout = { width: 340, top: 8, rowHeight: 62, radius: 16, circleX: 24, textX: 50, bracketX: 318 };

export interface PathPicture {
  width: number;
  height: number;
  circles: { x: number; y: number; r: number; number: string; title: string; detail: string; titleY: number; detailY: number }[];
  line: { x: number; y1: number; y2: number };
  bracket: { x: number; y1: number; y2: number; labelY: number } | null;
}

export function pathPicture(steps: readonly CareStep[] = careSteps()): PathPicture {
  const circles = steps.map((step, i) => {
    const y = layout.top + layout.radius + i * layout.rowHeight;
    return {
      x: layout.circleX,
      y,
      r: layout.radius,
      number: String(i + 1),
      title: step.title,
      detail: step.detail,
      titleY: y - 2,
      detailY: y + 17,
    };
  });
  const inside = steps.map((s, i) => (s.inIop ? i : -1)).filter((i) => i >= 0);
  const first = circles[inside[0] ?? -1];
  const last = circles[inside[inside.length - 1] ?? -1];
  const height = layout.top * 2 + layout.radius * 2 + (steps.length - 1) * layout.rowHeight + 8;
  return {
    width: layout.width,
    height,
    circles,
    line: { x: layout.circleX, y1: circles[0]?.y ?? 0, y2: circles[circles.length - 1]?.y ?? 0 },
    bracket:
      first && last
        ? { x: layout.bracketX, y1: first.y - layout.radius, y2: last.y + layout.radius, labelY: (first.y + last.y) / 2 }
        : null,
  };
}
