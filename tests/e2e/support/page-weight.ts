// What each built page costs a reader on first load, read from the files in dist/: its HTML, and the CSS
// and JS it pulls in (static imports followed, dynamic imports left out because they load on use), raw
// and gzip. Shared by the budget spec and the benchmark. No browser, no timing: the same dist/ always
// gives the same numbers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  /** gzip at level 6, the usual on-the-fly setting of web servers. */
  gzip: number;
}

export interface Asset {
  /** Site path such as "/_astro/client.abc.js", or "inline script 1a2b3c4d" for code inside the HTML. */
  path: string;
  bytes: Bytes;
  /** React (react, react-dom, scheduler), or Astro's island runtime: code only a page with a tool should need. */
  framework: boolean;
  /** The code itself, for a block inside the HTML. */
  inline?: string;
}

export interface Island {
  /** The island's component module, such as "/_astro/HoursEstimator.abc.js". */
  component: string;
  /** The widget's own code: its module and what it imports at once, less React and Astro's runtime. */
  ownJs: Asset[];
}

export interface PageWeight {
  /** The HTML file, relative to dist: "guides/teens/index.html", "404.html". */
  file: string;
  /** Its address on the site: "/guides/teens/", "/404.html". */
  url: string;
  /** A page with a tool holds a React island (`<astro-island>`). */
  isToolPage: boolean;
  html: Bytes;
  css: Asset[];
  js: Asset[];
  /** Each island on the page (the same component twice counts once). */
  islands: Island[];
  /** Short extracts around each mention of /pagefind/ in the HTML (should be none). */
  pagefindMentions: string[];
}

export function bytesOf(content: string | Buffer): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
}

export function sum(assets: { bytes: Bytes }[]): Bytes {
  return assets.reduce((total, a) => ({ raw: total.raw + a.bytes.raw, gzip: total.gzip + a.bytes.gzip }), { raw: 0, gzip: 0 });
}

/** Every HTML file in a built site, relative to it, sorted; Pagefind's and Astro's asset folders skipped. */
export function htmlFilesIn(distDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!(dir === distDir && (name === 'pagefind' || name === '_astro'))) walk(full);
      } else if (name.endsWith('.html')) {
        files.push(relative(distDir, full).split('\\').join('/'));
      }
    }
  };
  walk(distDir);
  if (files.length === 0) throw new Error(`No HTML pages in ${distDir}: run the build first.`);
  return files.sort();
}

/** "guides/teens/index.html" → "/guides/teens/"; "404.html" → "/404.html" (base path left out). */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&'));
  }
  return found;
}

const scriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What an HTML page asks the browser to run and style, before any reader action. */
export function resourcesIn(html: string): {
  scriptUrls: string[];
  inlineScripts: string[];
  islandUrls: string[];
  /** Each island's component module. */
  componentUrls: string[];
  /** Astro's renderer for the islands' framework (and any before-hydration script): its runtime. */
  rendererUrls: string[];
  stylesheetUrls: string[];
  inlineStyles: string[];
} {
  const scriptUrls: string[] = [];
  const inlineScripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]!);
    // JSON-LD and other data blocks are never run.
    if (!scriptTypes.has((attrs.get('type') ?? '').toLowerCase())) continue;
    const src = attrs.get('src');
    if (src) scriptUrls.push(src);
    else if (m[2]!.trim() !== '') inlineScripts.push(m[2]!);
  }
  const stylesheetUrls: string[] = [];
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]!);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const linked = attrs.get('href');
    if (!linked) continue;
    if (rel.includes('modulepreload')) scriptUrls.push(linked);
    if (rel.includes('stylesheet')) stylesheetUrls.push(linked);
  }
  // An island loads its component and the framework renderer when it hydrates (at once, on idle or
  // when scrolled into view): all of it counts for the page.
  const islandUrls: string[] = [];
  const componentUrls: string[] = [];
  const rendererUrls: string[] = [];
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]!);
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = attrs.get(name);
      if (!value) continue;
      islandUrls.push(value);
      if (name === 'component-url') componentUrls.push(value);
      else rendererUrls.push(value);
    }
  }
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]!).filter((s) => s.trim() !== '');
  return {
    scriptUrls: unique(scriptUrls),
    inlineScripts,
    islandUrls: unique(islandUrls),
    componentUrls: unique(componentUrls),
    rendererUrls: unique(rendererUrls),
    stylesheetUrls: unique(stylesheetUrls),
    inlineStyles,
  };
}

/**
 * Modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`),
 * which the browser fetches before running it. `import("./x.js")` is left out: it loads on use.
 */
export function staticImportsIn(code: string): string[] {
  const found = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`\n]+)["'`]/g)].map((m) => m[1]!);
  return unique(found);
}

/**
 * React's code, by marks minifiers keep: react's element symbol, the keys react-dom hangs on DOM nodes and
 * containers, the scheduler's exported names. Then Astro's island runtime (the inline <astro-island>
 * element and its `self.Astro` hooks). A widget's own code has none of these: it imports React's.
 */
