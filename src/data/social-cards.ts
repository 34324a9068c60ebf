// Which pages get their own link-preview image, besides one per guide. Others use the home card.

export const pageCards = [
  { id: 'home', path: '/', title: 'Intensive outpatient programs, explained plainly', kicker: 'Plain-language guide' },
  { id: 'faq', path: '/faq/', title: 'Frequently asked questions about IOP', kicker: 'FAQ' },
  { id: 'tools', path: '/tools/', title: 'Tools for planning IOP care', kicker: 'Tools' },
] as const;

export type PageCardId = (typeof pageCards)[number]['id'];
