// The machine and versions a benchmark ran on, so its figures can be compared fairly.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
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
