// /og/<card>.png: the link-preview image for a guide, a tool or a main page, drawn at build time and
// cached between builds by a hash of its inputs, so an unchanged card is never drawn twice.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardCacheKey, cardMarkSvg, cardTemplateDigest, socialCardPng, type CardFonts, type CardText } from '../../lib/social-card.ts';
// Imported as modules, so the bundler finds them wherever the build output goes (no paths to resolve).
import template from '../../lib/social-card.ts?raw';
import regularFont from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff?inline';
import boldFont from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff?inline';
import satoriPackage from 'satori/package.json';
import resvgPackage from '@resvg/resvg-js/package.json';
import { siteName } from '../../data/site.ts';
import { pageCards } from '../../data/social-cards.ts';
import { tools } from '../../data/tools.ts';
import { toolCardId } from '../../lib/card-ids.ts';
import { readCachedCard, writeCachedCard } from './_card-cache.ts';

export const getStaticPaths = (async () => {
  const guides = await getCollection('guides');
  return [
    ...pageCards.map((c) => ({ params: { card: c.id }, props: { title: c.title, kicker: c.kicker } })),
    ...guides.map((g) => ({ params: { card: `guide-${g.id}` }, props: { title: g.data.title, kicker: 'Guide' } })),
    ...tools
      .filter((t) => toolCardId(t.path))
      .map((t) => ({ params: { card: toolCardId(t.path)! }, props: { title: t.title, kicker: 'Tool' } })),
  ];
}) satisfies GetStaticPaths;

/** A `data:font/woff;base64,…` URL (what `?inline` gives) as bytes. */
const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

// Once per build, not once per card.
const fonts: CardFonts = { regular: bytesOf(regularFont), bold: bytesOf(boldFont) };
// The mark is drawing data from another module, so its SVG joins the template: a new mark redraws every card.
const templateDigest = cardTemplateDigest({ template: template + cardMarkSvg, fonts, versions: `satori ${satoriPackage.version}, resvg ${resvgPackage.version}` });

export const GET: APIRoute = async ({ props }) => {
  const card: CardText = { title: props.title as string, kicker: props.kicker as string, siteName, tagline: 'Educational. Private. Sources shown.' };
  const key = cardCacheKey(templateDigest, card);
  let png = await readCachedCard(key);
  if (!png) {
    png = await socialCardPng(card, fonts);
    await writeCachedCard(key, png);
  }
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
