// The one place crisis and help lines are written down. Every page's "Need help now?" link, the
// /help-now/ page, the help box in guides and any guide that mentions a line read it from here.
// Re-check each line against its official site (and its listed sources) before changing its `checkedOn`.

import type { Source } from './sources.ts';

export interface HelpLine {
  id: HelpLineId;
  name: string;
  /** One short line on what to do: "Call or text 988". */
  action: string;
  /** Tappable links in the order a reader would use them. */
  links: { label: string; href: string }[];
  /** Other ways in, one short sentence each (press 1 for veterans, TTY, …). */
  options?: string[];
  hours: string;
  whatItIs: string;
  /**
   * "emergency": someone is in danger right now (911). "crisis": a crisis that is not an emergency.
   * "support": information and referrals, not crisis help.
   */
  kind: 'emergency' | 'crisis' | 'support';
  /** The line's own website, shown as a link (following a link is not a request from this site). */
  officialSite: { label: string; url: string };
  sources: Source[];
  /** When this entry was last checked against its sources (ISO date). */
  checkedOn: string;
}

export type HelpLineId =
  | 'emergency911'
  | 'lifeline988'
  | 'veteransCrisisLine'
  | 'lifeline988Spanish'
  | 'crisisText'
  | 'poisonHelp'
  | 'samhsaHelpline'
  | 'namiHelpline';

const lifelineSource: Source = {
  title: '988 Suicide & Crisis Lifeline',
  publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
  year: 2026,
  url: 'https://988lifeline.org/',
};

export const helpLines: Record<HelpLineId, HelpLine> = {
  emergency911: {
    id: 'emergency911',
    name: 'Emergency services',
    action: 'Call 911',
    links: [{ label: 'Call 911', href: 'tel:911' }],
    hours: 'Always',
    whatItIs:
      'Call first if someone is in danger right now: they may have overdosed, are about to act on thoughts of suicide, or are badly hurt.',
    kind: 'emergency',
    officialSite: { label: '911.gov', url: 'https://www.911.gov/' },
    sources: [{ title: 'Frequently asked questions about 911', publisher: 'National 911 Program (US Department of Transportation)', year: 2026, url: 'https://www.911.gov/' }],
    checkedOn: '2026-11-28',
  },
  lifeline988: {
    id: 'lifeline988',
    name: '988 Suicide & Crisis Lifeline',
    action: 'Call or text 988, or chat online',
    links: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
      { label: 'Chat with 988', href: 'https://988lifeline.org/chat/' },
    ],
    options: [
      'Veterans and service members: press 1 after you dial 988.',
      'En español: press 2 after you dial 988.',
      'Deaf or hard of hearing: use your relay service, or dial 711 and then 988.',
    ],
    hours: '24 hours a day, 7 days a week',
    whatItIs:
      'For a crisis that is not an emergency. Free, private support for anyone in emotional distress, a suicidal crisis or a substance use crisis, or worried about someone else.',
    kind: 'crisis',
    officialSite: { label: '988lifeline.org', url: 'https://988lifeline.org/' },
    sources: [lifelineSource, { title: '988 Lifeline: what to expect', publisher: 'SAMHSA', year: 2026, url: 'https://988lifeline.org/get-help/what-to-expect/' }],
    checkedOn: '2026-11-28',
  },
  veteransCrisisLine: {
    id: 'veteransCrisisLine',
    name: 'Veterans Crisis Line',
    action: 'Dial 988 and press 1, or text 838255',
    links: [
      { label: 'Call 988, press 1', href: 'tel:988' },
      { label: 'Text 838255', href: 'sms:838255' },
    ],
    hours: '24 hours a day, 7 days a week',
    whatItIs: 'For veterans, service members and the people who care about them. You do not need to be enrolled in VA care.',
    kind: 'crisis',
    officialSite: { label: 'veteranscrisisline.net', url: 'https://www.veteranscrisisline.net/' },
    sources: [{ title: 'Veterans Crisis Line', publisher: 'US Department of Veterans Affairs', year: 2026, url: 'https://www.veteranscrisisline.net/' }, lifelineSource],
    checkedOn: '2026-11-28',
  },
  lifeline988Spanish: {
    id: 'lifeline988Spanish',
    name: '988 Lifeline in Spanish',
    action: 'Dial 988 and press 2, or text AYUDA to 988',
    links: [
      { label: 'Call 988, press 2', href: 'tel:988' },
      { label: 'Text AYUDA to 988', href: 'sms:988?body=AYUDA' },
    ],
    hours: '24 hours a day, 7 days a week',
    whatItIs: 'Crisis support by phone, text and chat, answered by counselors who speak Spanish.',
    kind: 'crisis',
    officialSite: { label: '988lifeline.org/es', url: 'https://988lifeline.org/es/' },
    sources: [
      { title: '988 Lifeline en español', publisher: 'SAMHSA', year: 2026, url: 'https://988lifeline.org/es/' },
      {
        title: '988 Lifeline adds Spanish text and chat services (news release, 13 July 2023)',
        publisher: 'US Department of Health and Human Services',
        year: 2023,
      },
    ],
    checkedOn: '2026-11-28',
  },
  crisisText: {
    id: 'crisisText',
    name: 'Crisis Text Line',
    action: 'Text HOME to 741741',
    links: [{ label: 'Text HOME to 741741', href: 'sms:741741?body=HOME' }],
    hours: '24 hours a day, 7 days a week',
    whatItIs: 'Free support by text message from a trained volunteer.',
    kind: 'crisis',
    officialSite: { label: 'crisistextline.org', url: 'https://www.crisistextline.org/' },
    sources: [{ title: 'Crisis Text Line', publisher: 'Crisis Text Line', year: 2026, url: 'https://www.crisistextline.org/' }],
    checkedOn: '2026-11-23',
  },
  poisonHelp: {
    id: 'poisonHelp',
    name: 'Poison Help',
    action: 'Call 1-800-222-1222',
    links: [{ label: 'Call 1-800-222-1222', href: 'tel:+18002221222' }],
    hours: '24 hours a day, 7 days a week',
    whatItIs:
      'Free, private advice from a poison expert if someone took too much of a medicine or swallowed something harmful. If the person is not awake or not breathing, call 911 instead.',
    kind: 'crisis',
    officialSite: { label: 'poisonhelp.hrsa.gov', url: 'https://poisonhelp.hrsa.gov/' },
    sources: [{ title: 'Poison Help', publisher: 'Health Resources and Services Administration (HRSA)', year: 2026, url: 'https://poisonhelp.hrsa.gov/' }],
    checkedOn: '2026-11-28',
  },
  samhsaHelpline: {
    id: 'samhsaHelpline',
    name: 'SAMHSA National Helpline',
    action: 'Call 1-800-662-4357 (1-800-662-HELP)',
    links: [
      { label: 'Call 1-800-662-4357', href: 'tel:+18006624357' },
      { label: 'TTY 1-800-487-4889', href: 'tel:+18004874889' },
    ],
    hours: '24 hours a day, 7 days a week, in English and Spanish',
    whatItIs:
      'Free and confidential information and referrals to treatment, support groups and community services. It is not counseling. FindTreatment.gov is the federal search tool for treatment programs.',
    kind: 'support',
    officialSite: { label: 'samhsa.gov', url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
    sources: [
      { title: 'SAMHSA’s National Helpline', publisher: 'SAMHSA', year: 2026, url: 'https://www.samhsa.gov/find-help/helplines/national-helpline' },
      { title: 'FindTreatment.gov', publisher: 'SAMHSA', year: 2026, url: 'https://findtreatment.gov/' },
    ],
    checkedOn: '2026-11-23',
  },
  namiHelpline: {
    id: 'namiHelpline',
    name: 'NAMI HelpLine',
    action: 'Call 1-800-950-6264',
    links: [{ label: 'Call 1-800-950-6264', href: 'tel:+18009506264' }],
    hours: 'Weekdays, 10 a.m. to 10 p.m. Eastern time',
    whatItIs: 'Information and peer support about mental health conditions. It is not a crisis line.',
    kind: 'support',
    officialSite: { label: 'nami.org/help', url: 'https://www.nami.org/help' },
    sources: [{ title: 'NAMI HelpLine', publisher: 'National Alliance on Mental Illness', year: 2026, url: 'https://www.nami.org/help' }],
    checkedOn: '2026-11-23',
  },
};

