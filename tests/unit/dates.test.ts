import { formatDate, isoDate } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('formats in UTC so every build prints the same day', () => {
    const d = new Date('2026-11-23T00:00:00Z');
    expect(formatDate(d)).toBe('November 23, 2026');
    expect(isoDate(d)).toBe('2026-11-23');
  });

  it('formats Spanish dates with Intl for es-US, still in UTC', () => {
    expect(formatDate(new Date('2026-11-23T00:00:00Z'), 'es')).toBe('23 de noviembre de 2026');
    // Just after midnight UTC is still the evening before in the Americas: the printed day must not move.
    expect(formatDate(new Date('2027-05-01T00:30:00Z'), 'es')).toBe('1 de mayo de 2027');
    expect(formatDate(new Date('2026-11-23T00:00:00Z'), 'en')).toBe('November 23, 2026');
  });
});
