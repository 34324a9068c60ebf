// Draws a page's 1200×630 link-preview image (title + site name) at build time: satori lays out the
// card as SVG, resvg turns it into PNG. No browser, no outside service.
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const cardSize = { width: 1200, height: 630 } as const;

export interface CardFonts {
  regular: ArrayBuffer | Buffer;
  bold: ArrayBuffer | Buffer;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

export async function socialCardPng(card: { title: string; kicker: string; siteName: string; tagline: string }, fonts: CardFonts): Promise<Uint8Array> {
  const titleSize = card.title.length > 60 ? 58 : card.title.length > 36 ? 68 : 80;
  const tree = el(
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
        el('div', { display: 'flex', fontWeight: 700, fontSize: 40 }, card.siteName),
        el('div', { display: 'flex', color: '#cdeee8' }, card.tagline),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    ...cardSize,
    fonts: [
      { name: 'Atkinson Hyperlegible', data: fonts.regular, weight: 400, style: 'normal' },
      { name: 'Atkinson Hyperlegible', data: fonts.bold, weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width } }).render().asPng();
}