/** Reading order: immediate danger first (911), then crisis lines, then information and support. */
export const helpLineOrder: HelpLineId[] = [
  'emergency911',
  'lifeline988',
  'veteransCrisisLine',
  'lifeline988Spanish',
  'crisisText',
  'poisonHelp',
  'samhsaHelpline',
  'namiHelpline',
];

/** The oldest `checkedOn` of all lines: "we checked every line on this page on …" stays true. */
export const helpLinesCheckedOn = Object.values(helpLines)
  .map((line) => line.checkedOn)
  .sort()[0] as string;

/**
 * What to do if someone may have overdosed, in order. Shown on /help-now/ and in the help box.
 * Naloxone nasal spray has been sold without a prescription since 2023 (FDA).
 */
export const overdoseSteps = {
  heading: 'If someone may have overdosed',
  steps: [
    'Call 911.',
    'If opioids may be involved, give naloxone. It is a nasal spray you can buy without a prescription (since 2023). It does no harm if there are no opioids.',
    'Check their breathing.',
    'Stay with them until help arrives.',
    'Put them on their side, so they do not choke.',
  ],
  goodSamaritan:
    'Most states have Good Samaritan laws that protect a person who calls for help during an overdose from some drug charges.',
  sources: [
    {
      title: 'SAMHSA Opioid Overdose Prevention Toolkit',
      publisher: 'Substance Abuse and Mental Health Services Administration (SAMHSA)',
      year: 2018,
      url: 'https://store.samhsa.gov/product/opioid-overdose-prevention-toolkit/sma18-4742',
    },
    {
      title: 'FDA approves first over-the-counter naloxone nasal spray (29 March 2023)',
      publisher: 'US Food and Drug Administration (FDA)',
      year: 2023,
      url: 'https://www.fda.gov/news-events/press-announcements/fda-approves-first-over-counter-naloxone-nasal-spray',
    },
    {
      title: 'Lifesaving naloxone',
      publisher: 'Centers for Disease Control and Prevention (CDC)',
      year: 2024,
      url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html',
    },
  ] satisfies Source[],
  checkedOn: '2026-11-28',
} as const;
