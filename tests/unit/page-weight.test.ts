// The budget spec trusts page-weight.ts to tell framework code from other scripts and to follow only
// what loads at once; these fixtures pin that down before any real page has a tool island.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cssBlocks, isFrameworkCode, resourcesIn, siteCss, staticImportsIn, sum, weighSite } from '../e2e/support/page-weight.ts';

describe('staticImportsIn', () => {
  it('finds minified static imports and re-exports, not dynamic imports', () => {
    const code = 'import{t as e}from"./chunk.A1.js";import"./side.js";export{x}from\'./re.js\';const p=()=>import("./later.js");';
    expect(staticImportsIn(code)).toEqual(['./chunk.A1.js', './side.js', './re.js']);
  });

  it('finds imports on their own lines and namespace imports', () => {
    expect(staticImportsIn('import * as R from "./react.js"\nimport D from `./d.js`')).toEqual(['./react.js', './d.js']);
  });
});

describe('isFrameworkCode', () => {
  it('knows React by its element symbol and Astro islands by their runtime', () => {
    expect(isFrameworkCode('var t=Symbol.for(`react.transitional.element`)')).toBe(true);
    // React DOM's client and the scheduler, should they ever come in chunks of their own.
    expect(isFrameworkCode('var e=`__reactFiber$`+Math.random().toString(36).slice(2)')).toBe(true);
    expect(isFrameworkCode('var r=`__reactContainer$`+n')).toBe(true);
    expect(isFrameworkCode('e.unstable_scheduleCallback=function(e,t,n){}')).toBe(true);
    expect(isFrameworkCode('customElements.get("astro-island")||customElements.define("astro-island",x)')).toBe(true);
    expect(isFrameworkCode('document.querySelectorAll("[data-copy-link]")')).toBe(false);
    // A widget calls React through the chunk it imports; its own code carries none of React's marks.
    expect(isFrameworkCode('import{t as e}from"./react.js";var o=e();(0,o.useState)(0)')).toBe(false);
  });
});

describe('cssBlocks', () => {
  it('splits a stylesheet into whole top-level blocks, braces in strings and comments aside', () => {
    expect(cssBlocks('@charset "utf-8";a{b:c}@media print{a{d:e}p{f:g}}q::after{content:"}"}/* } */i{j:k}')).toEqual([
      '@charset "utf-8";',
      'a{b:c}',
      '@media print{a{d:e}p{f:g}}',
      'q::after{content:"}"}',
      '/* } */i{j:k}',
    ]);
  });
});

