// /icons/<size>.png: the site icon as PNG for home screens and the web manifest, drawn from favicon.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import { iconSizes } from '../../data/site.ts';

export const getStaticPaths = (() => iconSizes.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const svg = await readFile(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng();
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
