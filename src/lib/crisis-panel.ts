// What the crisis help panel says, in one place: the search page (src/pages/search.astro) and the FAQ
// search widget (src/widgets/FaqSearch.tsx) both draw it above any result when a search mentions danger.
// Pure: the help lines come from src/data/help-lines.ts and the title from the search word lists.
import type { HelpLine } from '../data/help-lines.ts';
import type { Lang } from '../i18n/lang.ts';

export interface CrisisPanelLink {
  label: string;
  href: string;
}

export interface CrisisPanelContent {
  title: string;
  /** "988 Suicide & Crisis Lifeline", then its call and text links (no outside chat link). */
  lifelineName: string;
  lifelineLinks: CrisisPanelLink[];
  /** "If someone is in danger right now", then the 911 link. */
  dangerLabel: string;
  emergencyLink: CrisisPanelLink;
  /** The link to every help line, on /help-now/. */
  helpNow: CrisisPanelLink;
  /** Between two ways to reach the same line ("Call 988 or Text 988"). */
  or: string;
}

/** The panel's own words in each language; the line names and link labels come from the help lines. */
export const crisisPanelTexts = {
  en: {
    dangerLabel: 'If someone is in danger right now',
    helpNowLabel: 'All help lines, and what each one is for',
    /** Between two ways to reach the same line: "Call 988 or Text 988". */
    or: ' or ',
  },
  es: {
    dangerLabel: 'Si alguien está en peligro ahora mismo',
    helpNowLabel: 'Todas las líneas de ayuda y para qué sirve cada una',
    or: ' o ',
  },
} as const satisfies Record<Lang, { dangerLabel: string; helpNowLabel: string; or: string }>;

/** The English panel words (kept for callers that predate the Spanish edition). */
export const crisisPanelText = crisisPanelTexts.en;

type PanelLines = {
  lifeline988: Pick<HelpLine, 'name' | 'links'>;
  emergency911: Pick<HelpLine, 'links'>;
  lifeline988Spanish?: Pick<HelpLine, 'name' | 'links'>;
};

/**
 * The panel's words and links, from the help lines of the page's language (src/data/es/help-lines.ts
 * `helpLinesFor(lang)`) and the address of the help page (base path included). In Spanish the 988 line is
 * the Spanish one: call and press 2, or text AYUDA.
 */
export function crisisPanel(lines: PanelLines, title: string, helpNowPath: string, lang: Lang = 'en'): CrisisPanelContent {
  const emergency = lines.emergency911.links[0];
  if (!emergency) throw new Error('crisisPanel: the 911 line has no link');
  const lifeline = lang === 'es' ? lines.lifeline988Spanish : lines.lifeline988;
  if (!lifeline) throw new Error('crisisPanel: no 988 line in Spanish');
  const text = crisisPanelTexts[lang];
  return {
    title,
    lifelineName: lifeline.name,
    // Phone and text only: they work without leaving the page, from any phone.
    lifelineLinks: lifeline.links.filter((l) => !l.href.startsWith('http')),
    dangerLabel: text.dangerLabel,
    emergencyLink: emergency,
    helpNow: { label: text.helpNowLabel, href: helpNowPath },
    or: text.or,
  };
}