describe('resourcesIn', () => {
  it('lists scripts, preloads, island code and styles, and skips JSON-LD', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/m.js">
      <style>p{color:red}</style><script type="application/ld+json">{"@type":"Thing"}</script>
      <script type="module" src="/_astro/page.js"></script><script>self.Astro=1</script>
      <astro-island uid="1" component-url="/_astro/Widget.js" renderer-url="/_astro/client.js" ssr></astro-island>`;
    expect(resourcesIn(html)).toEqual({
      scriptUrls: ['/_astro/page.js', '/_astro/m.js'],
      inlineScripts: ['self.Astro=1'],
      islandUrls: ['/_astro/Widget.js', '/_astro/client.js'],
      componentUrls: ['/_astro/Widget.js'],
      rendererUrls: ['/_astro/client.js'],
      stylesheetUrls: ['/_astro/a.css'],
      inlineStyles: ['p{color:red}'],
    });
  });
});

describe('weighSite', () => {
  let dist: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
    write('_astro/site.css', 'body{margin:0}');
    write('_astro/react.js', 'export const e=Symbol.for("react.transitional.element");');
    write('_astro/client.js', 'import{e}from"./react.js";export default function(){}');
    write('_astro/url-state.js', 'export const read=()=>location.search;');
    write('_astro/Widget.js', 'import{e}from"./react.js";import{read}from"./url-state.js";export default read;');
    write('_astro/share.js', 'import{read}from"./url-state.js";read();');
    write('_astro/search.js', 'const go=()=>import("/pagefind/pagefind.js");');
    write('index.html', page('<script type="module" src="/_astro/share.js"></script>'));
    write('search/index.html', page('<script type="module" src="/_astro/search.js"></script>'));
    write(
      'tools/widget/index.html',
      page('<script>customElements.define("astro-island",class{})</script><astro-island component-url="/_astro/Widget.js" renderer-url="/_astro/client.js"></astro-island>'),
    );
    write('404.html', page('<p>Not found. The <a href="/pagefind/">index</a></p>'));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('counts a vanilla script and the helper it shares with a widget as non-framework code', () => {
    const home = weighSite({ distDir: dist, basePath: '/' }).find((p) => p.url === '/')!;
    expect(home.isToolPage).toBe(false);
    expect(home.js.map((a) => [a.path, a.framework])).toEqual([
      ['/_astro/share.js', false],
      ['/_astro/url-state.js', false],
    ]);
  });

  it('counts the island, its renderer, React and the island runtime on a tool page', () => {
    const tool = weighSite({ distDir: dist, basePath: '/' }).find((p) => p.url === '/tools/widget/')!;
    expect(tool.isToolPage).toBe(true);
    expect(tool.js.map((a) => a.path)).toEqual([
      '/_astro/Widget.js',
      '/_astro/react.js',
      '/_astro/url-state.js',
      '/_astro/client.js',
      expect.stringMatching(/^inline script /),
    ]);
    // React, Astro's renderer and its inline runtime are the framework; the widget is not.
    expect(tool.js.filter((a) => a.framework).map((a) => a.path)).toEqual([
      '/_astro/react.js',
      '/_astro/client.js',
      expect.stringMatching(/^inline script /),
    ]);
    expect(sum(tool.js).raw).toBeGreaterThan(0);
  });

  it("tells each island's own code apart from React's", () => {
    const tool = weighSite({ distDir: dist, basePath: '/' }).find((p) => p.url === '/tools/widget/')!;
    expect(tool.islands.map((i) => [i.component, i.ownJs.map((a) => a.path)])).toEqual([
      ['/_astro/Widget.js', ['/_astro/Widget.js', '/_astro/url-state.js']],
    ]);
    expect(weighSite({ distDir: dist, basePath: '/' }).find((p) => p.url === '/')!.islands).toEqual([]);
  });

  it('leaves a dynamically imported Pagefind out of first load, and finds a written /pagefind/ link', () => {
    const site = weighSite({ distDir: dist, basePath: '/' });
    expect(site.find((p) => p.url === '/search/')!.js.map((a) => a.path)).toEqual(['/_astro/search.js']);
    expect(site.find((p) => p.url === '/404.html')!.pagefindMentions).toHaveLength(1);
  });

  it('counts a stylesheet shared by every page once for the site', () => {
    const css = siteCss(weighSite({ distDir: dist, basePath: '/' }));
    expect(css.map((a) => a.path)).toEqual(['/_astro/site.css']);
  });

  it('counts styles inlined into pages as one sheet of their distinct blocks', () => {
    const inlined = mkdtempSync(join(tmpdir(), 'page-weight-inline-'));
    const shared = 'body{margin:0}@media (prefers-color-scheme:dark){body{color:#fff}}';
    writeFileSync(join(inlined, 'index.html'), `<style>${shared}</style><style>.home{gap:1rem}</style>`);
    mkdirSync(join(inlined, 'faq'));
    writeFileSync(join(inlined, 'faq/index.html'), `<style>${shared}.faq{gap:2rem}</style>`);
    const css = siteCss(weighSite({ distDir: inlined, basePath: '/' }));
    rmSync(inlined, { recursive: true, force: true });
    expect(css.map((a) => a.bytes.raw)).toEqual([`${shared}.home{gap:1rem}.faq{gap:2rem}`.length]);
  });

  it('resolves site paths under a base path', () => {
    const based = mkdtempSync(join(tmpdir(), 'page-weight-base-'));
    mkdirSync(join(based, '_astro'));
    writeFileSync(join(based, 'index.html'), page('<script type="module" src="/iop/_astro/share.js"></script>'));
    writeFileSync(join(based, '_astro/share.js'), 'console.log(1)');
    const home = weighSite({ distDir: based, basePath: '/iop/' })[0]!;
    rmSync(based, { recursive: true, force: true });
    expect(home.js.map((a) => [a.path, a.bytes.raw])).toEqual([['/iop/_astro/share.js', 14]]);
  });
});
