// Draws a page's 1200×630 link-preview image (title + site name) at build time: satori lays out the
// card as SVG, resvg paints it, and a small PNG writer stores the pixels. No browser, no outside service.
//
// Drawing is the costly part of a build with many guides, so a card is normally drawn the quick way
// (card-fast.ts): the full layout draws, once per build, the card without its title (per kicker) and
// each glyph of the title font (per size and tenth of a pixel); each card then only sets its title with
// the font's metrics, blends those glyphs onto the template and writes a palette PNG. The full layout
// (`socialCardPngByLayout`) remains for the rare titles the quick way cannot set exactly, and is what
// the quick way is tested against. Fonts are parsed once per process, resvg does not scan the system's
// fonts (satori has already turned the text into outlines), and PNGs are written with fast zlib
// settings. The caller caches each PNG under `cardCacheKey`, so an unchanged card is drawn once and
// then copied.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cacheKeyOf, digestOf } from './cache-key.ts';
import { constants, crc32, deflateSync } from 'node:zlib';
import { drawTitle, drawTitleIndexed, indexImage, layoutTitle, newScratch, templateFits, lineStep, phases, titleSize, type GlyphMask, type IndexedImage, type Scratch } from './card-fast.ts';
import { parseCardFont, type CardFont } from './card-font.ts';

export const cardSize = { width: 1200, height: 630 } as const;

export interface CardFonts {
  regular: ArrayBuffer | Uint8Array;
  bold: ArrayBuffer | Uint8Array;
}

export interface CardText {
  title: string;
  kicker: string;
  siteName: string;
  tagline: string;
}

import { siteMarkSvg } from '../data/site-mark.ts';

/** The site's mark as drawn on every card: white square, steps in the card's green (as in the header). */
export const cardMarkSvg = siteMarkSvg('#ffffff', '#0d6b5f', 56);
const cardMarkSrc = `data:image/svg+xml;base64,${Buffer.from(cardMarkSvg).toString('base64')}`;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The satori tree of one card: kicker, title (smaller when long), site name and tagline. */
export function cardTree(card: CardText): Node {
  return el(
    'div',
    {
      // Satori adds padding outside width and height, so the box is sized to leave room for it.
      width: cardSize.width - 2 * 72,
      height: cardSize.height - 2 * 64,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#0d6b5f',
      color: '#ffffff',
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 700, letterSpacing: 1, color: '#cdeee8' }, card.kicker.toUpperCase()),
      el('div', { display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15 }, card.title),
      el('div', { display: 'flex', width: '100%', justifyContent: 'space-between', fontSize: 30 }, [
        el('div', { display: 'flex', alignItems: 'center', fontWeight: 700, fontSize: 40 }, [
          { type: 'img', props: { src: cardMarkSrc, width: 56, height: 56, style: { marginRight: 18 } } },
          card.siteName,
        ]),
        el('div', { display: 'flex', color: '#cdeee8' }, card.tagline),
      ]),
    ],
  );
}

// Satori caches parsed fonts per `fonts` array, so the same array must be passed every time.
const satoriFonts = new WeakMap<CardFonts, Parameters<typeof satori>[1]['fonts']>();
function fontsFor(fonts: CardFonts) {
  let list = satoriFonts.get(fonts);
  if (!list) {
    const buffer = (data: ArrayBuffer | Uint8Array) => (data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : data);
    list = [
      { name: 'Atkinson Hyperlegible', data: buffer(fonts.regular), weight: 400, style: 'normal' },
      { name: 'Atkinson Hyperlegible', data: buffer(fonts.bold), weight: 700, style: 'normal' },
    ];
    satoriFonts.set(fonts, list);
  }
  return list;
}

/** The card as SVG (text as outlines). */
export function socialCardSvg(card: CardText, fonts: CardFonts): Promise<string> {
  return satori(cardTree(card) as Parameters<typeof satori>[0], { ...cardSize, fonts: fontsFor(fonts) });
}

