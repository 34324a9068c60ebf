// Measured relevance: questions written the way families, teens, referrers and search visitors type them,
// each with the pages that answer it. Each is typed into /search/ (one page, reused); an answering page
// must be in the top 3 for at least 95% of them, and every crisis question must show help first.
import { test } from '@playwright/test';
import { measureQuestions, type ReaderQuestion } from './support/reader-questions.ts';
import { builtPages } from './support/site.ts';

const questions: ReaderQuestion[] = [
  // Families
  { who: 'family', q: 'how do I help my son without enabling him', answers: ['/guides/families/', '/faq/how-do-i-support-without-enabling/'] },
  { who: 'family', q: 'program for my 15 year old after school', answers: ['/guides/teens/', '/faq/can-my-teen-stay-in-school/', '/faq/how-many-hours-for-teens/'] },
  { who: 'family', q: 'my daughter refuses to go to treatment', answers: ['/faq/what-if-my-teen-refuses-to-go/', '/guides/teens/'] },
  { who: 'family', q: 'can family be part of the treatment', answers: ['/faq/can-family-take-part/', '/guides/families/'] },
  { who: 'family', q: 'what if my husband relapses after the program', answers: ['/faq/what-if-i-return-to-use/', '/guides/after-iop/', '/guides/families/'] },
  { who: 'family', q: 'how many hours a week for teens', answers: ['/faq/how-many-hours-for-teens/', '/guides/teens/'] },
  { who: 'family', q: 'how do I set boundaries with my loved one', answers: ['/guides/families/', '/faq/how-do-i-support-without-enabling/'] },
  { who: 'family', q: 'will the program tell me how my teenager is doing', answers: ['/guides/teens/', '/guides/families/', '/faq/will-my-family-school-or-pastor-be-told/'] },
  { who: 'family', q: 'looking after myself while my wife is in treatment', answers: ['/guides/families/'] },
  // Teens
  { who: 'teen', q: 'do i have to talk in group', answers: ['/faq/do-i-have-to-talk-in-group/', '/guides/what-to-expect/'] },
  { who: 'teen', q: 'can I still go to school', answers: ['/faq/can-my-teen-stay-in-school/', '/guides/teens/'] },
  { who: 'teen', q: 'will my parents find out what i say in group', answers: ['/faq/is-what-i-say-in-group-private/', '/faq/will-my-family-school-or-pastor-be-told/', '/guides/teens/'] },
  { who: 'teen', q: 'what happens on the first day', answers: ['/faq/what-happens-on-the-first-day/', '/guides/what-to-expect/', '/guides/getting-started/'] },
  // Referrers
  { who: 'referrer', q: 'I am a pastor, how do I refer someone', answers: ['/for-referrers/'] },
  { who: 'referrer', q: 'school counselor referral', answers: ['/for-referrers/', '/faq/do-i-need-a-referral/'] },
  { who: 'referrer', q: 'do I need a referral', answers: ['/faq/do-i-need-a-referral/', '/for-referrers/'] },
  { who: 'referrer', q: 'which page should I send a family', answers: ['/for-referrers/'] },
  // Search visitors: keywords and one word
  { who: 'visitor', q: 'insurance', answers: ['/guides/paying-for-iop/', '/faq/does-insurance-cover-iop/'] },
  { who: 'visitor', q: 'medicare', answers: ['/faq/does-medicare-cover-iop/', '/guides/paying-for-iop/'] },
  { who: 'visitor', q: 'php vs iop', answers: ['/faq/php-vs-iop/', '/guides/levels-of-care/', '/tools/compare-levels/'] },
  { who: 'visitor', q: 'what is iop', answers: ['/guides/what-is-iop/', '/faq/what-is-iop/'] },
  { who: 'visitor', q: 'virtual iop', answers: ['/guides/virtual-iop/', '/faq/is-online-iop-as-good/', '/faq/what-do-i-need-for-online-iop/'] },
  { who: 'visitor', q: 'can I keep my job', answers: ['/faq/can-i-keep-working/', '/faq/will-my-employer-be-told/'] },
  { who: 'visitor', q: 'will my boss find out', answers: ['/faq/will-my-employer-be-told/', '/guides/rights-work-and-privacy/'] },
  { who: 'visitor', q: 'how long does iop last', answers: ['/faq/how-long-does-iop-last/', '/guides/what-is-iop/'] },
  { who: 'visitor', q: 'does iop work', answers: ['/faq/does-iop-work/', '/guides/what-is-iop/'] },
  { who: 'visitor', q: 'what should I ask before choosing a program', answers: ['/tools/questions-to-ask/', '/guides/getting-started/', '/faq/how-do-i-know-a-program-is-good/'] },
  { who: 'visitor', q: 'evening program', answers: ['/faq/morning-or-evening-programs/'] },
  { who: 'visitor', q: 'drug tests', answers: ['/faq/will-i-have-drug-tests/', '/guides/how-iop-works/'] },
  { who: 'visitor', q: 'what to bring', answers: ['/faq/what-should-i-bring/', '/guides/getting-started/'] },
  { who: 'visitor', q: 'no insurance', answers: ['/faq/what-if-i-have-no-insurance/', '/guides/paying-for-iop/'] },
  { who: 'visitor', q: 'my health plan denied coverage', answers: ['/faq/what-if-my-insurance-says-no/', '/guides/paying-for-iop/'] },
  { who: 'visitor', q: 'online therapy by video', answers: ['/guides/virtual-iop/', '/faq/is-online-iop-as-good/', '/faq/what-do-i-need-for-online-iop/'] },
  { who: 'visitor', q: 'what happens when iop ends', answers: ['/faq/what-happens-after-iop/', '/guides/after-iop/'] },
  { who: 'visitor', q: 'detox', answers: ['/guides/levels-of-care/', '/glossary/'] },
  { who: 'visitor', q: 'dbt', answers: ['/faq/what-therapies-are-used/', '/glossary/'] },
  { who: 'visitor', q: 'hours estimator', answers: ['/tools/hours-estimator/'] },
  { who: 'visitor', q: 'compare levels of care', answers: ['/tools/compare-levels/', '/guides/levels-of-care/'] },
  { who: 'visitor', q: 'depression and anxiety', answers: ['/guides/who-iop-helps/', '/faq/can-i-do-iop-for-mental-health-only/'] },
  { who: 'visitor', q: 'mental health only, not drugs', answers: ['/faq/can-i-do-iop-for-mental-health-only/'] },
  { who: 'visitor', q: 'how soon can i start', answers: ['/faq/how-soon-can-i-start/'] },
  { who: 'visitor', q: 'is online iop as good as in person', answers: ['/faq/is-online-iop-as-good/', '/guides/virtual-iop/'] },
  { who: 'visitor', q: 'signs of a good program', answers: ['/faq/how-do-i-know-a-program-is-good/', '/guides/getting-started/'] },
  // Misspelled
  { who: 'visitor', q: 'insurence', didYouMean: 'insurance', answers: ['/guides/paying-for-iop/', '/faq/does-insurance-cover-iop/'] },
  { who: 'visitor', q: 'intensive outpatent program', didYouMean: 'intensive outpatient program', answers: ['/guides/what-is-iop/', '/faq/what-is-iop/', '/guides/levels-of-care/'] },
  { who: 'family', q: 'adolecent hours', didYouMean: 'adolescent hours', answers: ['/faq/how-many-hours-for-teens/', '/guides/teens/'] },
  { who: 'visitor', q: 'methadon', didYouMean: 'methadone', answers: ['/glossary/', '/faq/can-i-take-medication/'] },
  { who: 'visitor', q: 'suboxen', didYouMean: 'suboxone', answers: ['/glossary/', '/faq/can-i-take-medication/'] },
  { who: 'visitor', q: 'medicaid coverge', didYouMean: 'medicaid coverage', answers: ['/guides/paying-for-iop/'] },
  { who: 'visitor', q: 'relaspe after treatment', didYouMean: 'relapse after treatment', answers: ['/faq/what-if-i-return-to-use/', '/guides/after-iop/'] },
  // Long
  {
    who: 'family',
    q: 'I work full time and have two kids, can I do an evening program and still keep my job?',
    answers: ['/faq/can-i-keep-working/', '/faq/morning-or-evening-programs/', '/guides/what-to-expect/', '/guides/stories/'],
  },
  {
    who: 'family',
    q: 'my son just finished residential rehab and the doctor says he should step down to something less intense, what are the options',
    answers: ['/guides/levels-of-care/', '/guides/after-iop/', '/guides/what-is-iop/', '/guides/stories/'],
  },
  // Crisis: help must come first, whatever the results.
  { who: 'family', q: 'someone is thinking about suicide right now', answers: ['/help-now/', '/guides/families/'], crisis: true },
  { who: 'family', q: 'my friend overdosed what do I do', answers: ['/help-now/'], crisis: true },
  { who: 'teen', q: 'i want to kill myself', answers: ['/help-now/'], crisis: true },
  { who: 'teen', q: 'sucidal thoughts', didYouMean: 'suicidal thoughts', answers: ['/help-now/'], crisis: true },
  { who: 'teen', q: 'self-harm', answers: ['/help-now/', '/guides/teens/'], crisis: true },
  { who: 'teen', q: "i don't feel safe at home", answers: ['/help-now/', '/guides/levels-of-care/'], crisis: true },
  { who: 'visitor', q: 'emergancy', didYouMean: 'emergency', answers: ['/help-now/'], crisis: true },
  { who: 'teen', q: 'hurting myself', answers: ['/help-now/'], crisis: true },
  { who: 'teen', q: 'I want to die', answers: ['/help-now/'], crisis: true },
  { who: 'family', q: 'my 16 year old daughter has been cutting, what kind of program does she need', answers: ['/guides/teens/', '/help-now/', '/guides/levels-of-care/'], crisis: true },
];

