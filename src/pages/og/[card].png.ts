// /og/<card>.png: the link-preview image for a guide, a tool or a main page, drawn at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { socialCardPng } from '../../lib/social-card.ts';
import { siteName } from '../../data/site.ts';
import { pageCards } from '../../data/social-cards.ts';
import { tools } from '../../data/tools.ts';
import { toolCardId } from '../../lib/card-ids.ts';

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

const require = createRequire(import.meta.url);
const fontFile = (weight: number) =>
  readFile(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));

export const GET: APIRoute = async ({ props }) => {
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)]);
  const png = await socialCardPng(
    { title: props.title as string, kicker: props.kicker as string, siteName, tagline: 'Educational. Private. Sources shown.' },
    { regular, bold },
  );
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