const pngSignature = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);

function pngChunk(type: string, data: Uint8Array): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  chunk.set(data, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

/**
 * An 8-bit RGBA PNG of `rgba` (width × height × 4 bytes, row by row), or RGB with `channels` 3. Rows are stored unfiltered and
 * deflated at level 1: a flat-coloured card compresses well that way, several times faster than the
 * adaptive filtering and level 6 of a general-purpose encoder.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, channels: 3 | 4 = 4): Buffer {
  if (rgba.length !== width * height * channels) throw new Error(`encodePng: expected ${width * height * channels} bytes, got ${rgba.length}`);
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = channels === 4 ? 6 : 2; // RGBA or RGB
  return Buffer.concat([pngSignature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw, { level: 1 })), pngChunk('IEND', new Uint8Array(0))]);
}

/**
 * An 8-bit palette PNG of `image` (its scanlines already carry filter byte 0). Exact: the palette lists
 * every colour of the picture. A card's indices are long runs of one colour, so run-length matching
 * (zlib's Z_RLE) compresses them both faster and smaller than level 1's general search.
 */
export function encodeIndexedPng(image: IndexedImage): Buffer {
  const { width, height, scanlines, palette } = image;
  if (scanlines.length !== (width + 1) * height) throw new Error(`encodeIndexedPng: expected ${(width + 1) * height} bytes, got ${scanlines.length}`);
  if (palette.length < 1 || palette.length > 256) throw new Error(`encodeIndexedPng: ${palette.length} colours`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // palette
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((c, i) => plte.set([c >> 16, (c >> 8) & 255, c & 255], i * 3));
  return Buffer.concat([pngSignature, pngChunk('IHDR', header), pngChunk('PLTE', plte), pngChunk('IDAT', deflateSync(scanlines, { level: 1, strategy: constants.Z_RLE })), pngChunk('IEND', new Uint8Array(0))]);
}

/** Paints an SVG at the card's size and returns it as PNG. */
export function svgToPng(svg: string): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** The card drawn by the full layout path (satori + resvg), as PNG. */
export async function socialCardPngByLayout(card: CardText, fonts: CardFonts): Promise<Buffer> {
  return svgToPng(await socialCardSvg(card, fonts));
}

/** What the fast path keeps per set of fonts: the parsed title font, templates and glyph masks. */
interface FastState {
  font: CardFont;
  templates: Map<string, Promise<{ rgb: Uint8Array; indexed?: IndexedImage }>>;
  masks: Map<string, Promise<(GlyphMask | undefined)[]>>;
  /** Reused by every card (drawing and encoding run without a pause in between). */
  scratch: Scratch;
}
const fastStates = new WeakMap<CardFonts, FastState>();
function fastState(fonts: CardFonts): FastState {
  let state = fastStates.get(fonts);
  if (!state) {
    const bold = fonts.bold instanceof Uint8Array ? fonts.bold : new Uint8Array(fonts.bold);
    state = { font: parseCardFont(bold), templates: new Map(), masks: new Map(), scratch: newScratch(cardSize.width, cardSize.height) };
    fastStates.set(fonts, state);
  }
  return state;
}

/** RGBA → RGB (the card is opaque). */
function dropAlpha(rgba: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
    rgb[o] = rgba[i]!;
    rgb[o + 1] = rgba[i + 1]!;
    rgb[o + 2] = rgba[i + 2]!;
  }
  return rgb;
}

/** The card without its title, drawn by the full layout once per kicker, site name and tagline. */
function template(card: CardText, fonts: CardFonts, state: FastState) {
  const key = JSON.stringify([card.kicker, card.siteName, card.tagline]);
  let drawn = state.templates.get(key);
  if (!drawn) {
    drawn = socialCardSvg({ ...card, title: '' }, fonts).then((svg) => {
      const image = new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width }, font: { loadSystemFonts: false } }).render();
      const rgb = dropAlpha(image.pixels);
      return { rgb, indexed: indexImage(rgb, image.width, image.height) };
    });
    state.templates.set(key, drawn);
  }
  return drawn;
}

