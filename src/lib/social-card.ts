// Draws a page's 1200×630 link-preview image (title + site name) at build time: satori lays out the
// card as SVG, resvg paints it, and a small PNG writer stores the pixels. No browser, no outside service.
//
// Drawing is the costly part of a build with many guides, so: the fonts are parsed once per process
// (satori keeps parsed fonts for as long as it is handed the same array), resvg does not scan the
// system's fonts (satori has already turned the text into outlines), and the PNG is written with fast
// zlib settings rather than resvg's slower default encoder. The caller caches each PNG under
// `cardCacheKey`, so an unchanged card is drawn once and then copied.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

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
  const titleSize = card.title.length > 60 ? 58 : card.title.length > 36 ? 68 : 80;
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
      el('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, card.title),
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
 * An 8-bit RGBA PNG of `rgba` (width × height × 4 bytes, row by row). Rows are stored unfiltered and
 * deflated at level 1: a flat-coloured card compresses well that way, several times faster than the
 * adaptive filtering and level 6 of a general-purpose encoder.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([pngSignature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw, { level: 1 })), pngChunk('IEND', new Uint8Array(0))]);
}

/** Paints an SVG at the card's size and returns it as PNG. */
export function svgToPng(svg: string): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

export async function socialCardPng(card: CardText, fonts: CardFonts): Promise<Buffer> {
  return svgToPng(await socialCardSvg(card, fonts));
}

function digest(parts: (string | ArrayBuffer | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const data of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
    hash.update(`${bytes.length}:`); // length-prefixed, so two different lists of parts never hash alike
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * A hash of everything that changes every card's pixels: the drawing code (`template`, this file's
 * source), the font files and the libraries' versions. Worked out once per build.
 */
export function cardTemplateDigest(inputs: { template: string; fonts: CardFonts; versions: string }): string {
  return digest([inputs.template, inputs.fonts.regular, inputs.fonts.bold, inputs.versions]);
}

/**
 * The name a drawn card is cached under: the template digest plus the card's own text. Any change to
 * one of them gives a new key, so a stale card is never reused.
 */
export function cardCacheKey(templateDigest: string, card: CardText): string {
  return digest([templateDigest, card.title, card.kicker, card.siteName, card.tagline]).slice(0, 32);
}
