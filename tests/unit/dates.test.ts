import { formatDate, isoDate } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('formats in UTC so every build prints the same day', () => {
    const d = new Date('2026-11-23T00:00:00Z');
    expect(formatDate(d)).toBe('November 23, 2026');
    expect(isoDate(d)).toBe('2026-11-23');
  });
});
