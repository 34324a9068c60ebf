// Which questions the "Questions to ask a program" checklist asks, grouped and in reading order, by id
// only. The words live per language (program-questions.ts, es/program-questions.ts), so the checklist's
// logic and storage can check ids without carrying either language's text.
// Ids are stored in readers' browsers with their notes: never reuse or rename one, only add or retire.

export const questionLayout = [
  { id: 'program-and-staff', questions: ['state-license', 'accreditation', 'staff-training', 'group-size'] },
  { id: 'schedule-and-care', questions: ['schedule-tracks', 'session-length', 'therapies', 'telehealth'] },
  { id: 'medication-and-testing', questions: ['medication', 'moud', 'testing-policy'] },
  { id: 'family-and-privacy', questions: ['family', 'records-privacy'] },
  { id: 'for-a-teen', questions: ['teen-groups', 'teen-parent-updates', 'teen-school'] },
  { id: 'cost-and-insurance', questions: ['insurance', 'prior-authorization', 'cost-per-session'] },
  { id: 'starting-and-finishing', questions: ['start-date', 'more-or-less-care', 'aftercare'] },
] as const;

export type QuestionGroupId = (typeof questionLayout)[number]['id'];
export type QuestionId = (typeof questionLayout)[number]['questions'][number];

/** Every question id in reading order. */
export const questionIds: readonly QuestionId[] = questionLayout.flatMap((group) => group.questions);
