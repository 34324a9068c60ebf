// A reader sees the pictures: the levels of care on one line, a week in IOP and the path through care.
// Each has a caption and a text version (a table or list, not only a label), prints in black and white,
// and needs no JavaScript. The estimator keeps its results in view on a wide screen and offers a skip
// link on a phone; the comparison tool draws hours as small bars beside the words.
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { careLevelOrder, careLevels, typicalSchedule } from '../../src/data/care-levels.ts';
import { careLevelEs, careLevelWordsEs } from '../../src/data/es/care-levels.ts';
import { figuresEs } from '../../src/i18n/es/figures.ts';
import { careSteps, stepPath } from '../../src/lib/care-path.ts';
import { ageGroupLabel, defaultSchedule, estimate, fieldRules, hoursText as estimatorText } from '../../src/lib/hours.ts';
import { freeDaysText, sampleIopWeek, sessionText } from '../../src/lib/iop-week.ts';
import { ageGroups, hoursText, levelsChartText } from '../../src/lib/levels-chart.ts';

const pictures = [
  { id: 'levels-line', caption: levelsChartText.caption, pages: ['', 'guides/levels-of-care/', 'tools/compare-levels/'] },
  { id: 'iop-week', caption: 'A week in IOP: one example with two tracks', pages: ['guides/what-to-expect/', 'guides/how-iop-works/'] },
  { id: 'care-path', caption: 'The path through care, step by step', pages: ['guides/getting-started/', 'guides/after-iop/'] },
] as const;

function figure(page: Page, caption: string): Locator {
  return page.getByRole('figure', { name: caption });
}

