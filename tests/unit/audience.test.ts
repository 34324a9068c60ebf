import { audienceLabels } from '../../src/lib/audience.ts';

describe('audienceLabels', () => {
  it('joins names the way a reader says them', () => {
    expect(audienceLabels(['families'])).toBe('families');
    expect(audienceLabels(['families', 'referrers'])).toBe('families and referrers');
    expect(audienceLabels(['families', 'referrers', 'seeking-care'])).toBe('families, referrers and people seeking care');
  });
});
