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

/** The panel's own words in each language; the line names and links come from the help lines. */
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
    /** 988 in Spanish: call and press 2, or text AYUDA (the links of the `lifeline988Spanish` line). */
    lifelineName: 'Línea 988 de Prevención del Suicidio y Crisis, en español',
    lifelineLabels: ['Llame al 988 y marque 2', 'Envíe AYUDA por texto al 988'],
    emergencyLabel: 'Llame al 911',
  },
} as const satisfies Record<Lang, { dangerLabel: string; helpNowLabel: string; or: string }>;

/** The English panel words (kept for callers that predate the Spanish edition). */
export const crisisPanelText = crisisPanelTexts.en;

type PanelLines = {
  lifeline988: Pick<HelpLine, 'name' | 'links'>;
  emergency911: Pick<HelpLine, 'links'>;
  lifeline988Spanish?: Pick<HelpLine, 'links'>;
};

/**
 * The panel's words and links, from the help lines and the address of /help-now/ (base path included).
 * In Spanish the 988 links are the Spanish line's (call and press 2, text AYUDA), labelled in Spanish.
 */
export function crisisPanel(lines: PanelLines, title: string, helpNowPath: string, lang: Lang = 'en'): CrisisPanelContent {
  const emergency = lines.emergency911.links[0];
  if (!emergency) throw new Error('crisisPanel: the 911 line has no link');
  // Phone and text only: they work without leaving the page, from any phone.
  const phoneAndText = (links: readonly CrisisPanelLink[]) => links.filter((l) => !l.href.startsWith('http'));
  if (lang === 'es') {
    const text = crisisPanelTexts.es;
    const spanish = phoneAndText(lines.lifeline988Spanish?.links ?? []);
    if (spanish.length === 0) throw new Error('crisisPanel: the Spanish 988 line has no phone or text link');
    return {
      title,
      lifelineName: text.lifelineName,
      lifelineLinks: spanish.map((link, i) => ({ href: link.href, label: text.lifelineLabels[i] ?? link.label })),
      dangerLabel: text.dangerLabel,
      emergencyLink: { href: emergency.href, label: text.emergencyLabel },
      helpNow: { label: text.helpNowLabel, href: helpNowPath },
      or: text.or,
    };
  }
  return {
    title,
    lifelineName: lines.lifeline988.name,
    lifelineLinks: phoneAndText(lines.lifeline988.links),
    dangerLabel: crisisPanelTexts.en.dangerLabel,
    emergencyLink: emergency,
    helpNow: { label: crisisPanelTexts.en.helpNowLabel, href: helpNowPath },
    or: crisisPanelTexts.en.or,
  };
}
