// `npm test`: every check, in the order a failure is cheapest to find. Stops at the first failure.
//   1. type check (astro check)   2. unit and component tests (Vitest)
//   3. production build with the search index   4. HTML validity of every built page (W3C Nu checker)
//   5. browser tests against that build (Playwright), the page-weight budgets included
//   6–7. the same build and browser tests with the site under a base path (/iop-guide/)
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './find-browser.mjs';

const steps = [
  { name: 'Type check', cmd: ['astro', 'check'] },
  { name: 'Unit and component tests', cmd: ['vitest', 'run'] },
  { name: 'Production build', cmd: ['astro', 'build'] },
  { name: 'HTML validity', cmd: ['node', 'scripts/validate-html.mjs'] },
  { name: 'Browser tests', cmd: ['playwright', 'test'], before: ensureBrowser },
  // The same site served from a sub-folder, as on a host that serves it under a path.
  { name: 'Base-path build', cmd: ['astro', 'build'], env: { BASE: '/iop-guide/' } },
  { name: 'Base-path browser tests', cmd: ['playwright', 'test'], env: { BASE: '/iop-guide/' }, before: ensureBrowser },
];

const only = process.env.TEST_STEPS?.split(',').map((s) => s.trim().toLowerCase());
const timings = [];
for (const step of steps) {
  if (only && !only.some((o) => step.name.toLowerCase().startsWith(o))) continue;
  if (step.before) await step.before();
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...step.env } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name}: ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log(`\n✓ All checks passed.\n  ${timings.join('\n  ')}`);
