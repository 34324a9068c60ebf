// /og/<card>.png: the link-preview image for a guide, a tool or a main page, drawn at build time and
// cached between builds by a hash of its inputs, so an unchanged card is never drawn twice.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardCacheKey, cardMarkSvg, cardTemplateDigest, socialCardPng, type CardFonts, type CardText } from '../../lib/social-card.ts';
// Imported as modules, so the bundler finds them wherever the build output goes (no paths to resolve).
import template from '../../lib/social-card.ts?raw';
import fastTemplate from '../../lib/card-fast.ts?raw';
import fontReader from '../../lib/card-font.ts?raw';
import regularFont from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff?inline';
import boldFont from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff?inline';
import satoriPackage from 'satori/package.json';
import resvgPackage from '@resvg/resvg-js/package.json';
import { siteName } from '../../data/site.ts';
import { cardWords, pageCards, pageCardsEs, toolCardTitlesEs } from '../../data/social-cards.ts';
import { tools } from '../../data/tools.ts';
import { toolCardId } from '../../lib/card-ids.ts';
import { cachedCard } from './_card-cache.ts';

export const getStaticPaths = (async () => {
  const [guides, guidesEs] = await Promise.all([getCollection('guides'), getCollection('guidesEs')]);
  const toolCards = tools.flatMap((t) => {
    const id = toolCardId(t.path);
    return id ? [{ id, slug: id.slice('tool-'.length), title: t.title }] : [];
  });
  // The key is the card's own cache key: an unchanged card is copied from the last build, not even read.
  const card = (id: string, title: string, kicker: string, lang: 'en' | 'es') => ({
    params: { card: id },
    props: { title, kicker, lang },
    cacheKey: cardCacheKey(templateDigest, cardText(title, kicker, lang)),
  });
  return [
    ...pageCards.map((c) => card(c.id, c.title, c.kicker, 'en')),
    ...guides.map((g) => card(`guide-${g.id}`, g.data.title, cardWords.en.guide, 'en')),
    ...toolCards.map((t) => card(t.id, t.title, cardWords.en.tool, 'en')),
    // The Spanish edition: "es-" + the English card's id; Spanish guides by their Spanish slug.
    ...pageCards.map((c) => card(`es-${c.id}`, pageCardsEs[c.id].title, pageCardsEs[c.id].kicker, 'es')),
    ...guidesEs.map((g) => card(`es-guide-${g.id}`, g.data.title, cardWords.es.guide, 'es')),
    ...toolCards.map((t) => {
      const title = toolCardTitlesEs[t.slug];
      if (!title) throw new Error(`No Spanish card title for the tool ${t.slug} (src/data/social-cards.ts)`);
      return card(`es-${t.id}`, title, cardWords.es.tool, 'es');
    }),
  ];
}) satisfies GetStaticPaths;

/** A `data:font/woff;base64,…` URL (what `?inline` gives) as bytes. */
const bytesOf = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

// Once per build, not once per card.
const fonts: CardFonts = { regular: bytesOf(regularFont), bold: bytesOf(boldFont) };
// The mark is drawing data from another module, so its SVG joins the template: a new mark redraws every
// card. So do the fast path's title setting and font reading.
const templateDigest = cardTemplateDigest({ template: template + fastTemplate + fontReader + cardMarkSvg, fonts, versions: `satori ${satoriPackage.version}, resvg ${resvgPackage.version}` });

const cardText = (title: string, kicker: string, lang: 'en' | 'es'): CardText => ({ title, kicker, siteName, tagline: cardWords[lang].tagline });

export const GET: APIRoute = async ({ props }) => {
  const card = cardText(props.title as string, props.kicker as string, props.lang as 'en' | 'es');
  const png = await cachedCard(cardCacheKey(templateDigest, card), () => socialCardPng(card, fonts));
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
