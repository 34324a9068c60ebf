// Turns benchmark results into the printed table, with units on every figure and each target marked.
const kB = (bytes) => (bytes / 1000).toFixed(1);
const MB = (bytes) => (bytes / 1e6).toFixed(1);
const ms = (n) => (n == null ? '–' : String(Math.round(n)));
const mark = (ok) => (ok ? '✓' : '✗');

/** Columns padded to their widest cell; text left-aligned, figures right-aligned. */
function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((c) => String(c ?? '–')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => /^[-–\d.,/ ×%✓✗]+$/.test(String(row[i] ?? '–'))));
  const line = (row) =>
    row.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function machineLines(results) {
  const m = results.machine;
  return [
    `IOP Guide benchmark, ${results.finishedAt.replace('T', ' ').slice(0, 16)} UTC (${Math.round(results.durationMs / 1000)} s${results.complete ? '' : ', stopped before the end: the figures below are what it had measured'})`,
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB memory, ${m.os}`,
    `Versions: Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}, Lighthouse ${m.lighthouse}${m.chromium ? `, Chromium ${m.chromium}` : ''}`,
    `Load average (1 min) at start ${m.loadAverageAtStart[0]}, at end ${m.loadAverageAtEnd[0]}: timings on a shared machine vary with it.`,
    ...(m.quiet
      ? [
          m.quiet.noisy
            ? `NOISY RUN: the load average stayed above ${m.quiet.cores} cores (${m.quiet.loadAtFirstCheck} at first, ${m.quiet.loadWhenStarted} after waiting ${Math.round(m.quiet.waitedMs / 1000)} s); wall times are inflated, CPU times less so.`
            : `Quiet enough: load ${m.quiet.loadWhenStarted} ≤ ${m.quiet.cores} cores when it started (waited ${Math.round(m.quiet.waitedMs / 1000)} s).`,
        ]
      : []),
    ...(results.cpuMs != null ? [`CPU time of the whole run (this process and every build it ran): ${(results.cpuMs / 1000).toFixed(1)} s.`] : []),
  ];
}

function scalingLines(results) {
  const rows = results.scaling;
  if (!rows) return [];
  const lines = [
    '',
    'Build scaling: cold `astro build` (site config, empty cache) + Pagefind index; synthetic guides of ~1,500 words',
    'plus the 12 real guides, FAQ and glossary. ms/page = wall time ÷ pages built; marginal = extra wall time ÷ extra',
    'pages; CPU = user + system time of all build processes (less sensitive to other load on the machine).',
    table(
      ['guides (synthetic)', 'pages', 'wall s', 'ms/page', 'marginal ms/page', 'CPU s', 'CPU ms/page', 'Pagefind ms', 'peak RSS MB', 'dist MB', 'Pagefind index MB', 'largest page (kB gz)'],
      rows.map((r) => [
        r.label,
        r.pages,
        (r.wallMs / 1000).toFixed(1),
        r.msPerPage.toFixed(1),
        r.marginalMsPerPage == null ? '–' : r.marginalMsPerPage.toFixed(1),
        r.cpuMs == null ? '–' : (r.cpuMs / 1000).toFixed(1),
        r.cpuMs == null ? '–' : (r.cpuMs / r.pages).toFixed(1),
        ms(r.pagefindMs),
        MB(r.peakRssBytes),
        MB(r.distBytes),
        MB(r.pagefindBytes),
        `${r.largestPage.url} ${kB(r.largestPage.gzipBytes)}`,
      ]),
    ),
    `Peak RSS: ${rows[0]?.peakRssMethod ?? ''}.`,
  ];
  const t = results.targets;
  if (t.buildMsPerPage) lines.push(`Target ≤ ${t.buildMsPerPage.limit} ms/page at 1,000 guides: ${mark(t.buildMsPerPage.ok)} ${t.buildMsPerPage.value.toFixed(1)} ms/page.`);
  if (t.coldVsPeer) lines.push(`Target cold build ≤ ${t.coldVsPeer.limit} × Starlight at ${t.coldVsPeer.guides} guides: ${mark(t.coldVsPeer.ok)} ×${t.coldVsPeer.value?.toFixed(2)} wall (×${t.coldVsPeer.cpu?.toFixed(2) ?? '–'} CPU).`);
  if (t.rebuildVsPeer) lines.push(`Target rebuild ≤ ${t.rebuildVsPeer.limit} × Starlight at ${t.rebuildVsPeer.guides} guides: ${mark(t.rebuildVsPeer.ok)} ×${t.rebuildVsPeer.value?.toFixed(2)} wall (×${t.rebuildVsPeer.cpu?.toFixed(2) ?? '–'} CPU).`);
  if (t.peakMemory) lines.push(`Target peak memory ≤ ${MB(t.peakMemory.limit)} MB at ${t.peakMemory.guides} guides: ${mark(t.peakMemory.ok)} ${MB(t.peakMemory.value)} MB.`);
  if (t.guidesIndexGzip) lines.push(`Target /guides/ ≤ ${kB(t.guidesIndexGzip.limit)} kB gzip HTML at ${t.guidesIndexGzip.guides} guides: ${mark(t.guidesIndexGzip.ok)} ${kB(t.guidesIndexGzip.value)} kB.`);
  if (t.linearGrowth) lines.push(`Target growth no worse than linear (ms/page at ${t.linearGrowth.to} ≤ 1.25 × at ${t.linearGrowth.from}): ${mark(t.linearGrowth.ok)} ×${t.linearGrowth.ratio.toFixed(2)} wall${t.linearGrowth.cpuRatio != null ? `, ×${t.linearGrowth.cpuRatio.toFixed(2)} CPU` : ''}.`);
  lines.push(...phaseLines(rows), ...peerLines(results));
  return lines;
}

const s1 = (ms) => (ms == null ? '–' : (ms / 1000).toFixed(1));

/** Where each build's time went (from Astro's log), cold and rebuild. */
function phaseLines(rows) {
  const builds = rows.flatMap((r) => [
    [`${r.label} cold`, r],
    ...(r.rebuild ? [[`${r.label} rebuild`, r.rebuild]] : []),
  ]).filter(([, b]) => b.phases);
  if (builds.length === 0) return [];
  return [
    '',
    'Where the time goes (seconds, from Astro’s log; rendering split by route from its per-page times):',
    table(
      ['build', 'wall', 'startup + content', 'server bundle (MDX)', 'client bundle', 'render all', 'guide pages', 'social cards', 'other pages', 'sitemap', 'Pagefind'],
      builds.map(([label, b]) => [
        label,
        s1(b.wallMs),
        s1(b.phases.startupMs),
        s1(b.phases.serverBundleMs),
        s1(b.phases.clientBundleMs),
        s1(b.phases.renderMs),
        `${s1(b.phases.guidesMs)} (${b.phases.guides})`,
        `${s1(b.phases.cardsMs)} (${b.phases.cards})`,
        `${s1(b.phases.otherMs)} (${b.phases.other})`,
        s1(b.phases.sitemapMs),
        s1(b.pagefindMs),
      ]),
    ),
  ];
}

/** Our builds next to the peer's (same guides, same run): wall and CPU time, ms/page, memory. */
function peerLines(results) {
  const rows = (results.scaling ?? []).filter((r) => r.peer);
  if (rows.length === 0) return [];
  const name = results.peer?.name ?? 'peer';
  const pair = (label, ours, theirs) => [
    label,
    ours.pages,
    s1(ours.wallMs),
    s1(theirs?.wallMs),
    theirs ? (ours.wallMs / theirs.wallMs).toFixed(2) : '–',
    s1(ours.cpuMs),
    s1(theirs?.cpuMs),
    theirs && ours.cpuMs && theirs.cpuMs ? (ours.cpuMs / theirs.cpuMs).toFixed(2) : '–',
    (ours.wallMs / ours.pages).toFixed(1),
    theirs ? (theirs.wallMs / theirs.pages).toFixed(1) : '–',
    MB(ours.peakRssBytes),
    theirs ? MB(theirs.peakRssBytes) : '–',
  ];
  const lines = [
    '',
    `Side by side with ${name} ${results.peer?.version ?? ''} (Astro ${results.peer?.astro ?? ''}), same synthetic guides, same run. Ours draws a social card per`,
    `page and ${name} does not. Rebuild = the same command again after one guide’s title and text change, caches kept.`,
    table(
      ['guides', 'our pages', 'ours wall s', `${name} wall s`, 'wall ×', 'ours CPU s', `${name} CPU s`, 'CPU ×', 'ours ms/page', `${name} ms/page`, 'ours peak MB', `${name} peak MB`],
      rows.flatMap((r) => [pair(`${r.label} cold`, r, r.peer.cold), ...(r.rebuild ? [pair(`${r.label} rebuild`, r.rebuild, r.peer.rebuild)] : [])]),
    ),
  ];
  return lines;
}

function weightLines(results) {
  const w = results.weight;
  if (!w) return [];
  const heaviest = [...w.pages].sort((a, b) => b.transferredBytes - a.transferredBytes).slice(0, 3);
  return [
    '',
    'Page weight of the real site: kB = 1,000 bytes, read from the built files (gzip level 6). First visit in Chromium,',
    'empty cache, until the network is quiet, no scrolling: requests from its network log, transferred = bytes the',
    'server wrote (headers + body; it gzips text as static hosts do).',
    table(
      ['page', 'tool', 'HTML kB raw', 'HTML kB gz', 'CSS kB raw', 'CSS kB gz', 'JS kB raw', 'JS kB gz', 'framework JS kB gz', 'requests', 'transferred kB'],
      w.pages.map((p) => [
        p.url,
        p.toolPage ? 'yes' : '',
        kB(p.html.raw),
        kB(p.html.gzip),
        kB(p.css.raw),
        kB(p.css.gzip),
        kB(p.js.raw),
        kB(p.js.gzip),
        kB(p.frameworkJsGzip),
        p.requests,
        kB(p.transferredBytes),
      ]),
    ),
    `Whole-site CSS: ${kB(w.siteCss.raw)} kB raw, ${kB(w.siteCss.gzip)} kB gzip. Heaviest first visits: ${heaviest.map((p) => `${p.url} ${kB(p.transferredBytes)} kB`).join(', ')}.`,
  ];
}

function searchLines(results) {
  const s = results.search;
  if (!s) return [];
  const measured = s.filter((r) => !r.skipped);
  const lines = [
    '',
    'Search cost: from typing a query to results on screen (time includes the page’s own typing pause, 250 ms on',
    '/search/). Requests from Chromium’s network log, kB = bytes the server wrote; "later" adds what loads after.',
    table(
      ['page', 'query', 'ms until results', 'kB until results', 'requests', 'Pagefind requests', 'kB incl. later'],
      measured.map((r) => [r.path, `${r.order}: ${r.query}`, ms(r.msUntilResults), kB(r.bytesUntilResults), r.requests, r.pagefindRequests, kB(r.bytesIncludingLater)]),
    ),
  ];
  for (const r of s.filter((r) => r.skipped)) lines.push(`${r.path}: not measured, ${r.skipped}.`);
  const t = results.targets.firstSearchBytes;
  if (t) lines.push(`Target first search ≤ ${kB(t.limit)} kB: ${t.checks.map((c) => `${mark(c.ok)} ${c.path} ${kB(c.value)} kB`).join(', ')}.`);
  return lines;
}

function lighthouseLines(results) {
  const l = results.lighthouse;
  if (!l) return [];
  const lines = [
    '',
    `Lighthouse ${results.machine.lighthouse}, mobile (simulated slow 4G, 4× CPU slowdown), median of ${results.options.lighthouseRuns} run(s); scores 0–100.`,
    table(
      ['template', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
      l.map((r) => [
        r.template,
        r.path,
        r.scores.performance,
        r.scores.accessibility,
        r.scores['best-practices'],
        r.scores.seo,
        ms(r.lcpMs),
        ms(r.tbtMs),
        r.cls == null ? '–' : r.cls.toFixed(3),
      ]),
    ),
  ];
  for (const r of l.filter((r) => r.errors.length > 0)) lines.push(`${r.path}: ${r.errors.length} run(s) failed: ${r.errors[0]}`);
  const below = l.flatMap((r) =>
    Object.entries(r.scores)
      .filter(([, score]) => score !== 100)
      .map(([category, score]) => `${r.path} ${category} ${score ?? '–'} (${r.failingAudits[category]?.join(', ') || 'no single audit'})`),
  );
  lines.push(`Target 100 in all four categories on every template: ${mark(below.length === 0)}${below.length ? `; below 100: ${below.join('; ')}` : ''}.`);
  return lines;
}

export function formatReport(results) {
  return [...machineLines(results), ...scalingLines(results), ...weightLines(results), ...searchLines(results), ...lighthouseLines(results)].join('\n');
}

// `node scripts/bench/report.mjs [bench/results.json]` prints the table of a saved run again.
if (process.argv[1] && import.meta.filename === (await import('node:path')).resolve(process.argv[1])) {
  const { readFileSync } = await import('node:fs');
  console.log(formatReport(JSON.parse(readFileSync(process.argv[2] ?? 'bench/results.json', 'utf8'))));
}
