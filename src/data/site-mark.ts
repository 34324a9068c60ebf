// The site's mark as drawing data: three steps rising inside a rounded square (levels of care, one
// step at a time). SiteMark.astro draws it in the header; link-preview cards can draw the same shapes.

/** A 32 × 32 drawing: the square's corner radius and the steps' path. */
export const siteMark = {
  viewBox: '0 0 32 32',
  cornerRadius: 7,
  steps: 'M7 24h5v-5H7zM13.5 24h5V14h-5zM20 24h5V8h-5z',
} as const;

/** The mark as a standalone SVG string in the given colours (for places that need raw SVG). */
export function siteMarkSvg(background: string, foreground: string, size = 32): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${siteMark.viewBox}" width="${size}" height="${size}"><rect width="32" height="32" rx="${siteMark.cornerRadius}" fill="${background}"/><path d="${siteMark.steps}" fill="${foreground}"/></svg>`;
}