/**
 * Questions for guides still being written. Each is asked only once its guide is built, so these join
 * the measure by themselves when the guides land.
 */
const comingGuideQuestions: ReaderQuestion[] = [
  { who: 'family', q: 'my brother refuses help, what can I do', answers: ['/guides/when-someone-refuses-help/'], needs: '/guides/when-someone-refuses-help/' },
  { who: 'visitor', q: 'what do I do between sessions', answers: ['/guides/between-sessions/'], needs: '/guides/between-sessions/' },
  { who: 'referrer', q: 'how do I check a program is licensed', answers: ['/guides/checking-a-program/'], needs: '/guides/checking-a-program/' },
  { who: 'visitor', q: 'can I take time off work for treatment', answers: ['/guides/rights-work-and-privacy/', '/faq/can-i-keep-working/'], needs: '/guides/rights-work-and-privacy/' },
  { who: 'visitor', q: 'suboxone during iop', answers: ['/guides/medicines/', '/faq/can-i-take-medication/'], needs: '/guides/medicines/' },
];

const built = new Set(builtPages().map((p) => `/${p}`));
const asked = [...questions, ...comingGuideQuestions.filter((q) => !q.needs || built.has(q.needs))];

test('reader questions find an answering page in the top 3, and crisis questions show help first', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await measureQuestions(page, baseURL, {
    name: 'Reader questions',
    path: 'search/',
    boxLabel: 'Search words',
    didYouMean: (query) => `Did you mean ${query}?`,
    questions: asked,
  });
});
