// FAQ topics: the ids the content schema accepts and the names readers see, in display order.

export const faqTopics = [
  'basics',
  'time-schedule',
  'work-school',
  'cost-insurance',
  'family',
  'teens',
  'virtual',
  'sessions',
  'privacy',
  'after-iop',
] as const;

export type FaqTopic = (typeof faqTopics)[number];

export const faqTopicLabels: Record<FaqTopic, string> = {
  basics: 'The basics',
  'time-schedule': 'Time and schedule',
  'work-school': 'Work and school',
  'cost-insurance': 'Cost and insurance',
  family: 'Family',
  teens: 'Teens',
  virtual: 'Online (virtual) IOP',
  sessions: 'What happens in sessions',
  privacy: 'Privacy',
  'after-iop': 'After IOP',
};
