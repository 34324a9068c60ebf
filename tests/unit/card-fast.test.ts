// The quick card path (template + pre-drawn glyphs) against the full layout it stands in for: same size,
// same picture to within anti-aliasing, titles wrapped where the layout wraps them, accents drawn, and
// the same bytes for the same card whatever was drawn before.
import { readFileSync } from 'node:fs';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { layoutTitle, templateFits, titleBox } from '../../src/lib/card-fast.ts';
import { parseCardFont } from '../../src/lib/card-font.ts';
import { socialCardPng, socialCardPngByLayout, type CardFonts, type CardText } from '../../src/lib/social-card.ts';

const fontFile = (weight: number) => readFileSync(`node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);
const newFonts = (): CardFonts => ({ regular: fontFile(400), bold: fontFile(700) });
const fonts = newFonts();
const font = parseCardFont(fontFile(700));
const card = (title: string, kicker = 'Guide'): CardText => ({ title, kicker, siteName: 'IOP Guide', tagline: 'Educational. Private. Sources shown.' });

/** A PNG (RGBA, RGB or palette; unfiltered rows, as both writers store them) as RGB pixels. */
function decode(png: Buffer): { width: number; height: number; type: number; rgb: Uint8Array } {
  const [width, height, type] = [png.readUInt32BE(16), png.readUInt32BE(20), png[25]!];
  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  for (let o = 8; o < png.length; ) {
    const length = png.readUInt32BE(o);
    const name = png.subarray(o + 4, o + 8).toString('latin1');
    if (name === 'IDAT') idat.push(png.subarray(o + 8, o + 8 + length));
    if (name === 'PLTE') palette = png.subarray(o + 8, o + 8 + length);
    o += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const channels = type === 6 ? 4 : type === 2 ? 3 : 1;
  const stride = width * channels + 1;
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0); // filter: none
    for (let x = 0; x < width; x++) {
      const at = y * stride + 1 + x * channels;
      for (let c = 0; c < 3; c++) rgb[(y * width + x) * 3 + c] = channels === 1 ? palette![raw[at]! * 3 + c]! : raw[at + c]!;
    }
  }
  return { width, height, type, rgb };
}

/** How far two pictures are apart: mean difference per channel and the share of channels off by > 32. */
function difference(a: Uint8Array, b: Uint8Array) {
  let sum = 0;
  let far = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    sum += d;
    if (d > 32) far++;
  }
  return { mean: sum / a.length, far: far / a.length };
}

/** Channels brighter than the green background inside the title's space (between kicker and footer). */
function lightInTitleSpace(rgb: Uint8Array): number {
  let light = 0;
  for (let y = 110; y < 500; y++) for (let x = 0; x < 1200; x++) if (rgb[(y * 1200 + x) * 3]! > 200) light++;
  return light;
}

const titles = [
  'What is an IOP?',
  'Weekly-hours estimator',
  'IOP for teens: what parents should know before the first week',
  'Paying for IOP, step-by-step: insurance, Medicaid, sliding-scale and employer assistance programs explained',
  '¿Qué es un programa ambulatorio intensivo (IOP)?',
  'Cómo pagar un IOP: seguro médico, Medicare y Medicaid',
  '¡Ánimo! Niños, años, días y lugares: él, tú, aún',
];

describe('the quick card path', () => {
  it('draws a 1200 × 630 palette PNG', async () => {
    const { width, height, type } = decode(await socialCardPng(card('What is an IOP?'), fonts));
    expect([width, height, type]).toEqual([1200, 630, 3]);
  });

  it.each(titles)('gives the picture the full layout gives: %s', async (title) => {
    expect(layoutTitle(title, font)).toBeDefined(); // really the quick path
    const quick = decode(await socialCardPng(card(title), fonts));
    const full = decode(await socialCardPngByLayout(card(title), fonts));
    const { mean, far } = difference(quick.rgb, full.rgb);
    // Glyphs sit within 0.1 px of the layout's, so only edge pixels differ, and slightly.
    expect(mean).toBeLessThan(0.1);
    expect(far).toBeLessThan(0.001);
  }, 20_000);

  it('draws the title: a card with a title has text where the template has none', async () => {
    const blank = lightInTitleSpace(decode(await socialCardPngByLayout(card(''), fonts)).rgb);
    const titled = lightInTitleSpace(decode(await socialCardPng(card('Intensive outpatient programs'), fonts)).rgb);
    expect(blank).toBe(0);
    expect(titled).toBeGreaterThan(5_000);
  });

  it('gives different pictures for different titles', async () => {
    const a = await socialCardPng(card('IOP for teens'), fonts);
    const b = await socialCardPng(card('IOP for adults'), fonts);
    expect(a.equals(b)).toBe(false);
    expect(difference(decode(a).rgb, decode(b).rgb).far).toBeGreaterThan(0.001);
  });

  it('gives the same bytes for the same card, whatever was drawn before', async () => {
    const first = await socialCardPng(card('Qué esperar en un IOP', 'Guía'), newFonts());
    // Glyphs are drawn in batches of those a card needs and are not drawn yet: here, first another size,
    // then some of the same letters at the same size, so the card's own batch is smaller.
    const other = newFonts();
    await socialCardPng(card('Paying for IOP: a long title that sets the glyphs at another size first'), other);
    await socialCardPng(card('Un pequeño resumen', 'Guía'), other);
    expect((await socialCardPng(card('Qué esperar en un IOP', 'Guía'), other)).equals(first)).toBe(true);
  });

  it('leaves titles it cannot set exactly to the full layout, which still draws them', async () => {
    for (const title of ['Before/after IOP', 'IOP — a guide', 'Two  spaces', ' Leading space', 'Emoji 🙂', 'Why?Because', '( spaced )', 'Said "hi" (twice)'])
      expect(layoutTitle(title, font), title).toBeUndefined();
    const { width, height, type } = decode(await socialCardPng(card('Before/after IOP'), fonts));
    expect([width, height, type]).toEqual([1200, 630, 6]);
  });
});

describe('the template', () => {
  it('fits the kickers, site name and taglines the site uses on one line each', async () => {
    const { pageCards, pageCardsEs, cardWords } = await import('../../src/data/social-cards.ts');
    const kickers = [...pageCards.map((c) => c.kicker), ...Object.values(pageCardsEs).map((c) => c.kicker), ...Object.values(cardWords).flatMap((w) => [w.guide, w.tool])];
    for (const kicker of kickers) for (const { tagline } of Object.values(cardWords)) expect(templateFits({ kicker, siteName: 'IOP Guide', tagline }, font), kicker).toBe(true);
  });

  it('leaves a card whose footer would wrap to the full layout', async () => {
    const long = { ...card('What is an IOP?'), tagline: 'Educational, private, plain-language information with every source shown and dated' };
    expect(templateFits(long, font)).toBe(false);
    expect(decode(await socialCardPng(long, fonts)).type).toBe(6); // drawn by the full layout
  });
});

describe('setting a title', () => {
  it('keeps short titles on one line at the largest size', () => {
    expect(layoutTitle('What is an IOP?', font)).toMatchObject({ size: 80, lines: 1 });
  });

  it('wraps long titles at spaces, keeps every line inside the title box and centres the block', () => {
    const title = 'Paying for IOP, step-by-step: insurance, Medicaid, sliding-scale and employer assistance programs explained';
    const layout = layoutTitle(title, font)!;
    expect(layout.size).toBe(58);
    expect(layout.lines).toBeGreaterThanOrEqual(3);
    for (let line = 0; line < layout.lines; line++) {
      const glyphs = layout.glyphs.filter((g) => g.line === line);
      expect(glyphs.length).toBeGreaterThan(0);
      expect(glyphs[0]!.x).toBe(0); // each line starts at the box's left edge
      expect(Math.max(...glyphs.map((g) => g.x))).toBeLessThan(titleBox.width);
    }
    // Every character but the spaces is drawn, in order.
    expect(layout.glyphs.map((g) => g.char).join('')).toBe(title.replaceAll(' ', ''));
    const height = layout.lines * Math.round(58 * 1.15);
    expect(Math.abs(layout.top + height / 2 - titleBox.centre)).toBeLessThanOrEqual(0.5);
  });

  it('breaks after a hyphen between words but not inside "2-3"', () => {
    const words = (title: string) => {
      const layout = layoutTitle(title, font)!;
      return Array.from({ length: layout.lines }, (_, n) => layout.glyphs.filter((g) => g.line === n).map((g) => g.char).join(''));
    };
    const hyphen = words('Employer-assistance-programs-and-insurance-plans explained');
    expect(hyphen.length).toBeGreaterThan(1);
    expect(hyphen[0]!.endsWith('-')).toBe(true);
    const numbers = words('Most programs run 2-3 hours a day, 3-5 days a week, for 6-12 weeks or more in all');
    for (const line of numbers) expect(line).not.toMatch(/\d-$/);
  });
});

describe('Spanish text on cards', () => {
  it('the font has every accented letter and Spanish mark', () => {
    for (const c of 'áéíóúüñÁÉÍÓÚÜÑ¿¡') expect(font.glyphOf(c.codePointAt(0)!), c).toBeGreaterThan(0);
  });

  it('draws the accents: "Guía" differs from "Guia" where the accent sits', async () => {
    const accented = decode(await socialCardPng(card('Guía para familias'), fonts)).rgb;
    const plain = decode(await socialCardPng(card('Guia para familias'), fonts)).rgb;
    expect(difference(accented, plain).far).toBeGreaterThan(0.0001);
  });
});

describe('the card cache', () => {
  it('draws a card once, then serves the stored bytes without drawing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-cache-'));
    vi.stubEnv('IOP_CARD_CACHE_DIR', dir);
    vi.resetModules();
    const { cachedCard } = await import('../../src/pages/og/_card-cache.ts');
    let draws = 0;
    const draw = async () => {
      draws++;
      return Uint8Array.of(1, 2, 3);
    };
    expect([...(await cachedCard('k1', draw))]).toEqual([1, 2, 3]);
    expect([...(await cachedCard('k1', draw))]).toEqual([1, 2, 3]);
    expect(draws).toBe(1);
    await cachedCard('k2', draw);
    expect(draws).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['k1.png', 'k2.png']);
    vi.unstubAllEnvs();
  });
});
