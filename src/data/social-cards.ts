// Which pages get their own link-preview image, besides one per guide. Others use the home card.

export const pageCards = [
  { id: 'home', path: '/', title: 'Intensive outpatient programs, explained plainly', kicker: 'Plain-language guide' },
  { id: 'faq', path: '/faq/', title: 'Frequently asked questions about IOP', kicker: 'FAQ' },
  { id: 'tools', path: '/tools/', title: 'Tools for planning IOP care', kicker: 'Tools' },
] as const;

export type PageCardId = (typeof pageCards)[number]['id'];

/**
 * The Spanish edition's cards. A Spanish page shows "es-" + its English counterpart's card id, so each
 * English page card has one here, and each tool (by its English slug) has a Spanish title.
 */
export const pageCardsEs: Record<PageCardId, { title: string; kicker: string }> = {
  home: { title: 'Programas ambulatorios intensivos, explicados con claridad', kicker: 'Guía en lenguaje sencillo' },
  faq: { title: 'Preguntas frecuentes sobre el IOP', kicker: 'Preguntas frecuentes' },
  tools: { title: 'Herramientas para planear la atención en un IOP', kicker: 'Herramientas' },
};

/** Spanish titles of the tools with a card, by the tool's English slug (/tools/<slug>/). */
export const toolCardTitlesEs: Record<string, string> = {
  'hours-estimator': 'Calculadora de horas por semana',
  'compare-levels': 'Comparar niveles de atención',
  'questions-to-ask': 'Preguntas para hacerle a un programa',
};

/** The words every card carries besides its title and kicker, and the kickers of guides and tools. */
export const cardWords = {
  en: { tagline: 'Educational. Private. Sources shown.', guide: 'Guide', tool: 'Tool' },
  es: { tagline: 'Educativo. Privado. Con fuentes.', guide: 'Guía', tool: 'Herramienta' },
} as const;
