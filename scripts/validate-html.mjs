// Validates every built page (dist/**/*.html) with the W3C Nu HTML checker from the vnu-jar package, in
// one Java run, and prints each error with its file, line and message. Exits 1 on any error.
// Usage: node scripts/validate-html.mjs [dist-folder]
import { spawnSync, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from '../tests/e2e/support/page-weight.ts';

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/** Makes sure `java` runs: installs Debian's default-jre-headless as root, else says what to do. */
export function ensureJava() {
  if (hasJava()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0) {
    console.log("No Java found: installing Debian's default-jre-headless (apt-get) for the HTML checker…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (hasJava()) return;
  }
  console.error('The HTML check needs Java: install it (e.g. `sudo apt-get install default-jre-headless`), then run `npm test` again.');
  process.exit(1);
}

/** Runs the checker on the files and returns its error messages. */
export function validate(files) {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  // The checker writes its JSON report to stderr and exits 1 when it finds errors.
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stderr);
  } catch {
    throw new Error(`The HTML checker did not report (exit ${run.status ?? run.signal}):\n${run.stderr}${run.error ?? ''}`);
  }
  return {
    version: report.version,
    errors: report.messages.filter((m) => (m.type === 'error' || m.subType === 'fatal') && !newerCss.some((re) => re.test(m.message ?? ''))),
  };
}

/**
 * CSS the checker's property list does not know yet (the site's CSS is inlined into each page, so the
 * checker reads it). Each is a W3C specification that current browsers ship:
 * - `field-sizing` (CSS Basic User Interface 4; Chromium 123+) sizes the note boxes;
 * - `vector-effect` (SVG 2) keeps the pictures' outlines one pixel wide at any size;
 * - `container-type` and `@container` (CSS Containment 3; all current browsers) let the estimator sit
 *   beside its results only when its own column is wide enough, in a guide or on its page.
 */
const newerCss = [
  /^CSS: “field-sizing”: Property “field-sizing” doesn't exist\.$/,
  /^CSS: “vector-effect”: Property “vector-effect” doesn't exist\.$/,
  /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
  /^CSS: Unrecognized at-rule “@container”$/,
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = resolve(process.argv[2] ?? 'dist');
  const files = htmlFilesIn(distDir).map((file) => resolve(distDir, file));
  ensureJava();
  const { version, errors } = validate(files);
  for (const e of errors) {
    const file = relative(process.cwd(), fileURLToPath(e.url));
    console.error(`${file}:${e.lastLine ?? '?'}:${e.firstColumn ?? e.lastColumn ?? '?'}  ${e.message}`);
    if (e.extract) console.error(`    ${e.extract.replace(/\s+/g, ' ').trim()}`);
  }
  if (errors.length > 0) {
    const pages = new Set(errors.map((e) => e.url)).size;
    console.error(`\n✗ ${errors.length} HTML error(s) on ${pages} of ${files.length} pages (W3C Nu checker ${version}).`);
    process.exit(1);
  }
  console.log(`✓ ${files.length} pages are valid HTML (W3C Nu checker ${version}).`);
}
