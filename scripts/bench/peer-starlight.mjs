// The side-by-side peer run (`--peer=starlight`): a minimal Starlight site in bench/tmp/peer-starlight/
// that builds the same synthetic guides, so our ms/page sits next to Starlight's from the same run on the
// same machine. Starlight is installed there on first use (npm, the registry's ordinary client) and
// reused afterwards; nothing is written outside bench/tmp/ except npm's own download cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Starlight 0.42 is the line whose peer dependency is Astro 7 (`astro: ^7.2.10`). */
export const starlightVersion = '0.42.4';

// Stand-ins for the components our guides use without importing them. Each renders about what ours
// puts in the page text (a fact's words, a term, a box), so Starlight compiles and renders the same MDX.
const stubs = {
  Fact: '<span>9 to 19 hours a week</span>',
  Term: '<a href="/glossary/"><slot /></a>',
  HelpLine: '<strong>988</strong>',
  HelpNowBox: '<aside><p>If you are in danger now, call or text 988.</p></aside>',
  LevelsTable: '<table><tr><th>Level</th><th>Hours</th></tr><tr><td>IOP</td><td>9–19</td></tr></table>',
  HoursEstimator: '<div><p>Hours estimator</p></div>',
  CompareLevels: '<div><p>Compare levels</p></div>',
  FaqSearch: '<div><p>Questions on this topic</p></div>',
  LevelsLine: '<figure><svg viewBox="0 0 340 300"></svg><figcaption>The levels of care on one line</figcaption></figure>',
  IopWeek: '<figure><svg viewBox="0 0 340 200"></svg><figcaption>A week in IOP</figcaption></figure>',
  CarePath: '<figure><svg viewBox="0 0 340 380"></svg><figcaption>The path through care</figcaption></figure>',
};

/** The components a guide can use unimported (a test keeps this in step with guideComponents.ts). */
export const peerStubNames = Object.keys(stubs);

/** Installs Starlight and the project's Astro version into `root` (skipped when already there). */
export function installStarlight({ root, astroVersion, log = () => {} }) {
  const installed = join(root, 'node_modules/@astrojs/starlight/package.json');
  const ready = () => existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === starlightVersion;
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'bench-peer-starlight', private: true, type: 'module', dependencies: { '@astrojs/starlight': starlightVersion, astro: astroVersion } }, null, 2)}\n`,
  );
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      '// A small fixed sidebar, like our site navigation: neither site lists every guide on every page.',
      'export default defineConfig({',
      "  site: 'https://example.org',",
      '  integrations: [starlight({',
      "    title: 'IOP Guide (Starlight peer)',",
      "    sidebar: [{ label: 'Home', link: '/' }, { label: 'What is IOP', link: '/guides/what-is-iop/' }, { label: 'Teens', link: '/guides/teens/' }],",
      '  })],',
      '});',
      '',
    ].join('\n'),
  );
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(
    join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  for (const [name, html] of Object.entries(stubs)) writeFileSync(join(root, 'src/components', `${name}.astro`), `${html}\n`);
  if (ready()) return { installed: false, version: starlightVersion };
  log(`Installing Starlight ${starlightVersion} with Astro ${astroVersion} into ${root}…`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--no-package-lock'], { cwd: root, encoding: 'utf8' });
  if (npm.status !== 0 || !ready()) throw new Error(`Installing Starlight failed:\n${npm.stdout}\n${npm.stderr}`);
  return { installed: true, version: starlightVersion };
}

/** Our guide MDX as a Starlight page: title and description kept, the components imported from the stubs. */
export function toStarlightPage(mdx) {
  const [, frontmatter = '', body = ''] = mdx.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
  const field = (name) => frontmatter.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1] ?? '""';
  const imports = Object.keys(stubs).map((name) => `import ${name} from '../../../components/${name}.astro';`);
  return `---\ntitle: ${field('title')}\ndescription: ${field('description')}\n---\n\n${imports.join('\n')}\n\n${body}`;
}

/** Replaces the peer's pages with the guides in `guidesDir` (real and synthetic), under /guides/. */
export function writeStarlightContent({ root, guidesDir }) {
  const docs = join(root, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'guides'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: IOP Guide\ndescription: Plain-language guides to intensive outpatient programs.\n---\n\nStart with [what IOP is](/guides/what-is-iop/).\n');
  let pages = 1;
  for (const name of readdirSync(guidesDir).filter((n) => n.endsWith('.mdx'))) {
    writeFileSync(join(docs, 'guides', name), toStarlightPage(readFileSync(join(guidesDir, name), 'utf8')));
    pages += 1;
  }
  return { pages };
}

export const starlightAstroBin = (root) => join(root, 'node_modules/astro/bin/astro.mjs');
