// A reader can tell how far each guide has been checked: beside its review dates, a guide names its
// reviewers or says plainly that no clinician has reviewed it yet, and its structured data agrees.
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site.ts';

const notYet = 'Checked against the sources listed. Not yet reviewed by a clinician.';
const guidePages = builtPages().filter((p) => /^guides\/[^/]+\/$/.test(p));

for (const path of guidePages) {
  test(`/${path} says who reviewed it, the same way on the page and in its data`, async ({ page }) => {
    await page.goto(path);
    const pageData = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) =>
      scripts.map((s) => JSON.parse(s.textContent ?? '{}')).find((d) => d['@type'] === 'MedicalWebPage'),
    );
    expect(pageData, 'MedicalWebPage JSON-LD').toBeTruthy();
    const reviewedBy: { name: string; description: string }[] = pageData.reviewedBy ?? [];

    // The status sits right under the review dates at the top of the guide.
    const status = page.locator('.guide-meta .review-dates + .review-status');
    await expect(status).toBeVisible();
    const clinical = reviewedBy.filter((r) => /^Clinical reviewer/.test(r.description));
    if (clinical.length === 0) await expect(status).toContainText(notYet);
    else await expect(status).not.toContainText('Not yet reviewed');
    for (const reviewer of reviewedBy) await expect(status).toContainText(reviewer.name);
    if (reviewedBy.length === 0) await expect(status).not.toContainText('Reviewed by');
  });
}

test('the about page states the review status truly and shows how to add a reviewer', async ({ page }) => {
  await page.goto('about/');
  const review = page.locator('h2#review ~ p, h2#review ~ pre');
  await expect(review.filter({ hasText: notYet })).toHaveCount(1);
  await expect(page.getByRole('main')).not.toContainText('an editor last checked');
  await expect(page.locator('pre').filter({ hasText: 'reviewers:' })).toContainText('role: clinical');
});

test('the working adult finds "Keeping your job" as its own section', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}guides/rights-work-and-privacy/#keeping-your-job`);
  const heading = page.getByRole('heading', { level: 2, name: 'Keeping your job' });
  await expect(heading).toHaveAttribute('id', 'keeping-your-job');
  await expect(heading).toBeInViewport();
  for (const topic of ['FMLA', 'ADA', 'employee assistance program', 'What a work note says', 'insurance statements']) {
    await expect(page.locator('[data-guide-body]')).toContainText(topic);
  }
});
