// Schemas for every content collection. A wrong field fails the build with Astro's message, which
// names the collection, the file and the field; the messages below say what is allowed instead.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { faqTopics } from './data/faq-topics.ts';

// The benchmark builds synthetic guide sets with the real config by pointing this at a temp folder.
const contentRoot = process.env.IOP_CONTENT_DIR ?? './content';

export const audiences = ['families', 'referrers', 'seeking-care'] as const;


const source = z.object({
  title: z.string().min(1, 'a source needs a title'),
  publisher: z.string().min(1, 'a source needs a publisher'),
  year: z.number().int().min(1900, 'year must be a four-digit year').max(2100, 'year must be a four-digit year'),
  url: z.url('url must be a full https:// address').optional(),
});

/** Someone who checked a guide: a clinician (clinical) or an editor (editorial). Optional per guide. */
const reviewer = z.object({
  name: z.string().min(1, 'a reviewer needs a name'),
  credentials: z.string().optional(),
  role: z.enum(['clinical', 'editorial'], 'role must be clinical or editorial'),
  date: z.coerce.date(),
});

/**
 * Every Spanish entry names the English entry it translates (`translationOf`), so the two languages are
 * paired by data, not by file names; `lang` says which language the file is written in.
 */
function spanish(english: 'guides' | 'faq' | 'glossary') {
  return { translationOf: reference(english), lang: z.literal('es') };
}

const guideFields = z
    .object({
      title: z.string().min(1, 'title is required'),
      description: z
        .string()
        .min(50, 'description should be a full sentence of at least 50 characters')
        .max(160, 'description must be 160 characters or fewer (search engines show it as the page summary)'),
      summary: z.string().min(1, 'summary (the "In short" paragraph) is required'),
      audience: z.array(z.enum(audiences)).min(1, `audience must list at least one of: ${audiences.join(', ')}`),
      lastReviewed: z.coerce.date(),
      nextReview: z.coerce.date(),
      sources: z.array(source).min(2, 'list at least two sources'),
      related: z.array(reference('guides')).default([]),
      order: z.number().int().min(0),
      reviewers: z.array(reviewer).default([]),
    });

interface ReviewDates {
  lastReviewed: Date;
  nextReview: Date;
  reviewers: { date: Date }[];
}
const reviewAfterLast = (guide: ReviewDates) => guide.nextReview > guide.lastReviewed;
// A review is part of the last check, so lastReviewed can never be older than a reviewer's date.
const reviewersByLast = (guide: ReviewDates) => guide.reviewers.every((r) => r.date <= guide.lastReviewed);

function guideSchema<T extends z.ZodObject>(fields: T) {
  return fields
    .refine((guide) => reviewAfterLast(guide as unknown as ReviewDates), {
      message: 'nextReview must come after lastReviewed',
      path: ['nextReview'],
    })
    .refine((guide) => reviewersByLast(guide as unknown as ReviewDates), {
      message: "a reviewer's date must not be after lastReviewed (move lastReviewed forward too)",
      path: ['reviewers'],
    });
}

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentRoot}/guides` }),
  schema: guideSchema(guideFields),
});

const faqFields = z.object({
    question: z.string().min(1).refine((q) => q.trim().endsWith('?'), 'question must end with a question mark'),
    topic: z.enum(faqTopics),
    guide: reference('guides'),
    /** Optional heading id inside the guide that answers this best. */
    section: z.string().optional(),
    order: z.number().int().min(0).default(100),
});

const faq = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/faq` }),
  schema: faqFields,
});

const glossaryFields = z.object({
  term: z.string().min(1),
  /** Other names a reader may know it by, e.g. "dual diagnosis". */
  aka: z.array(z.string()).default([]),
});

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/glossary` }),
  schema: glossaryFields,
});

// The Spanish edition (/es/). Its `related` and `guide` fields keep the English ids: one list of links
// serves both languages, and pairs.ts maps each to its Spanish page.
const spanishRoot = process.env.IOP_CONTENT_DIR ? `${contentRoot}/es` : './content/es';
const guidesEs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${spanishRoot}/guides` }),
  schema: guideSchema(guideFields.extend(spanish('guides'))),
});
const faqEs = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${spanishRoot}/faq` }),
  schema: faqFields.extend(spanish('faq')),
});
const glossaryEs = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${spanishRoot}/glossary` }),
  schema: glossaryFields.extend(spanish('glossary')),
});

export const collections = { guides, faq, glossary, guidesEs, faqEs, glossaryEs };
