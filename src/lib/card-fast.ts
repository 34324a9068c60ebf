// The quick way to draw a card's title onto its template, without laying out the whole card per title.
//
// Every card shares its background, kicker, site mark, site name and tagline; only the title differs.
// So the rest of the card is drawn once per kicker (by the full layout path, see social-card.ts) and kept
// as a palette image, and each glyph of the title font is drawn once per size and tenth of a pixel (also
// by the full path, so the outlines are the very same). A title is then set with the font's own advance
// widths and pair kerning, wrapped and placed by the layout engine's rules, centred in the space between
// kicker and footer, and its glyphs are blended onto a copy of the template. The result matches the full
// layout to within anti-aliasing rounding (tests/unit/card-fast.test.ts compares the two pixel by pixel).
// Cards this path cannot set exactly as the layout would (a character outside the font or outside the
// simple line-breaking set, odd spacing, a word wider than a line, too many lines, a kicker or footer
// that wraps) are left to the full layout: `layoutTitle` / `templateFits` say so.
import type { CardFont } from './card-font.ts';

/** Where and how large the title is set; must agree with `cardTree` in social-card.ts. */
export const titleBox = {
  left: 72,
  width: 1056,
  /**
   * Title lines are centred on this height: halfway between the kicker's foot (64 px padding plus one
   * 30 px line at the font's normal line height, (950 + 290) / 1000) and the footer's top (630 − 64 − 56).
   * Holds while the kicker and the footer each take one line: see `templateFits`.
   */
  centre: (64 + 30 * 1.24 + 510) / 2,
  /** The tallest title block the space between kicker and footer takes. */
  maxHeight: 510 - (64 + 30 * 1.24),
} as const;

/**
 * Whether the kicker and the footer keep to one line each, so the title's space is where `titleBox` says.
 * Measured with the bold font (the tagline is regular, which is narrower), with room to spare.
 */
export function templateFits(card: { kicker: string; siteName: string; tagline: string }, font: CardFont): boolean {
  const width = (text: string, size: number, spacing = 0) => {
    let x = 0;
    for (const c of text) x += (font.advance(font.glyphOf(c.codePointAt(0)!)) * size) / font.unitsPerEm + spacing;
    return x;
  };
  const kicker = width(card.kicker.toUpperCase(), 30, 1);
  const footer = 56 + 18 + width(card.siteName, 40) + width(card.tagline, 30);
  return kicker <= titleBox.width - 40 && footer <= titleBox.width - 40;
}

/** The title's font size: smaller for longer titles. */
export function titleSize(title: string): number {
  return title.length > 60 ? 58 : title.length > 36 ? 68 : 80;
}

/** Pixel distance between title lines: a line height of 1.15, rounded as the layout engine does. */
export const lineStep = (size: number) => Math.round(size * 1.15);

/** Sub-pixel steps each glyph is pre-drawn at (the layout writes outlines to 0.1 px). */
export const phases = 10;

export interface PlacedGlyph {
  char: string;
  /** Pen position of the glyph's origin from the title box's left edge, in px. */
  x: number;
  line: number;
}

export interface TitleLayout {
  size: number;
  lines: number;
  /** The title block's top edge on the card, in px. */
  top: number;
  glyphs: PlacedGlyph[];
}

