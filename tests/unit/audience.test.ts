import { audienceLabels } from '../../src/lib/audience.ts';

describe('audienceLabels', () => {
  it('joins names the way a reader says them', () => {
    expect(audienceLabels(['families'])).toBe('families');
    expect(audienceLabels(['families', 'referrers'])).toBe('families and referrers');
    expect(audienceLabels(['families', 'referrers', 'seeking-care'])).toBe('families, referrers and people seeking care');
  });

  it('says them in Spanish on Spanish pages, joined with "y"', () => {
    expect(audienceLabels(['families'], 'es')).toBe('familias');
    expect(audienceLabels(['families', 'seeking-care'], 'es')).toBe('familias y personas que buscan atención');
    expect(audienceLabels(['families', 'referrers', 'seeking-care'], 'es')).toBe(
      'familias, personas que refieren a otros y personas que buscan atención',
    );
  });
});
