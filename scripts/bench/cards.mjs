// `node scripts/bench/cards.mjs [N]`: what one social card costs to draw, step by step, so each change to
// the drawing can be judged on its own: fonts read and parsed per card (the old route), fonts parsed once,
// resvg without its system-font scan, our PNG writer instead of resvg's, and the same spread over a worker
// per core, and the quick path (template drawn once, pre-drawn glyphs composited per title, palette PNG),
// measured from a cold start: its one-time template and glyph drawing is counted in its per-card cost.
// Prints wall and CPU ms per card (CPU is the fairer figure on a busy machine) and the load.
// Needs Node 24 (it imports the TypeScript drawing code directly); run it with `npx node`.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { cardTree, socialCardPng, socialCardPngByLayout } from '../../src/lib/social-card.ts';

const root = resolve(import.meta.dirname, '../..');
const fontFile = (weight) => readFileSync(join(root, `node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));
const fonts = { regular: fontFile(400), bold: fontFile(700) };
// Titles vary in length (one to three lines, all three sizes), as a site's guides do.
const words = 'what to expect in the first week of a program for teens families paying insurance care levels sessions therapy groups'.split(' ');
const card = (i) => ({ title: `Synthetic guide ${i}: ${words.slice(i % 7, (i % 7) + 3 + (i % 9)).join(' ')}`, kicker: 'Guide', siteName: 'IOP Guide', tagline: 'Educational. Private. Sources shown.' });

if (!isMainThread) {
  // A worker: draws the cards it is sent and answers with the PNG size.
  parentPort.on('message', async (i) => parentPort.postMessage((await socialCardPngByLayout(card(i), fonts)).length));
} else {
  const count = Number(process.argv[2] ?? 60);
  const satoriFonts = (regular, bold) => [
    { name: 'Atkinson Hyperlegible', data: regular, weight: 400, style: 'normal' },
    { name: 'Atkinson Hyperlegible', data: bold, weight: 700, style: 'normal' },
  ];
  const once = satoriFonts(fonts.regular, fonts.bold);
  const variants = {
    'before: fonts read + parsed per card, resvg defaults': async (i) => {
      const svg = await satori(cardTree(card(i)), { width: 1200, height: 630, fonts: satoriFonts(fontFile(400), fontFile(700)) });
      return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng().length;
    },
    'fonts parsed once': async (i) => {
      const svg = await satori(cardTree(card(i)), { width: 1200, height: 630, fonts: once });
      return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng().length;
    },
    '+ no system-font scan in resvg': async (i) => {
      const svg = await satori(cardTree(card(i)), { width: 1200, height: 630, fonts: once });
      return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render().asPng().length;
    },
    '+ fast PNG writer (full layout per card)': async (i) => (await socialCardPngByLayout(card(i), fonts)).length,
  };
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const rows = [];
  for (const [name, draw] of Object.entries(variants)) {
    await draw(0); // warm up: first use compiles and loads
    const [wall0, cpu0] = [performance.now(), cpu()];
    let bytes = 0;
    for (let i = 1; i <= count; i++) bytes = await draw(i);
    rows.push({ name, wallMs: (performance.now() - wall0) / count, cpuMs: (cpu() - cpu0) / count, bytes });
  }
  // The quick path from cold: fresh fonts, so the template and every glyph are drawn inside the timing.
  {
    const cold = { regular: fontFile(400), bold: fontFile(700) };
    const [wall0, cpu0] = [performance.now(), cpu()];
    let bytes = 0;
    for (let i = 1; i <= count; i++) bytes = (await socialCardPng(card(i), cold)).length;
    rows.push({ name: 'quick path: template + glyphs, palette PNG (cold)', wallMs: (performance.now() - wall0) / count, cpuMs: (cpu() - cpu0) / count, bytes });
    const [wall1, cpu1] = [performance.now(), cpu()];
    for (let i = count + 1; i <= 2 * count; i++) bytes = (await socialCardPng(card(i), cold)).length;
    rows.push({ name: 'quick path, glyphs already drawn', wallMs: (performance.now() - wall1) / count, cpuMs: (cpu() - cpu1) / count, bytes });
  }
  // A worker per core (full layout), each with its own fonts; CPU here includes every worker thread.
  const cores = availableParallelism();
  const workers = Array.from({ length: cores }, () => new Worker(new URL(import.meta.url), { workerData: {} }));
  const ask = (w, i) => new Promise((done) => { w.once('message', done); w.postMessage(i); });
  await Promise.all(workers.map((w, k) => ask(w, -1 - k)));
  const [wall0, cpu0] = [performance.now(), cpu()];
  let next = 1;
  let bytes = 0;
  await Promise.all(workers.map(async (w) => { while (next <= count) bytes = await ask(w, next++); }));
  rows.push({ name: `full layout, a worker per core (${cores})`, wallMs: (performance.now() - wall0) / count, cpuMs: (cpu() - cpu0) / count, bytes });
  await Promise.all(workers.map((w) => w.terminate()));

  console.log(`Social card cost, ${count} cards each; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} on ${cores} cores`);
  for (const r of rows) console.log(`${r.name.padEnd(56)} wall ${r.wallMs.toFixed(1).padStart(6)} ms/card  CPU ${r.cpuMs.toFixed(1).padStart(6)} ms/card  PNG ${(r.bytes / 1000).toFixed(1)} kB`);
  void workerData;
}
