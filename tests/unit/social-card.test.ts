import { inflateSync } from 'node:zlib';
import { cardCacheKey, cardTemplateDigest, encodePng, type CardText } from '../../src/lib/social-card.ts';

const card: CardText = { title: 'IOP for teens', kicker: 'Guide', siteName: 'IOP Guide', tagline: 'Educational.' };
const fonts = { regular: Uint8Array.of(1, 2, 3), bold: Uint8Array.of(4, 5, 6) };
const base = { template: 'template v1', fonts, versions: 'satori 1, resvg 2' };

describe('cardCacheKey', () => {
  const digest = cardTemplateDigest(base);

  it('is the same for the same inputs, so an unchanged card is found again', () => {
    expect(cardCacheKey(cardTemplateDigest({ ...base, fonts: { regular: Uint8Array.of(1, 2, 3), bold: Uint8Array.of(4, 5, 6) } }), { ...card })).toBe(cardCacheKey(digest, card));
  });

  it('changes with each field of the card', () => {
    const keys = new Set([
      cardCacheKey(digest, card),
      cardCacheKey(digest, { ...card, title: 'IOP for teens!' }),
      cardCacheKey(digest, { ...card, kicker: 'Tool' }),
      cardCacheKey(digest, { ...card, siteName: 'Other' }),
      cardCacheKey(digest, { ...card, tagline: 'Private.' }),
    ]);
    expect(keys.size).toBe(5);
  });

  it('changes with the drawing code, either font and the library versions', () => {
    const keys = new Set([
      cardCacheKey(digest, card),
      cardCacheKey(cardTemplateDigest({ ...base, template: 'template v2' }), card),
      cardCacheKey(cardTemplateDigest({ ...base, fonts: { ...fonts, regular: Uint8Array.of(1, 2, 4) } }), card),
      cardCacheKey(cardTemplateDigest({ ...base, fonts: { ...fonts, bold: Uint8Array.of(4, 5) } }), card),
      cardCacheKey(cardTemplateDigest({ ...base, versions: 'satori 1, resvg 3' }), card),
    ]);
    expect(keys.size).toBe(5);
  });

  it('does not let one field run into the next', () => {
    expect(cardCacheKey(digest, { ...card, title: 'ab', kicker: 'c' })).not.toBe(cardCacheKey(digest, { ...card, title: 'a', kicker: 'bc' }));
  });

  it('is a safe file name', () => {
    expect(cardCacheKey(digest, card)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('encodePng', () => {
  // 3 × 2 pixels, each a different colour, some see-through.
  const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
  const png = encodePng(pixels, 3, 2);

  it('writes a PNG signature and a header with the size and 8-bit RGBA', () => {
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([3, 2, 8, 6]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('stores every pixel unchanged, one unfiltered row after another', () => {
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const rows = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...rows]).toEqual([0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
  });

  it('refuses pixel data of the wrong length', () => {
    expect(() => encodePng(pixels, 4, 2)).toThrow(/expected 32 bytes/);
  });
});

describe('the card carries the site mark', () => {
  it('draws the same mark as the header, beside the site name', async () => {
    const { cardTree, cardMarkSvg } = await import('../../src/lib/social-card.ts');
    const { siteMark } = await import('../../src/data/site-mark.ts');
    expect(cardMarkSvg).toContain(siteMark.steps);
    const tree = JSON.stringify(cardTree({ title: 'A guide', kicker: 'Guide', siteName: 'IOP Guide', tagline: 'Sources shown.' }));
    expect(tree).toContain(`data:image/svg+xml;base64,${Buffer.from(cardMarkSvg).toString('base64')}`);
    expect(tree).toContain('IOP Guide');
  });
});

describe('Spanish cards', () => {
  it('every English page card and every tool card has Spanish words', async () => {
    const { pageCards, pageCardsEs, toolCardTitlesEs, cardWords } = await import('../../src/data/social-cards.ts');
    const { tools } = await import('../../src/data/tools.ts');
    const { toolCardId } = await import('../../src/lib/card-ids.ts');
    for (const c of pageCards) {
      expect(pageCardsEs[c.id].title, c.id).not.toBe(c.title);
      expect(pageCardsEs[c.id].kicker, c.id).not.toBe(c.kicker);
    }
    const slugs = tools.map((t) => toolCardId(t.path)?.slice('tool-'.length)).filter(Boolean);
    expect(slugs.length).toBeGreaterThan(0);
    expect(Object.keys(toolCardTitlesEs).sort()).toEqual([...slugs].sort());
    expect(toolCardTitlesEs['hours-estimator']).toBe('Calculadora de horas por semana');
    expect(cardWords.es.tagline).not.toBe(cardWords.en.tagline);
  });
});

describe('encodeIndexedPng', () => {
  it('writes a palette PNG whose rows and colours come back unchanged', async () => {
    const { encodeIndexedPng } = await import('../../src/lib/social-card.ts');
    // 3 × 2 pixels: filter byte 0, then one palette index per pixel.
    const scanlines = Uint8Array.of(0, 0, 1, 2, 0, 2, 2, 0);
    const palette = [0x0d6b5f, 0xffffff, 0xcdeee8];
    const png = encodeIndexedPng({ width: 3, height: 2, scanlines, palette });
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([3, 2, 8, 3]);
    expect(png.subarray(37, 41).toString('latin1')).toBe('PLTE');
    expect([...png.subarray(41, 50)]).toEqual([0x0d, 0x6b, 0x5f, 0xff, 0xff, 0xff, 0xcd, 0xee, 0xe8]);
    const idat = 50 + 4; // after PLTE's CRC
    expect(png.subarray(idat + 4, idat + 8).toString('latin1')).toBe('IDAT');
    expect([...inflateSync(png.subarray(idat + 8, idat + 8 + png.readUInt32BE(idat)))]).toEqual([...scanlines]);
  });

  it('refuses rows of the wrong length and more than 256 colours', async () => {
    const { encodeIndexedPng } = await import('../../src/lib/social-card.ts');
    expect(() => encodeIndexedPng({ width: 3, height: 2, scanlines: new Uint8Array(6), palette: [0] })).toThrow(/expected 8 bytes/);
    expect(() => encodeIndexedPng({ width: 1, height: 1, scanlines: new Uint8Array(2), palette: Array.from({ length: 257 }, (_, i) => i) })).toThrow(/257 colours/);
  });
});
