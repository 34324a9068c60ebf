// The pictures rendered as the build renders them (Astro's container API): each draws from the data
// module, keeps its drawing out of the accessibility tree, and carries a text version.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { gzipSync } from 'node:zlib';
import { careLevelOrder, careLevels } from '../../src/data/care-levels.ts';
import { careSteps } from '../../src/lib/care-path.ts';
import { sampleIopWeek, sessionText } from '../../src/lib/iop-week.ts';
import { levelsChart } from '../../src/lib/levels-chart.ts';
import CarePath from '../../src/components/figures/CarePath.astro';
import IopWeek from '../../src/components/figures/IopWeek.astro';
import LevelsLine from '../../src/components/figures/LevelsLine.astro';

const container = await AstroContainer.create();
const render = (component: Parameters<typeof container.renderToString>[0]) => container.renderToString(component);
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the pictures, rendered', () => {
  it('levels of care: one row per level, two bars each, a table with every level', async () => {
    const html = await render(LevelsLine);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html).toContain('<figcaption');
    // Adults solid, teens outlined, for every level, at the x the geometry module gives.
    for (const row of levelsChart().rows) {
      for (const bar of row.bars) {
        expect(html).toContain(`class="${bar.age === 'adult' ? 'fig-solid' : 'fig-outline'}" data-bar="${row.id} ${bar.age}" x="${bar.x}"`);
      }
    }
    expect(count(html, /data-bar=/g)).toBe(careLevelOrder.length * 2);
    for (const row of levelsChart().rows) expect(html).toContain(`>${row.sleeps}<`);
    for (const id of careLevelOrder) expect(html).toContain(`<th scope="row">${careLevels[id].name}</th>`);
    expect(gzipSync(html).length).toBeLessThanOrEqual(6000);
  });

  it('a week in IOP: one solid box a session and a list item a session', async () => {
    const html = await render(IopWeek);
    const week = sampleIopWeek();
    const sessions = week.tracks.reduce((n, t) => n + t.sessions.length, 0);
    expect(count(html, /class="fig-solid"/g)).toBe(sessions);
    for (const track of week.tracks) for (const s of track.sessions) expect(html).toContain(sessionText(track, s));
    expect(html).toContain('An example, not a rule');
    expect(gzipSync(html).length).toBeLessThanOrEqual(6000);
  });

  it('the path through care: a numbered circle and a link a step, text version open', async () => {
    const html = await render(CarePath);
    expect(count(html, /<circle /g)).toBe(careSteps().length);
    for (const step of careSteps()) expect(html).toMatch(new RegExp(`href="[^"]*/guides/${step.guide}/#${step.section}"`));
    expect(html).toMatch(/<details class="figure-text" open/);
    expect(gzipSync(html).length).toBeLessThanOrEqual(6000);
  });
});
