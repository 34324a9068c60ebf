// The interactive guides, listed once for the home page and the tools index. Titles and summaries here
// are the English ones; other languages give theirs by path in src/i18n/<lang>/tools.ts.

export interface ToolLink {
  title: string;
  path: string;
  summary: string;
}

export const tools = [
  {
    title: 'Weekly-hours estimator',
    path: '/tools/hours-estimator/',
    summary: 'See what a program schedule means for your week, travel included, and how it compares with the usual hours.',
  },
  {
    title: 'Searchable FAQ',
    path: '/faq/',
    summary: 'Short, direct answers to the questions families and referrers ask most.',
  },
  {
    title: 'Compare levels of care',
    path: '/tools/compare-levels/',
    summary: 'Pick two or three levels, from weekly therapy to hospital care, and see them side by side.',
  },
  {
    title: 'Questions to ask a program',
    path: '/tools/questions-to-ask/',
    summary: 'A checklist to use when you call programs: tick, take notes, compare up to three, print or copy.',
  },
] as const satisfies readonly ToolLink[];

/** A tool's English path, which also keys its words in other languages (src/i18n/<lang>/tools.ts). */
export type ToolPath = (typeof tools)[number]['path'];
