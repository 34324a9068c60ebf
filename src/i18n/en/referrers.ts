// English UI text: referrers (the referrer kit and its one-page handout). The Spanish file types itself
// with ReferrersText, so it cannot miss a key. Numbers come in from src/data as arguments.
import type { Widen } from '../lang.ts';
import { formatRange, formatWeeklyHours } from '../../lib/facts.ts';
import type { WeeklyHours } from '../../data/care-levels.ts';
import type { HelpLine } from '../../data/help-lines.ts';

export const referrersEn = {
  home: 'Home',
  kit: {
    title: 'For referrers',
    description:
      'For pastors, school counselors, youth leaders and clinicians: how to talk with a family about IOP, and which page to send for each question.',
    heading: 'For pastors, counselors, youth leaders and clinicians',
    handoutButton: 'Print the one-page handout',
    lead:
      'You may be the first person a family tells. You do not need to know which treatment is right. Your job is to listen, take it seriously and help them take the next step: an assessment by a licensed clinician.',
    talking: {
      heading: 'Talking with a family',
      points: [
        'Start with what you have noticed, in plain words, without labels. "I have noticed you seem very low lately."',
        'Say that help works and that asking for it is a strength.',
        'Explain that an IOP lets a person live at home and keep up school or work while getting real treatment.',
        'Suggest an assessment first. A clinician decides the level of care, not a friend and not a website.',
      ],
      danger: { before: 'If anyone may be in danger, do not wait: use the ', link: 'crisis lines', after: ' together.' },
    },
    referral: {
      heading: 'What a referral usually looks like',
      text: 'Most programs accept calls from the person, a family member or a professional. The program books an assessment, checks insurance and explains its schedule. Some ask for a note from a doctor or therapist. You can offer to sit with the family while they make the first call.',
    },
    afterwards: {
      heading: 'What the program can tell you afterwards',
      text: "Not much, unless the person agrees in writing. Programs that treat substance use follow a federal rule (42 CFR Part 2). They need the person's written consent before they share anything, even that the person is a patient. There are a few exceptions, such as a medical emergency. Programs that treat only mental health follow a different law (HIPAA), which allows some sharing without consent. If you want updates, ask the person to sign a release that names you.",
    },
    send: {
      heading: 'Pages to send for each question',
      intro: 'Each link opens on the right page. Copy it into an email, or text it from your phone.',
      caption: 'Which page answers which question',
      askColumn: 'If they ask…',
      sendColumn: 'Send',
      copy: 'Copy link',
      text: 'Text it',
    },
    handout: {
      heading: 'A one-page handout to print',
      before: 'The ',
      link: 'printable handout',
      after:
        ' explains IOP in a few lines, with the key numbers, how to find a program, the top questions to ask, the help lines and a QR code that opens this site. It has a box for your name and number. It fits on one sheet of Letter or A4 paper.',
    },
  },
  handout: {
    title: 'Handout: what is an IOP?',
    description:
      'A one-page printable handout for families: what an intensive outpatient program is, how to find one, questions to ask and help lines.',
    screenNote:
      'Print this page to give to a family. It fits on one sheet of Letter or A4 paper. Write your name and number in the box before you hand it over.',
    heading: 'What is an intensive outpatient program (IOP)?',
    printed: 'Printed',
    /** A blank to write the date in; the site script puts today's date there ("on November 29, 2026"). */
    printedBlank: 'on: ____________',
    intro:
      'An IOP is part-time treatment for mental health conditions, substance use, or both. The person lives at home and keeps up with work, school and family, and goes to group and other sessions several days a week.',
    numbers: {
      heading: 'Key numbers',
      adults: 'Adults:',
      teens: 'Teens:',
      schedule: 'Common schedule:',
      length: 'Common length:',
      lengthNote: ', depending on progress',
      more: 'More care (a day program) means',
      weeklyHours: (range: WeeklyHours) => formatWeeklyHours(range),
      days: (range: WeeklyHours) => `${formatRange(range)} days a week`,
      perSession: (hours: number) => `, about ${hours} hours a session`,
      weeks: (from: number, to: number) => `${from} to ${to} weeks`,
    },
    find: {
      heading: 'How to find a program',
      assessment: 'Ask a doctor, therapist or counselor for an assessment.',
      search: { before: 'Search ', after: ', the federal list of licensed programs.' },
      helpline: { before: 'Or call the ', after: (line: HelpLine) => `: ${line.action.replace(/^Call /, '')}. Free, any time.` },
      insurance: 'Call your insurance to ask what it covers.',
    },
    questionsHeading: 'Questions to ask each program',
    privacy: {
      label: 'Privacy:',
      text: " a program that treats substance use needs the person's written consent to share their records (42 CFR Part 2), except in cases such as an emergency. Programs that treat only mental health follow HIPAA.",
    },
    lines: {
      heading: 'Help lines (free, in the United States)',
      emergency: ' If someone is in danger now.',
      crisis: ' For a crisis, any time.',
      support: ' Information, not crisis help.',
    },
    from: { heading: 'From', name: 'Name:', call: 'Call me:' },
    more: {
      heading: 'Read more',
      text: 'Plain guides, a FAQ and planning tools, free and private:',
      note: (siteName: string) => `${siteName} is educational, not medical advice. It names no treatment center.`,
      qrLabel: (address: string) => `QR code for ${address}`,
    },
  },
} as const;

export type ReferrersText = Widen<typeof referrersEn>;
