// Names of link-preview images, so pages and the image routes agree on them. Pure.

/** "/tools/hours-estimator/" → "tool-hours-estimator"; pages outside /tools/ have no tool card. */
export function toolCardId(path: string): string | undefined {
  const match = /^\/tools\/([a-z0-9-]+)\/$/.exec(path);
  return match ? `tool-${match[1]}` : undefined;
}

/** The card for a page: its own (guides pass theirs), a main page's or a tool's, else the home card. */
export function cardFor(path: string, pageCardIds: Record<string, string>, toolPaths: readonly string[]): string {
  if (pageCardIds[path]) return pageCardIds[path];
  const tool = toolCardId(path);
  if (tool && toolPaths.includes(path)) return tool;
  return 'home';
}
