// Who has reviewed a guide, and whether any of them is a clinician. Pure: the words come from the caller.

export type ReviewerRole = 'clinical' | 'editorial';

export interface Reviewer {
  name: string;
  /** Letters after the name, such as "MD" or "LCSW"; may be empty for an editorial reviewer. */
  credentials?: string;
  role: ReviewerRole;
  /** The day this person finished their review. */
  date: Date;
}

/** The reviewers who are clinicians, newest review first. */
export function clinicalReviewers(reviewers: readonly Reviewer[] = []): Reviewer[] {
  return reviewers.filter((r) => r.role === 'clinical').sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** True when at least one clinician has reviewed the guide. */
export function hasClinicalReview(reviewers: readonly Reviewer[] = []): boolean {
  return reviewers.some((r) => r.role === 'clinical');
}

/** "Jane Doe, MD" or, without credentials, "Jane Doe". */
export function reviewerName(reviewer: Reviewer): string {
  const credentials = reviewer.credentials?.trim();
  return credentials ? `${reviewer.name}, ${credentials}` : reviewer.name;
}
