// Finds a Chromium for the browser tests: Playwright's own if installed, else the system's
// /usr/bin/chromium, else installs Debian's package when running as root, else explains what to do.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of a usable Chromium, or undefined. Never installs anything. */
export async function locateBrowser() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's own browser is not installed; fall through to the system one.
  }
  return systemChromium.find((path) => existsSync(path));
}

/** Like locateBrowser, but installs Debian's chromium as root when nothing is found. */
export async function ensureBrowser() {
  const found = await locateBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = await locateBrowser();
    if (installed) return installed;
  }
  console.error('No Chromium found. Install one (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH, then run `npm test` again.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await ensureBrowser());
}
