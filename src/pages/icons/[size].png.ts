// /icons/<size>.png: the site icon as PNG for home screens and the web manifest, drawn from favicon.svg.
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { iconSizes } from '../../data/site.ts';
// Bundled as text at build time: a path relative to this module would break when the built chunk sits
// at another depth (a build with another --outDir).
import svg from '../../../public/favicon.svg?raw';

export const getStaticPaths = (() => iconSizes.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng();
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
