// Builds the JSON-LD that describes each page to search engines, typed with schema-dts. Pure.
import type { BreadcrumbList, MedicalWebPage, Person, WebSite, WithContext } from 'schema-dts';
import type { Reviewer } from './reviewers.ts';
import { intlLocale, type Lang } from '../i18n/lang.ts';

export interface PageFacts {
  url: string;
  title: string;
  description: string;
}

const audienceTypes: Record<Lang, Record<string, string>> = {
  en: {
    families: 'Families and caregivers',
    referrers: 'Clergy, school counselors, youth leaders and clinicians',
    'seeking-care': 'People considering treatment',
  },
  es: {
    families: 'Familias y cuidadores',
    referrers: 'Pastores, consejeros escolares, líderes juveniles y profesionales clínicos',
    'seeking-care': 'Personas que consideran un tratamiento',
  },
};

/** What a guide is about, as schema.org's MedicalTherapy name, per language. */
const therapyName: Record<Lang, string> = {
  en: 'Intensive outpatient program (IOP)',
  es: 'Programa ambulatorio intensivo (IOP)',
};

const reviewerRole: Record<Lang, Record<Reviewer['role'], string>> = {
  en: { clinical: 'Clinical reviewer', editorial: 'Editorial reviewer' },
  es: { clinical: 'Revisión clínica', editorial: 'Revisión editorial' },
};

export function webSite(siteName: string, homeUrl: string, searchUrl: string): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: homeUrl,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      // schema.org's documented form for the query placeholder.
      'query-input': 'required name=search_term_string',
    } as WebSite['potentialAction'],
  };
}

/** A named reviewer as schema.org's Person; the role says whether it was a clinical or an editorial review. */
export function reviewerPerson(reviewer: Reviewer, lang: Lang = 'en'): Person {
  const credentials = reviewer.credentials?.trim();
  return {
    '@type': 'Person',
    name: reviewer.name,
    ...(credentials ? { honorificSuffix: credentials } : {}),
    description: `${reviewerRole[lang][reviewer.role]}, ${reviewer.date.toISOString().slice(0, 10)}`,
  };
}

/**
 * A guide as a MedicalWebPage in its language (`inLanguage` "en-US" or "es-US"). `reviewedBy` appears
 * only when someone is named in the guide's frontmatter: the page never claims a review that did not happen.
 */
export function medicalWebPage(
  page: PageFacts & { lang: Lang; lastReviewed: Date; audience: string[]; reviewers?: readonly Reviewer[] },
): WithContext<MedicalWebPage> {
  const reviewers = page.reviewers ?? [];
  const { lang } = page;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: page.url,
    name: page.title,
    description: page.description,
    inLanguage: intlLocale[lang],
    lastReviewed: page.lastReviewed.toISOString().slice(0, 10),
    audience: page.audience.map((a) => ({ '@type': 'Audience', audienceType: audienceTypes[lang][a] ?? a })),
    about: { '@type': 'MedicalTherapy', name: therapyName[lang] },
    isAccessibleForFree: true,
    ...(reviewers.length > 0 ? { reviewedBy: reviewers.map((r) => reviewerPerson(r, lang)) } : {}),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so text can never end it. */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
