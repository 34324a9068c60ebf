// The questions worth asking an IOP before choosing it, in plain words and grouped by topic: the English
// words. Which questions there are, their ids and order, live in program-question-ids.ts; the Spanish
// words in es/program-questions.ts, typed from this file so a missing question fails the type check.
import type { Lang } from '../i18n/lang.ts';
import { questionLayout, type QuestionGroupId, type QuestionId } from './program-question-ids.ts';
import { questionWordsEs } from './es/program-questions.ts';

export interface ProgramQuestion {
  /** Stable key for saved answers. */
  id: QuestionId;
  /** The question as a reader would ask it. */
  text: string;
  /** One line on why the answer matters. */
  why?: string;
}

export interface QuestionGroup {
  id: QuestionGroupId;
  title: string;
  questions: ProgramQuestion[];
}

/** One language's words: a title per group, and the question (often with why it matters) per id. */
export interface ProgramQuestionWords {
  groups: Record<QuestionGroupId, string>;
  questions: Record<QuestionId, { text: string; why?: string }>;
}

export const questionWordsEn = {
  groups: {
    'program-and-staff': 'The program and its staff',
    'schedule-and-care': 'Schedule and care',
    'medication-and-testing': 'Medication and testing',
    'family-and-privacy': 'Family and privacy',
    'for-a-teen': 'If the program is for a teen',
    'cost-and-insurance': 'Cost and insurance',
    'starting-and-finishing': 'Starting and finishing',
  },
  questions: {
    'state-license': {
      text: 'Is the program licensed by the state?',
      why: 'Every program should have a state license.',
    },
    accreditation: {
      text: 'Is it accredited, for example by The Joint Commission or CARF?',
      why: 'It means an outside group has checked its quality and safety.',
    },
    'staff-training': {
      text: 'Who runs the groups? What training and licenses do they have?',
      why: 'Ask if a doctor or nurse is part of the team.',
    },
    'group-size': {
      text: 'How many people are in a group?',
      why: 'Smaller groups give each person more time to talk.',
    },
    'schedule-tracks': {
      text: 'What days and times do groups meet? Is there a morning or evening track?',
      why: 'A track that fits work or school makes it easier to keep going.',
    },
    'session-length': { text: 'How long is each session, and how many hours is that each week?' },
    therapies: {
      text: 'Which kinds of therapy do you use?',
      why: 'A good program can name proven methods, like CBT or DBT, with ease.',
    },
    telehealth: {
      text: 'Can some sessions be online by video?',
      why: 'Online sessions can help on days when travel is hard.',
    },
    medication: {
      text: 'Can I get medicine here, or will you send me to someone else for it?',
      why: 'Medicine can be part of care for depression, anxiety and more.',
    },
    moud: {
      text: 'For opioid use, do you offer medicines for opioid use disorder (MOUD)?',
      why: 'They ease cravings and withdrawal. Ask if you get them on site or by referral.',
    },
    'testing-policy': {
      text: 'Do you test for drugs or alcohol? How often, and what happens after a positive test?',
      why: 'Rules differ a lot from one program to the next.',
    },
    family: {
      text: 'How is family involved?',
      why: 'Ask about family sessions or classes for loved ones.',
    },
    'records-privacy': {
      text: 'Who will see my records, and how do you keep them private?',
      why: 'In most cases a program needs your written OK to share them.',
    },
    'teen-groups': {
      text: 'Are teens in groups of their own, apart from adults?',
      why: 'Ask how old the other people in the group are.',
    },
    'teen-parent-updates': {
      text: 'What will you tell me as a parent, and what stays private?',
      why: 'Privacy rules for teens differ by state. Ask what you will hear, and when.',
    },
    'teen-school': {
      text: 'Will you work with the school?',
      why: 'Ask about class times, missed work and a note for school.',
    },
    insurance: { text: 'Do you take my insurance?' },
    'prior-authorization': {
      text: 'Does my plan need to approve care first (prior authorization)? Will you help with that?',
      why: 'Waiting for approval can slow down your start.',
    },
    'cost-per-session': {
      text: 'What will I pay for each session?',
      why: 'Ask for the cost in writing.',
    },
    'start-date': {
      text: 'How soon can I start?',
      why: 'Ask how soon you can start, and why if there is a wait.',
    },
    'more-or-less-care': {
      text: 'What happens if I need more care, or less?',
      why: 'A good program helps you step up or step down.',
    },
    aftercare: {
      text: 'What is the plan for when the program ends?',
      why: 'Aftercare should be part of the plan from the start.',
    },
  },
} as const satisfies ProgramQuestionWords;

/** A translation: every group and every question, with a "why" wherever the English has one (and only there). */
export type ProgramQuestionTranslation = {
  groups: Record<QuestionGroupId, string>;
  questions: {
    [Q in QuestionId]: (typeof questionWordsEn.questions)[Q] extends { why: string } ? { text: string; why: string } : { text: string };
  };
};

/** The checklist in one language: the groups in order, each with its questions in order. */
export function questionGroupsIn(words: ProgramQuestionWords): QuestionGroup[] {
  return questionLayout.map((group) => ({
    id: group.id,
    title: words.groups[group.id],
    questions: group.questions.map((id) => ({ id, ...words.questions[id] })),
  }));
}

export const questionGroups: QuestionGroup[] = questionGroupsIn(questionWordsEn);

/** Every question in reading order. */
export const programQuestions: ProgramQuestion[] = questionGroups.flatMap((group) => group.questions);

/** The checklist in the page's language (a page passes it to the island, which carries no words of its own). */
export function questionGroupsFor(lang: Lang): QuestionGroup[] {
  return lang === 'es' ? questionGroupsIn(questionWordsEs) : questionGroups;
}

/** The few questions printed on the one-page handout, in the order a family would ask them. */
export const topQuestionIds = ['state-license', 'insurance', 'schedule-tracks', 'medication', 'family', 'start-date'] as const satisfies readonly QuestionId[];

/** The handout's questions in one language, looked up so a retired id fails the build instead of printing a gap. */
export function topQuestionsFor(lang: Lang): ProgramQuestion[] {
  const all = questionGroupsFor(lang).flatMap((group) => group.questions);
  return topQuestionIds.map((id) => {
    const question = all.find((q) => q.id === id);
    if (!question) throw new Error(`topQuestionIds names "${id}", which is not in the question layout`);
    return question;
  });
}

/** The handout's questions in English. */
export const topQuestions: ProgramQuestion[] = topQuestionsFor('en');
