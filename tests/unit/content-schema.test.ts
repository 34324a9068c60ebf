// A guide with wrong frontmatter must stop the build with a message naming the file and the field.
// Runs the real content schema through `astro sync` in a throwaway project, so nothing here touches
// the real content or the real project's generated files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

const validFrontmatter = {
  title: '"A valid guide"',
  description: '"A description that is long enough to be a real summary of the page for search results."',
  summary: '"In short, this is fine."',
  audience: '[families]',
  lastReviewed: '2026-11-01',
  nextReview: '2027-05-01',
  order: '1',
  sources:
    '\n  - title: "Advisory"\n    publisher: "SAMHSA"\n    year: 2021\n  - title: "Criteria"\n    publisher: "ASAM"\n    year: 2013',
  reviewers: undefined as string | undefined,
};

/** A reviewers list in frontmatter, one reviewer per object. */
function reviewersYaml(...people: Record<string, string>[]): string {
  return people.map((p) => `\n  - ${Object.entries(p).map(([k, v]) => `${k}: ${v}`).join('\n    ')}`).join('');
}

function guide(overrides: Partial<Record<keyof typeof validFrontmatter, string | undefined>>): string {
  const fields = { ...validFrontmatter, ...overrides };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n\nBody text.\n`;
}

function syncWith(files: Record<string, string>) {
  const project = mkdtempSync(join(tmpdir(), 'iop-schema-'));
  try {
    mkdirSync(join(project, 'src'), { recursive: true });
    cpSync(join(root, 'src/content.config.ts'), join(project, 'src/content.config.ts'));
    cpSync(join(root, 'src/data'), join(project, 'src/data'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    writeFileSync(join(project, 'package.json'), '{"type":"module"}');
    writeFileSync(join(project, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(project, 'content', path, '..'), { recursive: true });
      writeFileSync(join(project, 'content', path), text);
    }
    for (const dir of ['guides', 'faq', 'glossary']) mkdirSync(join(project, 'content', dir), { recursive: true });
    const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['sync', '--root', project], {
      env: { ...process.env, IOP_CONTENT_DIR: join(project, 'content'), FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

describe('guide frontmatter validation', () => {
  it('accepts a valid guide', () => {
    const result = syncWith({ 'guides/fine.mdx': guide({}) });
    expect(result.output).not.toMatch(/does not match collection schema/);
    expect(result.status).toBe(0);
  });

  it('fails on a description over 160 characters, naming the file and the field', () => {
    const result = syncWith({ 'guides/too-long-summary.mdx': guide({ description: `"${'word '.repeat(40)}"` }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('too-long-summary');
    expect(result.output).toMatch(/description.*160 characters or fewer/);
  });

  it('fails with fewer than two sources', () => {
    const result = syncWith({
      'guides/one-source.mdx': guide({ sources: '\n  - title: "Only one"\n    publisher: "SAMHSA"\n    year: 2021' }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('one-source');
    expect(result.output).toMatch(/sources.*at least two sources/);
  });

  it('fails on an unknown audience and on a missing review date', () => {
    const result = syncWith({ 'guides/bad-fields.mdx': guide({ audience: '[everyone]', nextReview: undefined }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('bad-fields');
    expect(result.output).toMatch(/audience/);
    expect(result.output).toMatch(/nextReview/);
  });

  it('accepts named reviewers, clinical with credentials and editorial without', () => {
    const result = syncWith({
      'guides/reviewed.mdx': guide({
        reviewers: reviewersYaml(
          { name: '"Ana Ruiz"', credentials: '"MD"', role: 'clinical', date: '2026-10-15' },
          { name: '"Sam Lee"', role: 'editorial', date: '2026-11-01' },
        ),
      }),
    });
    expect(result.output).not.toMatch(/does not match collection schema/);
    expect(result.status).toBe(0);
  });

  it('fails on a reviewer role other than clinical or editorial, and on a reviewer with no name', () => {
    const result = syncWith({
      'guides/bad-reviewer.mdx': guide({
        reviewers: reviewersYaml({ name: '"Ana Ruiz"', role: 'doctor', date: '2026-10-15' }, { role: 'clinical', date: '2026-10-15' }),
      }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('bad-reviewer');
    expect(result.output).toMatch(/reviewers.*role must be clinical or editorial/);
    expect(result.output).toMatch(/reviewers\.1\.name/);
  });

  it('fails when a reviewer signed off after lastReviewed', () => {
    const result = syncWith({
      'guides/late-reviewer.mdx': guide({ reviewers: reviewersYaml({ name: '"Ana Ruiz"', role: 'clinical', date: '2026-12-01' }) }),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/reviewers.*must not be after lastReviewed/);
  });

  it('fails when the next review is not after the last one', () => {
    const result = syncWith({ 'guides/backwards.mdx': guide({ nextReview: '2026-01-01' }) });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/nextReview.*must come after lastReviewed/);
  });
});
