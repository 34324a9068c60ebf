// The benchmark's synthetic guides are cut from the real guides' blocks and reshuffled. A block that
// opens an HTML or JSX element without closing it (a multi-paragraph call-out) breaks every synthetic
// build, so this checks, without building, that each block the benchmark may pick is whole.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realBlocks, syntheticGuide, writeSyntheticContent } from '../../scripts/bench/synthetic-guides.mjs';

/** Tag names opened and not closed (or closed and not opened) in a piece of MDX; self-closing tags are whole. */
function unbalancedTags(text: string): string[] {
  const open = new Map<string, number>();
  for (const [, closing, name, selfClosing] of text.matchAll(/<(\/?)([A-Za-z][\w.-]*)\b[^<>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    open.set(name!, (open.get(name!) ?? 0) + (closing ? -1 : 1));
  }
  return [...open].filter(([, n]) => n !== 0).map(([name]) => name);
}

describe('the synthetic guides the benchmark builds', () => {
  const pool = realBlocks(join('content', 'guides'));

  it('draw only from whole blocks of the real guides', () => {
    expect(pool.paragraphs.length).toBeGreaterThan(50);
    // The pool is built in plain JavaScript, so its blocks are typed here.
    const blocks: string[] = [...pool.paragraphs, ...pool.lists];
    for (const block of blocks) expect(unbalancedTags(block), block.slice(0, 80)).toEqual([]);
  });

  it('come out with every element closed', () => {
    for (let i = 0; i < 40; i++) expect(unbalancedTags(syntheticGuide(i, 40, pool)), `guide ${i}`).toEqual([]);
  });

  it('would catch a call-out cut into pieces', () => {
    expect(unbalancedTags('<aside class="callout">\n\nText')).toEqual(['aside']);
    expect(unbalancedTags('<Term id="iop">IOP</Term> and <Fact id="x" />')).toEqual([]);
  });
});

describe('the benchmark content folder', () => {
  it('holds every file of the real content folder (the Spanish edition links to the real guides) plus the synthetic guides', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-bench-content-'));
    try {
      writeSyntheticContent({ contentDir: dir, count: 2 });
      const files = (root: string) => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
      const written = files(dir);
      for (const file of files('content')) expect(written, file).toContain(file);
      expect(written.filter((f) => !files('content').includes(f))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