// Characters whose line-breaking behaviour (Unicode UAX #14) is simple enough to follow here; a title
// with anything else goes to the full layout.
const settable = /^[\p{L}0-9 .,:;?!¿¡'’"“”()&-]+$/u;
const letter = /\p{L}/u;

/** Break opportunities UAX #14 gives in a title made of `settable` characters; undefined if unsure. */
function breakAfter(chars: string[]): boolean[] | undefined {
  const breaks: boolean[] = [];
  for (let i = 0; i < chars.length; i++) {
    const [c, next, prev] = [chars[i]!, chars[i + 1], chars[i - 1]];
    if (next === undefined) breaks.push(true);
    else if (c === ' ') {
      if (next === '(' && /["”’'“]/.test(prev ?? '')) return undefined;
      breaks.push(next !== ' ');
    } else if (c === '-') {
      // After a hyphen before a letter (not before a digit: "2-3" stays together).
      if (prev === ' ' || prev === undefined || !(letter.test(next) || /[\d ]/.test(next))) return undefined;
      breaks.push(letter.test(next));
    } else {
      // `?` and `!` before a letter allow a break, and a space after an opening mark does not (nor one
      // between a quote and "("): rare in a title, so such titles go to the full layout.
      if ((c === '?' || c === '!') && !/[ "”’')]/.test(next)) return undefined;
      if (/[.,:;)"”’']/.test(c) && !/[\p{L}0-9 .,:;?!)"”’']/u.test(next)) return undefined;
      if (/[(¿¡“]/.test(c) && next === ' ') return undefined;
      breaks.push(false);
    }
  }
  return breaks;
}

/**
 * Sets the title in lines the way the layout engine does, or undefined when only the full layout can set
 * it faithfully. The engine's rules, followed here: words end at break opportunities; a word goes on
 * the line if the line's width up to the word's last ink fits (words measured whole, one after another);
 * the text of a line is drawn in runs that end after each space, each run shaped whole and placed where
 * its first word starts, on a whole pixel when the title takes more than one line.
 */
export function layoutTitle(title: string, font: CardFont): TitleLayout | undefined {
  if (!settable.test(title) || title !== title.trim() || title.includes('  ')) return undefined;
  const size = titleSize(title);
  const scale = size / font.unitsPerEm;
  const chars = [...title];
  if (chars.some((c) => c !== ' ' && font.glyphOf(c.codePointAt(0)!) === 0)) return undefined;
  const breaks = breakAfter(chars);
  if (!breaks) return undefined;

  /** A run of text shaped alone: glyph pen positions from its start, and its width. */
  const shape = (text: string) => {
    let x = 0;
    let prev = 0;
    const at: number[] = [];
    for (const c of text) {
      const id = font.glyphOf(c.codePointAt(0)!);
      if (at.length) x += font.kerning(prev, id) * scale;
      at.push(x);
      x += font.advance(id) * scale;
      prev = id;
    }
    return { at, width: x };
  };

  const words: string[] = [];
  let word = '';
  chars.forEach((c, i) => {
    word += c;
    if (breaks[i]) {
      words.push(word);
      word = '';
    }
  });

  // Greedy filling, measured on whole words; the trailing spaces of a line do not count.
  const lines: { text: string; x: number }[][] = [];
  let used = 0;
  for (const w of words) {
    const width = shape(w).width;
    const ink = shape(w.trimEnd()).width;
    if (ink > titleBox.width) return undefined; // a word wider than a line is broken by the engine
    if (lines.length === 0 || used + ink > titleBox.width) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)!.push({ text: w, x: used });
    used += width;
  }

  const height = lines.length * lineStep(size);
  if (height > titleBox.maxHeight) return undefined;
  // Pieces of a line are drawn in runs that end after each space: a run is shaped whole (kerning across
  // a hyphen or a colon), from where its first word starts; with more than one line, on a whole pixel.
  const round = lines.length > 1 ? Math.round : (x: number) => x;
  const glyphs: PlacedGlyph[] = [];
  lines.forEach((line, n) => {
    let run: { text: string; x: number } | undefined;
    const flush = () => {
      if (!run) return;
      const { at } = shape(run.text);
      const left = round(run.x);
      [...run.text].forEach((c, k) => {
        if (c !== ' ') glyphs.push({ char: c, x: left + at[k]!, line: n });
      });
      run = undefined;
    };
    for (const w of line) {
      run = run ? { text: run.text + w.text, x: run.x } : { ...w };
      if (w.text.endsWith(' ')) flush();
    }
    flush();
  });
  return { size, lines: lines.length, top: Math.round(titleBox.centre - height / 2), glyphs };
}

/** A glyph's coverage, drawn at one sub-pixel offset: `alpha` is width × height, placed at (left, top). */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/**
 * Walks every pixel the title's glyphs cover inside a width × height card, with its coverage `a` (1–255),
 * and hands it to `paint`, which returns false to stop (the walk then returns false). One walk for both
 * ways of drawing, so they place every glyph alike.
 */
function coverTitle(
  layout: TitleLayout,
  mask: (char: string, size: number, phase: number) => GlyphMask | undefined,
  width: number,
  height: number,
  paint: (px: number, py: number, a: number) => boolean,
): boolean {
  const step = lineStep(layout.size);
  for (const g of layout.glyphs) {
    const at = Math.round(g.x * phases);
    const whole = Math.floor(at / phases);
    const m = mask(g.char, layout.size, at - whole * phases);
    if (!m) continue;
    const x0 = titleBox.left + whole + m.left;
    const y0 = layout.top + g.line * step + m.top;
    for (let y = 0; y < m.height; y++) {
      const py = y0 + y;
      if (py < 0 || py >= height) continue;
      for (let x = 0; x < m.width; x++) {
        const a = m.alpha[y * m.width + x]!;
        const px = x0 + x;
        if (a === 0 || px < 0 || px >= width) continue;
        if (!paint(px, py, a)) return false;
      }
    }
  }
  return true;
}

/**
 * Blends white glyphs onto a copy of the template (RGB, card size). `mask(char, size, phase)` gives a
 * glyph's coverage at `phase` tenths of a pixel to the right, relative to a line box whose top-left is
 * (0, 0).
 */
export function drawTitle(
  template: Uint8Array,
  width: number,
  height: number,
  layout: TitleLayout,
  mask: (char: string, size: number, phase: number) => GlyphMask | undefined,
): Uint8Array {
  const rgb = new Uint8Array(template);
  coverTitle(layout, mask, width, height, (px, py, a) => {
    const o = (py * width + px) * 3;
    // Source-over with white: c + (255 − c) · a / 255, rounded.
    rgb[o] = over(rgb[o]!, a);
    rgb[o + 1] = over(rgb[o + 1]!, a);
    rgb[o + 2] = over(rgb[o + 2]!, a);
    return true;
  });
  return rgb;
}

/**
 * The template as a palette image, ready to be written as PNG scanlines: one filter byte (0) then one
 * palette index per pixel, row by row. A card has few colours (flat background, anti-aliased text in two
 * colours), so a palette stores it exactly in a third of the bytes of RGB, which makes both the copy per
 * card and the compression cheaper. undefined if the template has more than 256 colours.
 */
export interface IndexedImage {
  width: number;
  height: number;
  scanlines: Uint8Array;
  /** Colours as 0xRRGGBB, in order of first appearance. */
  palette: number[];
}

export function indexImage(rgb: Uint8Array, width: number, height: number): IndexedImage | undefined {
  const scanlines = new Uint8Array((width + 1) * height);
  const palette: number[] = [];
  const index = new Map<number, number>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      const colour = (rgb[o]! << 16) | (rgb[o + 1]! << 8) | rgb[o + 2]!;
      let i = index.get(colour);
      if (i === undefined) {
        if (palette.length === 256) return undefined;
        index.set(colour, (i = palette.length));
        palette.push(colour);
      }
      scanlines[y * (width + 1) + 1 + x] = i;
    }
  }
  return { width, height, scanlines, palette };
}

/**
 * Memory `drawTitleIndexed` may reuse from card to card. A build that draws a thousand cards inside a
 * process holding a large heap pays dearly for fresh megabyte buffers per card (each one pushes the
 * garbage collector into a full collection sooner), so the caller keeps one of these.
 */
export interface Scratch {
  scanlines: Uint8Array;
  blended: Int16Array;
}

export const newScratch = (width: number, height: number): Scratch => ({
  scanlines: new Uint8Array((width + 1) * height),
  blended: new Int16Array(256 * 256),
});

/** White at coverage `a` over one channel, as `drawTitle` blends it. */
const over = (c: number, a: number) => c + Math.trunc(((255 - c) * a + 127) / 255);

/**
 * `drawTitle` on a palette image: the same blending, colour by colour; new colours join the palette in
 * the order they first appear (so the same title always gives the same bytes). undefined when the
 * palette would pass 256 colours; the caller then draws in RGB.
 */
export function drawTitleIndexed(
  template: IndexedImage,
  layout: TitleLayout,
  mask: (char: string, size: number, phase: number) => GlyphMask | undefined,
  scratch?: Scratch,
): IndexedImage | undefined {
  const { width, height } = template;
  // With a scratch, its memory is reused: the image returned lives in it until the next call.
  const scanlines = scratch ? scratch.scanlines : new Uint8Array(template.scanlines.length);
  if (scanlines.length !== template.scanlines.length) throw new Error('drawTitleIndexed: scratch of the wrong size');
  scanlines.set(template.scanlines);
  const palette = template.palette.slice();
  const index = new Map<number, number>(palette.map((c, i) => [c, i]));
  // blended[i * 256 + a]: the index of palette colour i under white at coverage a (−1: not yet known).
  const blended = scratch ? scratch.blended.fill(-1) : new Int16Array(256 * 256).fill(-1);
  const drawn = coverTitle(layout, mask, width, height, (px, py, a) => {
    const o = py * (width + 1) + 1 + px;
    const from = scanlines[o]!;
    let to = blended[from * 256 + a]!;
    if (to < 0) {
      const c = palette[from]!;
      const colour = (over(c >> 16, a) << 16) | (over((c >> 8) & 255, a) << 8) | over(c & 255, a);
      let i = index.get(colour);
      if (i === undefined) {
        if (palette.length === 256) return false;
        index.set(colour, (i = palette.length));
        palette.push(colour);
      }
      blended[from * 256 + a] = to = i;
    }
    scanlines[o] = to;
    return true;
  });
  if (!drawn) return undefined;
  return { width, height, scanlines, palette };
}