/**
 * One glyph of the title, laid out alone by satori in a line box at (0, 0), so its outline is the one the
 * full layout would draw, then painted by resvg at each sub-pixel offset in one go. undefined for a glyph
 * with no ink.
 */
async function drawGlyph(char: string, size: number, fonts: CardFonts): Promise<(GlyphMask | undefined)[]> {
  const tree = el('div', { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.15, color: '#ffffff', fontFamily: 'Atkinson Hyperlegible' }, char);
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: size * 4, height: lineStep(size), fonts: fontsFor(fonts) });
  const d = /<path[^>]* d="([^"]+)"/.exec(svg)?.[1];
  if (!d) return Array.from({ length: phases }, () => undefined);
  const numbers = d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  const left = Math.floor(Math.min(...xs)) - 1;
  const top = Math.floor(Math.min(...ys)) - 1;
  const width = Math.ceil(Math.max(...xs)) - left + 2;
  const height = Math.ceil(Math.max(...ys)) - top + 1;
  const cells = Array.from({ length: phases }, (_, k) => `<path fill="#fff" transform="translate(${-left + k / phases} ${-top + k * height})" d="${d}"/>`);
  const sheet = `<svg width="${width}" height="${height * phases}" viewBox="0 0 ${width} ${height * phases}" xmlns="http://www.w3.org/2000/svg">${cells.join('')}</svg>`;
  const pixels = new Resvg(sheet, { font: { loadSystemFonts: false } }).render().pixels;
  return Array.from({ length: phases }, (_, k) => {
    const alpha = new Uint8Array(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[(k * width * height + i) * 4 + 3]!;
    return { left, top, width, height, alpha };
  });
}

/**
 * The card as PNG, drawn the fast way (template + pre-drawn glyphs, see card-fast.ts) when the title
 * allows it, else by the full layout. Both give the same picture; the fast way is several times cheaper.
 */
export async function socialCardPng(card: CardText, fonts: CardFonts): Promise<Buffer> {
  const state = fastState(fonts);
  const layout = templateFits(card, state.font) ? layoutTitle(card.title, state.font) : undefined;
  if (!layout) return socialCardPngByLayout(card, fonts);
  const masks = new Map<string, (GlyphMask | undefined)[]>();
  for (const { char } of layout.glyphs) {
    if (masks.has(char)) continue;
    const key = `${char} ${layout.size}`;
    let drawn = state.masks.get(key);
    if (!drawn) state.masks.set(key, (drawn = drawGlyph(char, layout.size, fonts)));
    masks.set(char, await drawn);
  }
  const mask = (char: string, _size: number, phase: number) => masks.get(char)?.[phase];
  const { rgb, indexed } = await template(card, fonts, state);
  // From here to the PNG nothing awaits, so no other card can use the scratch meanwhile.
  const image = indexed && drawTitleIndexed(indexed, layout, mask, state.scratch);
  if (image) return encodeIndexedPng(image);
  return encodePng(drawTitle(rgb, cardSize.width, cardSize.height, layout, mask), cardSize.width, cardSize.height, 3);
}

/**
 * A hash of everything that changes every card's pixels: the drawing code (`template`, this file's
 * source), the font files and the libraries' versions. Worked out once per build.
 */
export function cardTemplateDigest(inputs: { template: string; fonts: CardFonts; versions: string }): string {
  return digestOf([inputs.template, inputs.fonts.regular, inputs.fonts.bold, inputs.versions]);
}

/**
 * The name a drawn card is cached under: the template digest plus the card's own text. Any change to
 * one of them gives a new key, so a stale card is never reused.
 */
export function cardCacheKey(templateDigest: string, card: CardText): string {
  return cacheKeyOf([templateDigest, card.title, card.kicker, card.siteName, card.tagline]);
}
