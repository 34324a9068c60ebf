import { describe, expect, it } from 'vitest';
import { cacheKeyOf, entryFingerprint } from '../../src/lib/cache-key.ts';

describe('cacheKeyOf', () => {
  it('gives the same key for the same inputs, and a short one', () => {
    expect(cacheKeyOf(['a', 'b'])).toBe(cacheKeyOf(['a', 'b']));
    expect(cacheKeyOf(['a', 'b'])).toHaveLength(32);
  });

  it('changes when any input, their order or their split changes', () => {
    const key = cacheKeyOf(['ab', 'c']);
    expect(cacheKeyOf(['a', 'bc'])).not.toBe(key);
    expect(cacheKeyOf(['c', 'ab'])).not.toBe(key);
    expect(cacheKeyOf(['ab', 'c', ''])).not.toBe(key);
    expect(cacheKeyOf(['ab', 'd'])).not.toBe(key);
  });
});

describe('entryFingerprint', () => {
  const guide = { collection: 'guides', id: 'teens', data: { title: 'Teens', related: [{ collection: 'guides', id: 'families' }] }, body: 'Text.' };

  it('changes with the title, a related guide, the text or the id', () => {
    const print = entryFingerprint(guide);
    expect(entryFingerprint({ ...guide, data: { ...guide.data, title: 'Teens in IOP' } })).not.toBe(print);
    expect(entryFingerprint({ ...guide, data: { ...guide.data, related: [] } })).not.toBe(print);
    expect(entryFingerprint({ ...guide, body: 'New text.' })).not.toBe(print);
    expect(entryFingerprint({ ...guide, id: 'teen' })).not.toBe(print);
    expect(entryFingerprint({ ...guide })).toBe(print);
  });
});
