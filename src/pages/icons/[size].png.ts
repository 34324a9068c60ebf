// /icons/<size>.png: the site icon as PNG for home screens and the web manifest, drawn from favicon.svg.
// The SVG is imported as text, so the bundler inlines it: no file path that depends on where the build
// output lands (a path relative to the bundled chunk broke builds with another --outDir).
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import faviconSvg from '../../../public/favicon.svg?raw';
import { iconSizes } from '../../data/site.ts';

export const getStaticPaths = (() => iconSizes.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = new Resvg(faviconSvg, { fitTo: { mode: 'width', value: Number(params.size) }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