/** Opens the text version (a <details>) if it is closed, and returns it. */
async function textVersion(fig: Locator): Promise<Locator> {
  const details = fig.locator('details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  return details;
}

test.describe('every picture has a caption, a drawing hidden from screen readers, and a text version', () => {
  for (const picture of pictures) {
    for (const path of picture.pages) {
      test(`${picture.id} on /${path}`, async ({ page }) => {
        await page.goto(path);
        const fig = figure(page, picture.caption);
        await expect(fig).toHaveCount(1);
        await expect(fig.locator('figcaption')).toContainText(picture.caption);
        const svg = fig.locator('svg');
        await expect(svg).toHaveAttribute('aria-hidden', 'true');
        await expect(svg).toBeVisible();
        // Drawn at build time: the figure holds no script and no island.
        await expect(fig.locator('script, astro-island')).toHaveCount(0);
        // Drawing, caption and text version together stay small.
        const gzipped = gzipSync(await fig.evaluate((el) => el.outerHTML), { level: 6 }).length;
        expect(gzipped, 'figure bytes, gzip').toBeLessThanOrEqual(6000);

        const text = await textVersion(fig);
        await expect(text).toBeVisible();
        if (picture.id === 'levels-line') {
          const rows = text.getByRole('table').getByRole('row');
          await expect(rows).toHaveCount(careLevelOrder.length + 1);
          for (const [i, id] of careLevelOrder.entries()) {
            const row = rows.nth(i + 1);
            await expect(row.getByRole('rowheader')).toHaveText(careLevels[id].name);
            await expect(row.getByRole('cell')).toHaveText([
              ...ageGroups.map((a) => hoursText(careLevels[id], a.id)),
              careLevels[id].whereYouLive,
              careLevels[id].typicalLength,
            ]);
          }
        } else if (picture.id === 'iop-week') {
          await expect(fig.locator('figcaption')).toContainText('An example, not a rule');
          for (const track of sampleIopWeek().tracks) {
            for (const session of track.sessions) await expect(text.getByText(sessionText(track, session))).toBeVisible();
          }
        } else {
          const links = text.getByRole('listitem').getByRole('link');
          await expect(links).toHaveText(careSteps().map((s) => s.title));
          for (const [i, step] of careSteps().entries()) {
            expect(await links.nth(i).getAttribute('href')).toMatch(new RegExp(`${stepPath(step).replace(/[/#]/g, '\\$&')}$`));
          }
        }
      });
    }
  }

  test('every step of the path links to a section that exists', async ({ page }) => {
    for (const step of careSteps()) {
      await page.goto(stepPath(step).slice(1));
      await expect(page.locator(`[id="${step.section}"]`), stepPath(step)).toHaveCount(1);
    }
  });
});

test.describe('printed, each picture is black and white and keeps its shapes', () => {
  for (const picture of pictures) {
    test(`${picture.id} on /${picture.pages[0]}`, async ({ page }) => {
      await page.goto(picture.pages[0]);
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const svg = figure(page, picture.caption).locator('svg');
      await expect(svg).toBeVisible();
      // Every painted colour of every shape and word is a grey (red = green = blue): no hue, so nothing
      // depends on colour on paper or in a black-and-white copy.
      const colours = await svg.evaluate((el) => {
        const found: string[] = [];
        for (const shape of el.querySelectorAll('rect, path, line, circle, text')) {
          const style = getComputedStyle(shape);
          for (const value of [style.fill, style.stroke]) if (value !== 'none') found.push(value);
        }
        return found;
      });
      expect(colours.length).toBeGreaterThan(10);
      const withHue = colours.filter((c) => {
        const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number);
        return !(r === g && g === b);
      });
      expect(withHue, 'colours with a hue in print').toEqual([]);
      // Solid shapes print black, so solid and outlined stay apart on paper.
      expect(await svg.locator('.fig-solid').first().evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(0, 0, 0)');
    });
  }

  test('on screen the same picture has colour, so the print check above is not trivially true', async ({ page }) => {
    await page.goto('');
    const fill = await figure(page, levelsChartText.caption).locator('svg .fig-solid').first().evaluate((el) => getComputedStyle(el).fill);
    expect(fill).not.toBe('rgb(0, 0, 0)');
  });
});

test.describe('pictures at 320 px', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  for (const picture of pictures) {
    test(`${picture.id} fits the screen and its words stay readable`, async ({ page }) => {
      await page.goto(picture.pages[0]);
      const svg = figure(page, picture.caption).locator('svg');
      const box = (await svg.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      // The smallest word in the drawing, at the size it is drawn on the screen, is at least 12 px.
      const smallest = await svg.evaluate((el) => {
        const scale = el.getBoundingClientRect().width / (el as SVGSVGElement).viewBox.baseVal.width;
        return Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      expect(smallest).toBeGreaterThanOrEqual(12);
    });
  }
});

/** Words of the drawing that reach outside it, measured as drawn: "text" → how far past an edge. */
async function wordsOutside(svg: Locator): Promise<string[]> {
  return svg.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const out: string[] = [];
    for (const t of el.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`"${t.textContent}" ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
    }
    return out;
  });
}

/** Rows of a picture's text overlapping the next word drawn on the same line (same baseline). */
async function wordsOverlapping(svg: Locator): Promise<string[]> {
  return svg.evaluate((el) => {
    const boxes = [...el.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
    const clashes: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const sameLine = Math.abs(a.r.bottom - b.r.bottom) < 2;
        if (sameLine && a.r.left < b.r.right - 0.5 && b.r.left < a.r.right - 0.5) clashes.push(`"${a.text}" × "${b.text}"`);
      }
    }
    return clashes;
  });
}

const picturesEs = [
  { id: 'levels-line', words: figuresEs.levelsLine.caption, page: 'es/guias/niveles-de-atencion/' },
  { id: 'iop-week', words: figuresEs.iopWeek.caption, page: 'es/guias/que-esperar-en-un-iop/' },
  { id: 'care-path', words: figuresEs.carePath.caption, page: 'es/guias/como-empezar/' },
] as const;

test.describe('in Spanish, every picture speaks Spanish', () => {
  const levelsEs = careLevelOrder.map((id) => careLevelEs(id));
  const weekEs = sampleIopWeek(undefined, figuresEs);
  const stepsEs = careSteps({ daysPerWeek: typicalSchedule.daysPerWeek, typicalLength: careLevelWordsEs.iop.typicalLength }, figuresEs);

  for (const picture of picturesEs) {
    test(`${picture.id} on /${picture.page}: Spanish caption, drawing and text version`, async ({ page }) => {
      await page.goto(picture.page);
      const fig = figure(page, picture.words);
      await expect(fig).toHaveCount(1);
      await expect(fig.locator('svg')).toHaveAttribute('aria-hidden', 'true');
      const text = await textVersion(fig);
      if (picture.id === 'levels-line') {
        await expect(fig.locator('summary')).toHaveText(figuresEs.levelsLine.textSummary);
        await expect(text.getByRole('region', { name: figuresEs.levelsLine.textSummary })).toBeVisible();
        await expect(text.getByRole('columnheader')).toHaveText([...figuresEs.levelsLine.columns]);
        const rows = text.getByRole('table').getByRole('row');
        for (const [i, level] of levelsEs.entries()) {
          const row = rows.nth(i + 1);
          await expect(row.getByRole('rowheader')).toHaveText(level.name);
          await expect(row.getByRole('cell')).toHaveText([
            hoursText(level, 'adult', figuresEs),
            hoursText(level, 'teen', figuresEs),
            level.whereYouLive,
            level.typicalLength,
          ]);
        }
        await expect(fig.locator('svg text', { hasText: figuresEs.levelsLine.axisTitle })).toHaveCount(1);
      } else if (picture.id === 'iop-week') {
        await expect(fig.locator('figcaption')).toContainText(figuresEs.iopWeek.note(weekEs.summary));
        await expect(fig.locator('summary')).toHaveText(figuresEs.iopWeek.textLabel);
        for (const track of weekEs.tracks) {
          await expect(text.getByText(`${track.name}`, { exact: true })).toBeVisible();
          for (const session of track.sessions) await expect(text.getByText(sessionText(track, session, figuresEs))).toBeVisible();
          await expect(text.getByText(freeDaysText(track, figuresEs))).toBeVisible();
        }
        await expect(fig.locator('svg text', { hasText: figuresEs.iopWeek.weekdays[0]!.short })).toHaveCount(1);
      } else {
        await expect(fig.locator('summary')).toHaveText(figuresEs.carePath.textLabel);
        const links = text.getByRole('listitem').getByRole('link');
        await expect(links).toHaveText(stepsEs.map((s) => s.title));
        // Each step opens the matching section of a Spanish guide.
        const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
        for (const href of hrefs) expect(href).toMatch(/\/es\/guias\/[^/]+\/#.+$/);
        for (const href of new Set(hrefs)) {
          await page.goto(href.replace(/^\//, ''));
          await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`), href).toHaveCount(1);
        }
      }
    });
  }
});

