// Runs one `astro build` with the site's config and measures it: wall time, pages, Pagefind indexing
// time (from the build log), peak memory and the size of what it wrote.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const projectRoot = resolve(import.meta.dirname, '../..');
// Astro reads --config relative to the project root.
const benchConfig = relative(projectRoot, resolve(import.meta.dirname, 'astro.config.mjs'));
const gnuTime = '/usr/bin/time';

/** Bytes and file count of everything under a folder, and its largest HTML file. */
export function folderSize(dir, root = dir) {
  let bytes = 0;
  let files = 0;
  let htmlFiles = 0;
  let largestHtml = { file: '', bytes: 0 };
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stats = statSync(full);
    if (stats.isDirectory()) {
      const inner = folderSize(full, root);
      bytes += inner.bytes;
      files += inner.files;
      htmlFiles += inner.htmlFiles;
      if (inner.largestHtml.bytes > largestHtml.bytes) largestHtml = inner.largestHtml;
    } else {
      bytes += stats.size;
      files += 1;
      if (!name.endsWith('.html')) continue;
      htmlFiles += 1;
      if (stats.size > largestHtml.bytes) largestHtml = { file: relative(root, full), bytes: stats.size };
    }
  }
  return { bytes, files, htmlFiles, largestHtml };
}

/** Resident memory of a process and all its children, from /proc (Linux), in bytes. */
function treeRss(pid) {
  let total = 0;
  const walk = (id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(' ') : []) walk(child);
      }
    } catch {
      // The process ended between two reads.
    }
  };
  walk(pid);
  return total;
}

/** Parses the figures the build prints: pages built and Pagefind's indexing line. */
export function parseBuildLog(coloured) {
  const log = coloured.replace(/\x1b\[[\d;]*m/g, '');
  const indexed = log.match(/Indexed (\d+) pages for search in (\d+) ms/);
  // Starlight (the peer run) prints "Found 34 HTML files." and "Finished building search index in 6.40s."
  const peerFound = log.match(/Found (\d+) HTML files/);
  const peerIndexed = log.match(/Finished building search index in ([\d.]+)(ms|s)/);
  // Astro prints "22 page(s) built in 812ms", "… in 6.52s" or "… in 1m 24s".
  const built = log.match(/(\d+) page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)/);
  return {
    pages: built ? Number(built[1]) : undefined,
    astroReportedMs: built ? Number(built[2] ?? 0) * 60_000 + Number(built[3]) * (built[4] === 's' ? 1000 : 1) : undefined,
    pagefindPages: indexed ? Number(indexed[1]) : peerFound ? Number(peerFound[1]) : undefined,
    pagefindMs: indexed ? Number(indexed[2]) : peerIndexed ? Math.round(Number(peerIndexed[1]) * (peerIndexed[2] === 's' ? 1000 : 1)) : undefined,
  };
}

/** CPU time (user + system) of this process's finished children, in ms (Linux: from /proc). */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After the state field, cutime and cstime are fields 14 and 15 of the full line (13 and 14 here, 0-based).
    return Math.round(((Number(fields[13]) + Number(fields[14])) * 1000) / 100);
  } catch {
    return null;
  }
}

/**
 * Where a build's time went, from Astro's log: startup (config, content sync), the server bundle (MDX
 * compiled to components), the client bundle, rendering (split by route: guides, social cards, other
 * pages; from the per-page "+N ms" lines) and the integrations after it (sitemap, Pagefind).
 */
export function parseBuildPhases(coloured) {
  const log = coloured.replace(/\x1b\[[\d;]*m/g, '');
  const duration = (text) => {
    const m = text?.match(/(?:(\d+)m )?([\d.]+)(ms|s)/);
    return m ? Number(m[1] ?? 0) * 60_000 + Number(m[2]) * (m[3] === 's' ? 1000 : 1) : null;
  };
  const vite = [...log.matchAll(/\[vite\] ✓ built in (\S+(?: \S+s)?)/g)].map((m) => duration(m[1]));
  const completed = [...log.matchAll(/✓ Completed in ([^.\n]*\.?\d*m?s)/g)].map((m) => duration(m[1]));
  const render = { guidesMs: 0, guides: 0, cardsMs: 0, cards: 0, otherMs: 0, other: 0 };
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+([^)]+)\)/g)) {
    const ms = duration(m[2]) ?? 0;
    const kind = /^\/og\//.test(m[1]) ? 'cards' : /^\/guides\/[^/]+\/index\.html$/.test(m[1]) ? 'guides' : 'other';
    render[`${kind}Ms`] += ms;
    render[kind] += 1;
  }
  const stamp = (pattern) => {
    const m = [...log.matchAll(new RegExp(`^(\\d\\d):(\\d\\d):(\\d\\d) .*${pattern}`, 'gm'))].at(-1);
    return m ? (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) * 1000 : null;
  };
  // Second-resolution timestamps: the sitemap's share is only known to about a second.
  const renderDone = stamp('\\[build\\] ✓ Completed');
  const sitemapDone = stamp('@astrojs/sitemap');
  return {
    // Astro prints "Completed in" for its setup, for rendering, then for the whole static build.
    startupMs: completed.length >= 3 ? completed[0] : null,
    serverBundleMs: vite[0] ?? null,
    clientBundleMs: vite[1] ?? null,
    renderMs: completed.length >= 3 ? completed[1] : null,
    ...render,
    sitemapMs: renderDone != null && sitemapDone != null ? sitemapDone - renderDone : null,
  };
}

