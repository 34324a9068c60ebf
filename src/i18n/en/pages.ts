// English UI text: pages (home, help now, about, not found). The Spanish file types itself with
// PagesText, so it cannot miss a key. Link paths are English site paths; the page components turn them
// into the page language's paths.
import type { Widen } from '../lang.ts';
import { tools } from '../../data/tools.ts';

export const pagesEn = {
  home: {
    title: 'Intensive outpatient programs (IOP), explained plainly',
    descriptionEnd: 'Educational, private, with sources shown.',
    heading: 'Intensive outpatient programs, explained plainly',
    /** Offered near the top of the home page to readers of the other language. */
    otherLanguage: { text: '¿Prefiere leer en español?', label: 'Vea IOP Guide en español', lang: 'es' } as null | {
      text: string;
      label: string;
      lang: string;
    },
    lead: {
      before:
        'An intensive outpatient program (IOP) is part-time treatment for mental health conditions, substance use, or both. You live at home and keep up with work, school and family. You go to sessions several days a week, usually',
      adults: 'for adults and',
      teens: 'for teens.',
      newHere: 'New to this? Start with',
      newHereLink: 'what an IOP is',
      after: '.',
    },
    nextStep: 'Your next step',
    /** The three kinds of reader, each with one next step first and a couple of links after it. */
    readers: [
      {
        id: 'for-families',
        title: 'Someone you love may need more help',
        text: 'Learn what an IOP asks of them and of you, and how to support them without doing it all.',
        next: { label: 'Read the guide for families', path: '/guides/families/' },
        more: [
          { label: 'If it is for a teenager', path: '/guides/teens/' },
          { label: 'Paying for IOP', path: '/guides/paying-for-iop/' },
        ],
      },
      {
        id: 'for-yourself',
        title: 'You are thinking about an IOP for yourself',
        text: 'What a week looks like, whether you can keep working, and how to take the first step.',
        next: { label: 'See what to expect', path: '/guides/what-to-expect/' },
        more: [
          { label: 'Getting started', path: '/guides/getting-started/' },
          { label: 'Keeping your job', path: '/guides/rights-work-and-privacy/#keeping-your-job' },
          { label: 'Estimate your hours', path: '/tools/hours-estimator/' },
        ],
      },
      {
        id: 'for-referrers',
        title: 'You refer people: pastor, counselor, youth leader or clinician',
        text: 'What to tell a family, which page to send for each question, and a handout to print.',
        next: { label: 'Open the referrer kit', path: '/for-referrers/' },
        more: [{ label: 'Print the one-page handout', path: '/for-referrers/handout/' }],
      },
    ],
    guides: 'Guides',
    allGuides: 'All guides',
    seeAllGuides: (n: number) => `See all ${n} guides`,
    toolsHeading: 'Tools',
    tools: tools as readonly { title: string; path: string; summary: string }[],
  },
  helpNow: {
    title: 'Need help now?',
    description:
      'In danger, call 911. For a crisis, call, text or chat with 988. What to do for an overdose, and US help lines for veterans, Spanish, poison help and treatment.',
    lead: 'If you or someone else may be in danger, get help right away. You do not have to be sure it is an emergency. These services are free and can talk with you about what to do next.',
    danger: 'In danger right now? Call 911',
    crisis: 'If it is a crisis but not an emergency',
    support: 'For information and support (not emergencies)',
    hours: 'Hours',
    officialSite: 'Official site',
    treatmentHeading: 'Looking for treatment, not crisis help?',
    treatment: {
      before: 'is the federal search tool for treatment programs. Our guide to',
      link: 'getting started',
      after: 'explains how to get an assessment and what to ask a program.',
    },
    checked: 'These lines serve the United States. We checked every line on this page on',
  },
  about: {
    title: 'About and editorial policy',
    description: 'How IOP Guide is written and checked, why it names no treatment center, and how it protects your privacy.',
    heading: 'About IOP Guide',
    lead: 'IOP Guide explains intensive outpatient programs (IOPs) for mental health and substance use in plain words. It is for families, for the pastors, counselors and clinicians who help them, and for anyone weighing this kind of care.',
    notAdvice: {
      id: 'not-medical-advice',
      heading: 'Educational, not medical advice',
      text: 'This site explains how treatment usually works. It cannot tell you what one person needs. A licensed clinician who does an assessment should decide on the level of care. If someone may be in danger, go to',
      link: 'help now',
    },
    sources: {
      id: 'sources',
      heading: 'Where our facts come from',
      paragraphs: [
        'We take facts from public health agencies and professional bodies, such as SAMHSA, the National Institute on Drug Abuse, the National Institute of Mental Health, the Centers for Medicare & Medicaid Services and the American Society of Addiction Medicine, and from peer-reviewed research. Blogs and marketing pages from treatment providers do not count as sources. Every guide lists its sources at the end.',
        'Every number on the site, such as hours a week, is kept in one place and shown on each page from there. So a number can never say one thing in a guide and another in a tool. Where sources disagree, we give a range and say that programs vary.',
      ],
    },
    review: {
      id: 'review',
      heading: 'How we review',
      schedule:
        'Each guide shows the date it was last checked against its sources and when the next check is due. We check each guide at least once a year, and sooner when a rule or a source changes. The help lines page shows the date its numbers were last checked.',
      names:
        'A guide names the people who reviewed it, with their training and the date. Where no clinician has reviewed a guide, the guide says so in plain words:',
      noneYet: 'Right now that is true of every guide on this site.',
      someReviewed: (reviewed: number, total: number) => `A clinician has reviewed ${reviewed} of our ${total} guides so far.`,
      howToAdd:
        "Whoever runs this site adds a reviewer in the guide's own file, in its frontmatter, and the guide, the count above and the guide's data for search engines all show it after the next build:",
    },
    neutral: {
      id: 'neutral',
      heading: 'No treatment center is named or promoted',
      text: 'We do not name, rank or recommend treatment centers, apps or companies. No one pays to appear here. The site has no ads and no sponsored content. To find a program, use the public tools our guides point to, and ask the questions we suggest.',
    },
    words: {
      id: 'words',
      heading: 'How we write',
      text: 'We write at about a sixth- to eighth-grade reading level. We use person-first words, such as "a person with a substance use disorder," because words that shame people keep them from getting help. Example people in our stories are made up from common experiences, and we label them that way.',
    },
    privacy: {
      id: 'privacy',
      heading: 'Privacy',
      items: [
        'No cookies. The site never sets one.',
        'No analytics, tracking pixels, ads or social media buttons.',
        'No requests to other websites: every file comes from this site. There are no outside fonts or scripts.',
        'Search runs inside your browser. What you type is not sent anywhere.',
        'Tools that remember your answers keep them only in this browser, and you can clear them at any time.',
      ],
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'We could not find that page. Search the site or start from the guides.',
    heading: 'We could not find that page',
    text: 'The link may be old, or the address may have a typo. Here are some places to go instead:',
    links: [
      { label: 'Home page', path: '/' },
      { label: 'All guides', path: '/guides/' },
      { label: 'Frequently asked questions', path: '/faq/' },
      { label: 'Need help now? Crisis and help lines', path: '/help-now/' },
    ],
    searchLabel: 'Search the site',
    searchButton: 'Search',
  },
};

export type PagesText = Widen<typeof pagesEn>;
