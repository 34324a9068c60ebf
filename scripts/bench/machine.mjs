// The machine and versions a benchmark ran on, so its figures can be compared fairly.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';

// Read from node_modules directly: some packages (pagefind) do not export their package.json.
const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
};

export function describeMachine({ chromium }) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    astro: versionOf('astro'),
    pagefind: versionOf('pagefind'),
    lighthouse: versionOf('lighthouse'),
    chromium,
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

/**
 * Waits, up to `maxSeconds`, until the 1-minute load average is at or below the number of cores, so
 * timings are not taken while other work fills the machine. Returns what happened, for the results: a
 * run that never got a quiet moment is marked noisy and its wall times should be read with that in mind.
 */
export async function waitForQuiet({ maxSeconds, pollSeconds = 10, log = () => {} }) {
  const cores = cpus().length;
  const started = performance.now();
  const first = loadavg()[0];
  let load = first;
  if (load > cores && maxSeconds > 0) log(`Load average ${load.toFixed(2)} is above ${cores} cores: waiting up to ${maxSeconds} s for a quieter moment…`);
  while (load > cores && performance.now() - started < maxSeconds * 1000) {
    await sleep(pollSeconds * 1000);
    load = loadavg()[0];
  }
  const round = (n) => Math.round(n * 100) / 100;
  return { cores, loadAtFirstCheck: round(first), loadWhenStarted: round(load), waitedMs: Math.round(performance.now() - started), noisy: load > cores };
}