/**
 * Builds the site into `outDir` (cleared first), reading content from `contentDir` when given.
 * Peak RSS and CPU time come from GNU time (RSS of the largest single process: Node or Pagefind's
 * indexer) when /usr/bin/time exists; else RSS comes from sampling the process tree in /proc every
 * 100 ms and CPU time is not measured.
 * @param {{ outDir: string, cacheDir: string, cardCacheDir?: string, contentDir?: string, logFile: string, warm?: boolean, peer?: { root: string, astroBin: string } }} options
 */
export async function buildSite({ outDir, cacheDir, cardCacheDir = join(cacheDir, 'og'), contentDir, logFile, warm = false, peer }) {
  // A cold build starts from nothing; a warm one (a rebuild after an edit) keeps the caches it made.
  if (!warm) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(cardCacheDir, { recursive: true, force: true });
  }
  const cwd = peer?.root ?? projectRoot;
  const astroArgs = peer ? [peer.astroBin, 'build', '--outDir', outDir] : [astroBin, 'build', '--config', benchConfig, '--outDir', outDir];
  const timeFile = `${logFile}.time`;
  const useGnuTime = existsSync(gnuTime);
  const [cmd, args] = useGnuTime ? [gnuTime, ['-v', '-o', timeFile, process.execPath, ...astroArgs]] : [process.execPath, astroArgs];
  const env = {
    ...process.env,
    BENCH_CACHE_DIR: cacheDir,
    IOP_CARD_CACHE_DIR: cardCacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...(contentDir ? { IOP_CONTENT_DIR: contentDir } : {}),
  };
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let sampledPeak = 0;
  const sampler = useGnuTime ? undefined : setInterval(() => (sampledPeak = Math.max(sampledPeak, treeRss(child.pid))), 100);
  const code = await new Promise((done) => child.on('close', done));
  const wallMs = performance.now() - started;
  if (sampler) clearInterval(sampler);
  writeFileSync(logFile, log);
  if (code !== 0) throw new Error(`astro build failed (exit ${code}); log in ${logFile}:\n${log.slice(-3000)}`);
  const timeReport = useGnuTime ? readFileSync(timeFile, 'utf8') : '';
  const seconds = (label) => Number(timeReport.match(new RegExp(`${label} \\(seconds\\): ([\\d.]+)`))?.[1] ?? NaN);
  const peakRssBytes = useGnuTime ? Number(timeReport.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0) * 1024 : sampledPeak;
  // CPU time (user + system, all processes) barely changes when other work shares the machine; wall time does.
  const cpuMs = useGnuTime ? Math.round((seconds('User time') + seconds('System time')) * 1000) : childrenCpuMs() - cpuBefore;
  const size = folderSize(outDir);
  const pagefind = existsSync(join(outDir, 'pagefind')) ? folderSize(join(outDir, 'pagefind')) : { bytes: 0, files: 0 };
  const figures = parseBuildLog(log);
  const guidesIndex = join(outDir, 'guides/index.html');
  return {
    ...figures,
    pages: figures.pages ?? size.htmlFiles,
    wallMs: Math.round(wallMs),
    cpuMs,
    peakRssBytes,
    peakRssMethod: useGnuTime ? 'GNU time, largest process' : '/proc samples, whole process tree',
    distBytes: size.bytes,
    distFiles: size.files,
    // Pages that list every guide grow with the library; the largest shows whether one outgrows its budget.
    largestPage: {
      url: `/${size.largestHtml.file.replace(/(^|\/)index\.html$/, '$1')}`,
      bytes: size.largestHtml.bytes,
      gzipBytes: gzipSync(readFileSync(join(outDir, size.largestHtml.file)), { level: 6 }).length,
    },
    pagefindBytes: pagefind.bytes,
    // The guide list is the page that grows with the library; it must stay within the HTML budget.
    guidesIndexGzipBytes: existsSync(guidesIndex) ? gzipSync(readFileSync(guidesIndex), { level: 6 }).length : null,
    loadAverageAfter: loadavg()[0],
    phases: parseBuildPhases(log),
  };
}