test.describe('every picture\'s words stay inside it and apart on a phone, in both languages', () => {
  const all = [
    ...pictures.map((p) => ({ id: p.id, words: p.caption as string, page: p.pages[0] as string })),
    ...picturesEs.map((p) => ({ id: p.id, words: p.words as string, page: p.page })),
  ];
  for (const width of [390, 320]) {
    for (const picture of all) {
      test(`${picture.id} on /${picture.page} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(picture.page);
        const fig = figure(page, picture.words);
        const svg = fig.locator('svg');
        const box = (await svg.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await wordsOutside(svg), 'words past the edge of the drawing').toEqual([]);
        expect(await wordsOverlapping(svg), 'words drawn over each other').toEqual([]);
        // The caption and the text version wrap inside the screen: nothing scrolls sideways.
        const overflow = await fig.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  }
});

async function openEstimator(page: Page): Promise<Locator> {
  await page.goto('tools/hours-estimator/');
  const tool = page.locator('.hours-estimator');
  await tool.scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor();
  await expect(tool.getByLabel(fieldRules.daysPerWeek.label)).toBeEditable();
  return tool;
}

test.describe('the estimator on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('keeps the results beside the fields and in view while the reader types in the last field', async ({ page }) => {
    const tool = await openEstimator(page);
    const travel = tool.getByLabel(fieldRules.travelMinutes.label);
    // Scroll so the last field sits at the bottom of the screen, where a reader would be typing.
    await travel.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await travel.fill('45');
    const results = tool.locator('.hours-results');
    for (const line of estimate({ ...defaultSchedule, travelMinutes: 45 }).lines) await expect(results).toContainText(line.value);
    await expect(results).toBeInViewport();
    await expect(tool.getByRole('heading', { name: estimatorText.weekHeading })).toBeInViewport();
    const fieldBox = (await travel.boundingBox())!;
    const resultsBox = (await results.boundingBox())!;
    expect(resultsBox.x, 'results to the right of the fields').toBeGreaterThan(fieldBox.x + fieldBox.width);
    await expect(tool.getByRole('link', { name: estimatorText.seeEstimate })).toBeHidden();
  });
});

test.describe('the estimator on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('puts the results after the fields, with a "See your estimate" link after the last field', async ({ page }) => {
    const tool = await openEstimator(page);
    const skip = tool.getByRole('link', { name: estimatorText.seeEstimate });
    await expect(skip).toBeVisible();
    const age = tool.getByRole('group', { name: ageGroupLabel });
    expect((await skip.boundingBox())!.y).toBeGreaterThan((await age.boundingBox())!.y);
    const heading = tool.getByRole('heading', { name: estimatorText.resultsHeading });
    await skip.scrollIntoViewIfNeeded();
    expect((await heading.boundingBox())!.y, 'results heading below the link before it is used').toBeGreaterThan((await skip.boundingBox())!.y);
    await skip.click();
    // The link jumps to the results: their heading is now at the top of the screen.
    await expect(page).toHaveURL(/-results$/);
    await expect(heading).toBeInViewport();
    await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(60);
    // One column: the results sit below the fields.
    const results = tool.locator('.hours-results');
    const travel = tool.getByLabel(fieldRules.travelMinutes.label);
    expect((await results.boundingBox())!.y).toBeGreaterThan((await travel.boundingBox())!.y);
  });
});

test.describe('the comparison tool shows hours as small bars beside the words', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('tools/compare-levels/?levels=outpatient,iop,residential');
      await page.locator('.compare-levels').scrollIntoViewIfNeeded();
      await page.locator('astro-island:not([ssr])').first().waitFor();
      const shown = page.locator(width > 640 ? '.compare-table' : '.compare-cards');
      await expect(shown).toBeVisible();
      // Two hours rows (adults, teens) for three levels: six bars, hidden from screen readers because
      // the words beside them say it all.
      const bars = shown.locator('svg.compare-bar');
      await expect(bars).toHaveCount(6);
      for (const bar of await bars.all()) {
        await expect(bar).toHaveAttribute('aria-hidden', 'true');
        await expect(bar).toBeVisible();
      }
      const drawn = await bars.evaluateAll((all) =>
        all.map((b) => ({ kind: b.getAttribute('data-kind'), width: b.querySelector('.compare-bar-fill')!.getBoundingClientRect().width })),
      );
      // Residential care is round the clock for adults and teens: its bars fill the track and are the
      // longest; the others are ranges of counted hours, shorter but never empty.
      expect(drawn.filter((d) => d.kind === 'round-the-clock')).toHaveLength(2);
      const longest = Math.max(...drawn.map((d) => d.width));
      for (const d of drawn) {
        expect(d.width).toBeGreaterThan(0);
        if (d.kind === 'round-the-clock') expect(d.width).toBe(longest);
        else expect(d.width).toBeLessThan(longest);
      }
      // The words sit with their bar.
      await expect(shown.locator('.compare-hours', { hasText: hoursText(careLevels.iop, 'adult') }).first()).toBeVisible();
    });
  }
});
