// The questions worth asking an IOP before choosing it, in plain words and grouped by topic.
// Ids are stored in readers' browsers with their notes: never reuse or rename one, only add or retire.

export interface ProgramQuestion {
  /** Stable key for saved answers. */
  id: string;
  /** The question as a reader would ask it. */
  text: string;
  /** One line on why the answer matters. */
  why?: string;
}

export interface QuestionGroup {
  id: string;
  title: string;
  questions: ProgramQuestion[];
}

export const questionGroups: QuestionGroup[] = [
  {
    id: 'program-and-staff',
    title: 'The program and its staff',
    questions: [
      {
        id: 'state-license',
        text: 'Is the program licensed by the state?',
        why: 'Every program should have a state license.',
      },
      {
        id: 'accreditation',
        text: 'Is it accredited, for example by The Joint Commission or CARF?',
        why: 'It means an outside group has checked its quality and safety.',
      },
      {
        id: 'staff-training',
        text: 'Who runs the groups? What training and licenses do they have?',
        why: 'Ask if a doctor or nurse is part of the team.',
      },
      {
        id: 'group-size',
        text: 'How many people are in a group?',
        why: 'Smaller groups give each person more time to talk.',
      },
    ],
  },
  {
    id: 'schedule-and-care',
    title: 'Schedule and care',
    questions: [
      {
        id: 'schedule-tracks',
        text: 'What days and times do groups meet? Is there a morning or evening track?',
        why: 'A track that fits work or school makes it easier to keep going.',
      },
      {
        id: 'session-length',
        text: 'How long is each session, and how many hours is that each week?',
      },
      {
        id: 'therapies',
        text: 'Which kinds of therapy do you use?',
        why: 'A good program can name proven methods, like CBT or DBT, with ease.',
      },
      {
        id: 'telehealth',
        text: 'Can some sessions be online by video?',
        why: 'Online sessions can help on days when travel is hard.',
      },
    ],
  },
  {
    id: 'medication-and-testing',
    title: 'Medication and testing',
    questions: [
      {
        id: 'medication',
        text: 'Can I get medicine here, or will you send me to someone else for it?',
        why: 'Medicine can be part of care for depression, anxiety and more.',
      },
      {
        id: 'moud',
        text: 'For opioid use, do you offer medicines for opioid use disorder (MOUD)?',
        why: 'They ease cravings and withdrawal. Ask if you get them on site or by referral.',
      },
      {
        id: 'testing-policy',
        text: 'Do you test for drugs or alcohol? How often, and what happens after a positive test?',
        why: 'Rules differ a lot from one program to the next.',
      },
    ],
  },
  {
    id: 'family-and-privacy',
    title: 'Family and privacy',
    questions: [
      {
        id: 'family',
        text: 'How is family involved?',
        why: 'Ask about family sessions or classes for loved ones.',
      },
      {
        id: 'records-privacy',
        text: 'Who will see my records, and how do you keep them private?',
        why: 'In most cases a program needs your written OK to share them.',
      },
    ],
  },
  {
    id: 'for-a-teen',
    title: 'If the program is for a teen',
    questions: [
      {
        id: 'teen-groups',
        text: 'Are teens in groups of their own, apart from adults?',
        why: 'Ask how old the other people in the group are.',
      },
      {
        id: 'teen-parent-updates',
        text: 'What will you tell me as a parent, and what stays private?',
        why: 'Privacy rules for teens differ by state. Ask what you will hear, and when.',
      },
      {
        id: 'teen-school',
        text: 'Will you work with the school?',
        why: 'Ask about class times, missed work and a note for school.',
      },
    ],
  },
  {
    id: 'cost-and-insurance',
    title: 'Cost and insurance',
    questions: [
      {
        id: 'insurance',
        text: 'Do you take my insurance?',
      },
      {
        id: 'prior-authorization',
        text: 'Does my plan need to approve care first (prior authorization)? Will you help with that?',
        why: 'Waiting for approval can slow down your start.',
      },
      {
        id: 'cost-per-session',
        text: 'What will I pay for each session?',
        why: 'Ask for the cost in writing.',
      },
    ],
  },
  {
    id: 'starting-and-finishing',
    title: 'Starting and finishing',
    questions: [
      {
        id: 'start-date',
        text: 'How soon can I start?',
        why: 'Ask how soon you can start, and why if there is a wait.',
      },
      {
        id: 'more-or-less-care',
        text: 'What happens if I need more care, or less?',
        why: 'A good program helps you step up or step down.',
      },
      {
        id: 'aftercare',
        text: 'What is the plan for when the program ends?',
        why: 'Aftercare should be part of the plan from the start.',
      },
    ],
  },
];

/** Every question in reading order. */
export const programQuestions: ProgramQuestion[] = questionGroups.flatMap((group) => group.questions);

/** The few questions printed on the one-page handout, in the order a family would ask them. */
export const topQuestionIds = ['state-license', 'insurance', 'schedule-tracks', 'medication', 'family', 'start-date'] as const;

/** The handout's questions, looked up so a retired id fails the build instead of printing a gap. */
export const topQuestions: ProgramQuestion[] = topQuestionIds.map((id) => {
  const question = programQuestions.find((q) => q.id === id);
  if (!question) throw new Error(`topQuestionIds names "${id}", which is not in questionGroups`);
  return question;
});