const frameworkMarks = [
  /Symbol\.for\(\s*["'`]react\.(?:transitional\.)?element["'`]\s*\)/,
  /__react(?:Fiber|Container)\$/,
  /\bunstable_scheduleCallback\b/,
  /\bastro-island\b|\bself\.Astro\b/,
];

export function isFrameworkCode(code: string): boolean {
  return frameworkMarks.some((mark) => mark.test(code));
}

/** Site path of a URL found in a page or module, or undefined when it leaves the site. */
function sitePath(url: string, fromPath: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const clean = url.replace(/[?#].*$/, '');
  if (clean.startsWith('/')) return posix.normalize(clean);
  if (clean.startsWith('.')) return posix.normalize(posix.join(posix.dirname(fromPath), clean));
  return undefined; // a bare specifier such as "react" never reaches the browser unresolved
}

export interface SiteReader {
  distDir: string;
  /** "/" or "/iop-guide/". */
  basePath: string;
}

function fileOfSitePath(site: SiteReader, path: string): string | undefined {
  if (!path.startsWith(site.basePath)) return undefined;
  const file = join(site.distDir, path.slice(site.basePath.length));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Code inside the HTML, named by its content so the same block on two pages counts once for the site. */
function inlineAsset(kind: 'script' | 'style', code: string, framework: boolean): Asset {
  const id = createHash('sha256').update(code).digest('hex').slice(0, 8);
  return { path: `inline ${kind} ${id}`, bytes: bytesOf(code), framework, inline: code };
}

/** Measures one page. `cache` keeps each asset's text between pages. */
export function weighPage(site: SiteReader, file: string, cache = new Map<string, string>()): PageWeight {
  const html = readFileSync(join(site.distDir, file), 'utf8');
  const url = urlOfFile(file);
  const pagePath = posix.join(site.basePath, url);
  const found = resourcesIn(html);
  const read = (path: string) => {
    if (!cache.has(path)) {
      const onDisk = fileOfSitePath(site, path);
      cache.set(path, onDisk ? readFileSync(onDisk, 'utf8') : '');
    }
    return cache.get(path)!;
  };

  const runtimeEntries = new Set(found.rendererUrls.map((u) => sitePath(u, pagePath)));
  const assets = new Map<string, Asset>();
  const assetAt = (path: string): Asset => {
    if (!assets.has(path)) {
      const code = read(path);
      assets.set(path, { path, bytes: bytesOf(code), framework: runtimeEntries.has(path) || isFrameworkCode(code) });
    }
    return assets.get(path)!;
  };
  /** A module and everything it imports at once, each once, in the order the browser meets them. */
  const closure = (entries: (string | undefined)[], into: Asset[] = [], seen = new Set<string>()) => {
    const visit = (path: string | undefined) => {
      if (!path || seen.has(path)) return;
      seen.add(path);
      into.push(assetAt(path));
      for (const imported of staticImportsIn(read(path))) visit(sitePath(imported, path));
    };
    entries.forEach(visit);
    return into;
  };
  const js = closure([...found.scriptUrls, ...found.islandUrls].map((u) => sitePath(u, pagePath)));
  for (const code of found.inlineScripts) js.push(inlineAsset('script', code, isFrameworkCode(code)));
  const islands: Island[] = found.componentUrls.flatMap((u) => {
    const component = sitePath(u, pagePath);
    return component ? [{ component, ownJs: closure([component]).filter((a) => !a.framework) }] : [];
  });

  const css: Asset[] = found.stylesheetUrls
    .map((u) => sitePath(u, pagePath))
    .filter((p): p is string => p !== undefined)
    .map((path) => ({ path, bytes: bytesOf(read(path)), framework: false }));
  for (const code of found.inlineStyles) css.push(inlineAsset('style', code, false));

  const pagefindMentions = [...html.matchAll(/\/pagefind\//g)].map((m) => html.slice(Math.max(0, m.index - 60), m.index + 40));
  return { file, url, isToolPage: html.includes('<astro-island'), html: bytesOf(html), css, js, islands, pagefindMentions };
}

/** Every page of a built site, measured. */
export function weighSite(site: SiteReader): PageWeight[] {
  const cache = new Map<string, string>();
  return htmlFilesIn(site.distDir).map((file) => weighPage(site, file, cache));
}

/**
 * A stylesheet's top-level blocks (a rule, an @media or @font-face block, …), whole. Quotes and comments
 * are stepped over, so a brace inside `content: "}"` does not end a block.
 */
export function cssBlocks(code: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'") {
      const end = code.indexOf(c, i + 1);
      i = end === -1 ? code.length : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && depth > 0 && --depth === 0) {
      blocks.push(code.slice(start, i + 1).trim());
      start = i + 1;
    } else if (c === ';' && depth === 0) {
      // A statement such as @import or @charset.
      blocks.push(code.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  const rest = code.slice(start).trim();
  if (rest !== '') blocks.push(rest);
  return blocks.filter((b) => b !== '');
}

/**
 * The whole site's CSS: every stylesheet any page links, once, plus the styles inlined into pages. Each
 * page inlines the rules it needs, so pages repeat the site's shared rules: inline styles count as one
 * sheet of their distinct blocks, the CSS the site would ship as a single file.
 */
export function siteCss(pages: PageWeight[]): Asset[] {
  const byPath = new Map<string, Asset>();
  const inlineBlocks = new Set<string>();
  for (const page of pages) {
    for (const asset of page.css) {
      if (asset.inline === undefined) byPath.set(asset.path, asset);
      else for (const block of cssBlocks(asset.inline)) inlineBlocks.add(block);
    }
  }
  const assets = [...byPath.values()];
  if (inlineBlocks.size > 0) {
    assets.push({ path: 'inline styles, distinct blocks', bytes: bytesOf([...inlineBlocks].join('')), framework: false });
  }
  return assets;
}
