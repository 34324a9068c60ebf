// The interactive guides, listed once for the home page and the tools index.

export interface ToolLink {
  title: string;
  path: string;
  summary: string;
}

export const tools: ToolLink[] = [
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
    title: 'Level-of-care table',
    path: '/guides/levels-of-care/',
    summary: 'Outpatient, IOP, PHP, residential and hospital care side by side.',
  },
];
