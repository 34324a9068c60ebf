// What the crisis help panel says, in one place: the search page (src/pages/search.astro) and the FAQ
// search widget (src/widgets/FaqSearch.tsx) both draw it above any result when a search mentions danger.
// Pure: the help lines come from src/data/help-lines.ts and the title from the search word lists.
import type { HelpLine } from '../data/help-lines.ts';

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
}

export const crisisPanelText = {
  dangerLabel: 'If someone is in danger right now',
  helpNowLabel: 'All help lines, and what each one is for',
  /** Between two ways to reach the same line: "Call 988 or Text 988". */
  or: ' or ',
} as const;

/** The panel's words and links, from the help lines and the address of /help-now/ (base path included). */
export function crisisPanel(
  lines: { lifeline988: Pick<HelpLine, 'name' | 'links'>; emergency911: Pick<HelpLine, 'links'> },
  title: string,
  helpNowPath: string,
): CrisisPanelContent {
  const emergency = lines.emergency911.links[0];
  if (!emergency) throw new Error('crisisPanel: the 911 line has no link');
  return {
    title,
    lifelineName: lines.lifeline988.name,
    // Phone and text only: they work without leaving the page, from any phone.
    lifelineLinks: lines.lifeline988.links.filter((l) => !l.href.startsWith('http')),
    dangerLabel: crisisPanelText.dangerLabel,
    emergencyLink: emergency,
    helpNow: { label: crisisPanelText.helpNowLabel, href: helpNowPath },
  };
}
