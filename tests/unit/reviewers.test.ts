// Whether a guide says it was reviewed by a clinician depends only on the reviewers its frontmatter names.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ReviewDates from '../../src/components/ReviewDates.astro';
import { uiText } from '../../src/i18n/index.ts';
import { clinicalReviewers, hasClinicalReview, reviewerName, type Reviewer } from '../../src/lib/reviewers.ts';

const ui = uiText('en').content;

const editor: Reviewer = { name: 'Sam Lee', role: 'editorial', date: new Date('2026-11-28T00:00:00Z') };
const older: Reviewer = { name: 'Ana Ruiz', credentials: 'MD', role: 'clinical', date: new Date('2026-10-01T00:00:00Z') };
const newer: Reviewer = { name: 'Kim Park', credentials: ' LCSW ', role: 'clinical', date: new Date('2026-11-20T00:00:00Z') };
const dates = { lastReviewed: new Date('2026-11-28T00:00:00Z'), nextReview: new Date('2027-05-28T00:00:00Z') };

describe('reviewers', () => {
  it('counts only clinical reviewers as a clinical review', () => {
    expect(hasClinicalReview([])).toBe(false);
    expect(hasClinicalReview([editor])).toBe(false);
    expect(hasClinicalReview([editor, older])).toBe(true);
  });

  it('lists clinical reviewers newest first', () => {
    expect(clinicalReviewers([older, editor, newer]).map((r) => r.name)).toEqual(['Kim Park', 'Ana Ruiz']);
  });

  it('writes credentials after the name, trimmed, and leaves them out when empty', () => {
    expect(reviewerName(newer)).toBe('Kim Park, LCSW');
    expect(reviewerName(editor)).toBe('Sam Lee');
    expect(reviewerName({ ...editor, credentials: '  ' })).toBe('Sam Lee');
  });
});

describe('<ReviewDates>', () => {
  async function render(reviewers?: Reviewer[]) {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ReviewDates, { props: { ...dates, reviewers } });
    return html.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
  }
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

  it('says plainly that no clinician has reviewed a guide with no reviewers', async () => {
    const html = await render();
    expect(text(html)).toContain(ui.notClinicallyReviewed);
    expect(html).not.toContain(ui.reviewedBy);
  });

  it('names an editorial reviewer and still says no clinician has reviewed it', async () => {
    const shown = text(await render([editor]));
    expect(shown).toContain('Reviewed by Sam Lee (editorial review, November 28, 2026).');
    expect(shown).toContain(ui.notClinicallyReviewed);
  });

  it('names a clinical reviewer with credentials and drops the "not yet" statement', async () => {
    const shown = text(await render([older, editor]));
    expect(shown).toContain('Reviewed by Ana Ruiz, MD (clinical review, October 1, 2026) and Sam Lee (editorial review, November 28, 2026).');
    expect(shown).not.toContain('Not yet reviewed');
    // The review dates the content checks read stay first, in their own paragraph.
    expect(shown.indexOf('Last reviewed')).toBeLessThan(shown.indexOf('Reviewed by'));
  });
});
