// The one place crisis and help lines are written down. Every page's "Need help now?" link, the
// /help-now/ page and any guide that mentions a line read it from here. Re-check each line against
// its official site before changing `checkedOn`.

export interface HelpLine {
  id: HelpLineId;
  name: string;
  /** One short line on what to do: "Call or text 988". */
  action: string;
  /** Tappable links in the order a reader would use them. */
  links: { label: string; href: string }[];
  hours: string;
  whatItIs: string;
  /** True for lines meant for someone in danger right now. */
  crisis: boolean;
  officialSite: string;
}

export type HelpLineId = 'lifeline988' | 'emergency911' | 'crisisText' | 'samhsaHelpline' | 'namiHelpline';

/** The date every entry below was last checked against its official source (ISO date). */
export const helpLinesCheckedOn = '2026-11-23';

export const helpLines: Record<HelpLineId, HelpLine> = {
  lifeline988: {
    id: 'lifeline988',
    name: '988 Suicide & Crisis Lifeline',
    action: 'Call or text 988, or chat online',
    links: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
    ],
    hours: '24 hours a day, 7 days a week',
    whatItIs:
      'Free, private support for anyone in emotional distress, a suicidal crisis or a substance use crisis, or worried about someone else. Press 1 for the Veterans Crisis Line. Press 2 for Spanish.',
    crisis: true,
    officialSite: '988lifeline.org',
  },
  emergency911: {
    id: 'emergency911',
    name: 'Emergency services',
    action: 'Call 911',
    links: [{ label: 'Call 911', href: 'tel:911' }],
    hours: 'Always',
    whatItIs: 'Call if someone is in immediate danger, has taken too much of a substance, or is badly hurt.',
    crisis: true,
    officialSite: '911.gov',
  },
  crisisText: {
    id: 'crisisText',
    name: 'Crisis Text Line',
    action: 'Text HOME to 741741',
    links: [{ label: 'Text HOME to 741741', href: 'sms:741741?body=HOME' }],
    hours: '24 hours a day, 7 days a week',
    whatItIs: 'Free support by text message from a trained volunteer.',
    crisis: true,
    officialSite: 'crisistextline.org',
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
    crisis: false,
    officialSite: 'samhsa.gov/find-help/helplines/national-helpline',
  },
  namiHelpline: {
    id: 'namiHelpline',
    name: 'NAMI HelpLine',
    action: 'Call 1-800-950-6264',
    links: [{ label: 'Call 1-800-950-6264', href: 'tel:+18009506264' }],
    hours: 'Weekdays, 10 a.m. to 10 p.m. Eastern time',
    whatItIs: 'Information and peer support about mental health conditions. It is not a crisis line.',
    crisis: false,
    officialSite: 'nami.org/help',
  },
};

export const helpLineOrder: HelpLineId[] = ['lifeline988', 'emergency911', 'crisisText', 'samhsaHelpline', 'namiHelpline'];
