import { parseOptions } from '../../scripts/bench/options.mjs';
import { parseBuildPhases } from '../../scripts/bench/build.mjs';

describe('bench options', () => {
  it('takes a peer and how long to wait for a quiet machine', () => {
    const options = parseOptions(['--sizes=1000,5000', '--peer=starlight', '--wait=30'], {});
    expect(options).toMatchObject({ sizes: [1000, 5000], peer: 'starlight', waitSeconds: 30 });
  });

  it('has no peer and waits up to 3 minutes by default', () => {
    expect(parseOptions([], {})).toMatchObject({ peer: null, waitSeconds: 180 });
  });

  it('refuses an unknown peer and a wait that is not a number', () => {
    expect(() => parseOptions(['--peer=docusaurus'], {})).toThrow(/Unknown peer/);
    expect(() => parseOptions(['--wait=soon'], {})).toThrow(/seconds/);
  });
});

describe('parseBuildPhases', () => {
  const log = [
    '00:00:01 [build] ✓ Completed in 2.50s.',
    '00:00:05 [vite] ✓ built in 9.06s',
    '00:00:07 [vite] ✓ built in 540ms',
    ' generating static routes ',
    '00:00:08   ├─ /guides/teens/index.html (+59ms) ',
    '00:00:08   ├─ /og/guide-teens.png (+1.92s) ',
    '00:00:08   └─ /faq/index.html (+7ms) ',
    '00:00:10 ✓ Completed in 12.44s.',
    '00:00:10 [build] ✓ Completed in 28.03s.',
    '00:00:11 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
  ].join('\n');

  it('splits a build into startup, bundles, rendering by route and the sitemap', () => {
    expect(parseBuildPhases(log)).toEqual({
      startupMs: 2500,
      serverBundleMs: 9060,
      clientBundleMs: 540,
      renderMs: 12440,
      guidesMs: 59,
      guides: 1,
      cardsMs: 1920,
      cards: 1,
      otherMs: 7,
      other: 1,
      sitemapMs: 1000,
    });
  });
});
