// Builds the JSON-LD that describes each page to search engines, typed with schema-dts. Pure.
import type { BreadcrumbList, FAQPage, MedicalWebPage, Person, WebSite, WithContext } from 'schema-dts';
import type { Reviewer } from './reviewers.ts';

export interface PageFacts {
  url: string;
  title: string;
  description: string;
}

const audienceTypes: Record<string, string> = {
  families: 'Families and caregivers',
  referrers: 'Clergy, school counselors, youth leaders and clinicians',
  'seeking-care': 'People considering treatment',
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
export function reviewerPerson(reviewer: Reviewer): Person {
  const credentials = reviewer.credentials?.trim();
  return {
    '@type': 'Person',
    name: reviewer.name,
    ...(credentials ? { honorificSuffix: credentials } : {}),
    description: `${reviewer.role === 'clinical' ? 'Clinical' : 'Editorial'} reviewer, ${reviewer.date.toISOString().slice(0, 10)}`,
  };
}

/**
 * A guide as a MedicalWebPage. `reviewedBy` appears only when someone is named in the guide's
 * frontmatter: the page never claims a review that did not happen.
 */
export function medicalWebPage(
  page: PageFacts & { lastReviewed: Date; audience: string[]; reviewers?: readonly Reviewer[] },
): WithContext<MedicalWebPage> {
  const reviewers = page.reviewers ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: page.url,
    name: page.title,
    description: page.description,
    lastReviewed: page.lastReviewed.toISOString().slice(0, 10),
    audience: page.audience.map((a) => ({ '@type': 'Audience', audienceType: audienceTypes[a] ?? a })),
    about: { '@type': 'MedicalTherapy', name: 'Intensive outpatient program (IOP)' },
    isAccessibleForFree: true,
    ...(reviewers.length > 0 ? { reviewedBy: reviewers.map(reviewerPerson) } : {}),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

export function faqPage(url: string, entries: { question: string; answer: string; url: string }[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url,
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      url: e.url,
      acceptedAnswer: { '@type': 'Answer', text: e.answer },
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so text can never end it. */
export function jsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
