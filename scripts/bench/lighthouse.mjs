// Lighthouse 12 with its default mobile settings (emulated mid-range phone, simulated slow 4G and 4×
// CPU slowdown) on one page of each template: the four category scores, LCP, TBT and CLS, each the
// median of `runs` runs. Uses the same Chromium as the browser tests, headless.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function measureLighthouse({ chromePath, chromeFlags, origin, pages, runs }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags] });
  const rows = [];
  try {
    for (const page of pages) {
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          samples.push({ error: lhr?.runtimeError?.message ?? 'no result' });
          continue;
        }
        samples.push({
          scores: Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)])),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue,
          // What kept a category below 100, so the table can say what to fix.
          failing: Object.fromEntries(
            categories.map((c) => [
              c,
              (lhr.categories[c]?.auditRefs ?? [])
                .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
                .map((ref) => ref.id),
            ]),
          ),
        });
      }
      const ok = samples.filter((s) => !s.error);
      rows.push({
        ...page,
        runs: ok.length,
        errors: samples.filter((s) => s.error).map((s) => s.error),
        scores: Object.fromEntries(categories.map((c) => [c, median(ok.map((s) => s.scores[c]))])),
        lcpMs: median(ok.map((s) => s.lcpMs)),
        tbtMs: median(ok.map((s) => s.tbtMs)),
        cls: median(ok.map((s) => s.cls)),
        failingAudits: Object.fromEntries(categories.map((c) => [c, [...new Set(ok.flatMap((s) => s.failing[c]))]])),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
