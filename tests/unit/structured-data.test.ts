// A guide's JSON-LD names its reviewers only when the frontmatter names them.
import { jsonLd, medicalWebPage } from '../../src/lib/structured-data.ts';
import type { Reviewer } from '../../src/lib/reviewers.ts';

const page = {
  url: 'https://example.org/guides/medicines/',
  title: 'Medicines',
  description: 'A description.',
  lastReviewed: new Date('2026-11-28T00:00:00Z'),
  audience: ['families'],
  lang: 'en' as const,
};

describe('medicalWebPage', () => {
  it('has no reviewedBy when no one is named', () => {
    const data = medicalWebPage(page);
    expect(data).not.toHaveProperty('reviewedBy');
    expect(jsonLd(data)).not.toContain('reviewedBy');
    expect(data.lastReviewed).toBe('2026-11-28');
  });

  it('has no reviewedBy for an empty list either', () => {
    expect(medicalWebPage({ ...page, reviewers: [] })).not.toHaveProperty('reviewedBy');
  });

  it('lists every reviewer as a Person, with credentials and role', () => {
    const reviewers: Reviewer[] = [
      { name: 'Ana Ruiz', credentials: 'MD', role: 'clinical', date: new Date('2026-11-20T00:00:00Z') },
      { name: 'Sam Lee', role: 'editorial', date: new Date('2026-11-28T00:00:00Z') },
    ];
    const data = medicalWebPage({ ...page, reviewers }) as unknown as { reviewedBy: Record<string, string>[] };
    expect(data.reviewedBy).toEqual([
      { '@type': 'Person', name: 'Ana Ruiz', honorificSuffix: 'MD', description: 'Clinical reviewer, 2026-11-20' },
      { '@type': 'Person', name: 'Sam Lee', description: 'Editorial reviewer, 2026-11-28' },
    ]);
  });

  it('escapes "<" in a reviewer name so it cannot end the script block', () => {
    const reviewers: Reviewer[] = [{ name: '</script>x', role: 'editorial', date: new Date('2026-11-28T00:00:00Z') }];
    expect(jsonLd(medicalWebPage({ ...page, reviewers }))).not.toContain('</script>');
  });

  it('names the page language for search engines', () => {
    expect(medicalWebPage(page).inLanguage).toBe('en-US');
    expect(jsonLd(medicalWebPage(page))).toContain('"inLanguage":"en-US"');
  });

  it('describes a Spanish guide in Spanish, with inLanguage es-US', () => {
    const reviewers: Reviewer[] = [{ name: 'Ana Ruiz', role: 'clinical', date: new Date('2026-11-20T00:00:00Z') }];
    const data = medicalWebPage({ ...page, url: 'https://example.org/es/guias/medicamentos/', lang: 'es', reviewers }) as unknown as {
      inLanguage: string;
      audience: { audienceType: string }[];
      about: { name: string };
      reviewedBy: { description: string }[];
    };
    expect(data.inLanguage).toBe('es-US');
    expect(data.audience).toEqual([{ '@type': 'Audience', audienceType: 'Familias y cuidadores' }]);
    expect(data.about.name).toBe('Programa ambulatorio intensivo (IOP)');
    expect(data.reviewedBy[0]!.description).toBe('Revisión clínica, 2026-11-20');
  });
});
