// English word lists for the site search: stop words, synonyms (each with the reader it serves) and the
// crisis phrases that put help above every result. Reviewed like content: change with care.
import type { SearchWords } from './types.ts';

const stopWords = [
  // Question and filler words: readers type them, no page is about them.
  'a', 'about', 'above', 'again', 'before', 'all', 'also', 'am', 'an', 'and', 'any', 'anyone', 'anything',
  'are', 'as', 'at', 'be', 'because', 'been', 'being', 'but', 'by', 'can', 'cant', 'could', 'did', 'do',
  'does', 'doing', 'dont', 'even', 'ever', 'every', 'find', 'for', 'from', 'get', 'gets', 'getting', 'go', 'going',
  'good', 'got', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'id',
  'if', 'im', 'in', 'into', 'is', 'isnt', 'it', 'its', 'ive', 'just', 'know', 'let', 'like', 'lot', 'make',
  'me', 'mine', 'more', 'most', 'much', 'must', 'my', 'myself', 'need', 'needs', 'no', 'not', 'now', 'of',
  'off', 'ok', 'okay', 'on', 'one', 'or', 'other', 'our', 'out', 'over', 'please', 'really', 'right',
  'said', 'say', 'she', 'should', 'so', 'some', 'someone', 'something', 'still', 'such', 'sure', 'tell',
  'than', 'that', 'thats', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'theyre', 'thing',
  'things', 'think', 'this', 'those', 'to', 'too', 'up', 'us', 'very', 'want', 'wants', 'was', 'way', 'we',
  'well', 'were', 'what', 'whats', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with',
  'without', 'would', 'yes', 'you', 'your', 'youre', 'yours', 'yourself', 'hi', 'hello', 'thanks',
  'question', 'wondering', 'anybody', 'somebody', 'kind', 'sort',
  'b', 'c', 'd', 'e', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w',
  'x', 'y', 'z', 'll', 're', 've',
];

export const en: SearchWords = {
  lang: 'en',
  stopWords,
  synonyms: [
    {
      when: ['son', 'daughter', 'child', 'children', 'kid', 'kids', 'boy', 'girl', 'grandson', 'granddaughter'],
      alsoSearch: ['teens', 'family', 'parents'],
      reason: 'Parents name their own child; the site says teen, family and parents.',
    },
    {
      when: ['teenager', 'teenagers', 'adolescent', 'adolescents', 'youth', 'student', 'students', 'high school', 'year old', 'years old', '13', '14', '15', '16', '17'],
      alsoSearch: ['teens'],
      reason: 'Parents give an age or a school word; the teen guide says teens.',
    },
    {
      when: ['husband', 'wife', 'partner', 'spouse', 'mom', 'mother', 'dad', 'father', 'brother', 'sister', 'loved one', 'relative', 'boyfriend', 'girlfriend', 'enabling', 'enable'],
      alsoSearch: ['family', 'loved one', 'support'],
      reason: 'Family members name the person; the families guide says loved one.',
    },
    {
      when: ['health plan', 'coverage', 'covered', 'cover', 'pay', 'paying', 'cost', 'costs', 'price', 'afford', 'money', 'bill', 'copay', 'deductible', 'medicaid', 'insurer'],
      alsoSearch: ['insurance', 'paying'],
      reason: 'People ask about money in many words; the site answers under insurance and paying.',
    },
    {
      when: ['denied', 'denial', 'rejected', 'refused coverage', 'appeal'],
      alsoSearch: ['plan says no', 'appeal'],
      reason: 'A plan that said no is an insurance denial.',
    },
    {
      when: ['video', 'online', 'telehealth', 'zoom', 'remote', 'internet', 'computer', 'from home', 'virtually'],
      alsoSearch: ['virtual'],
      reason: 'Readers say online or video; the guide says virtual IOP.',
    },
    {
      when: ['boss', 'job', 'employer', 'working', 'career', 'coworkers', 'fmla', 'fired', 'shift'],
      alsoSearch: ['work', 'employer'],
      reason: 'Working readers worry about their job and their boss.',
    },
    {
      when: ['pastor', 'priest', 'church', 'minister', 'counselor', 'teacher', 'coach', 'youth leader', 'refer', 'referring', 'referral', 'recommend', 'doctor', 'clinician', 'therapist'],
      alsoSearch: ['referrers', 'refer'],
      reason: 'Pastors, counselors and clinicians look for how to send someone; the site has a page for referrers.',
    },
    {
      when: ['quit', 'finish', 'finished', 'ends', 'ending', 'done', 'graduate', 'graduating', 'aftercare', 'discharge', 'discharged', 'afterwards'],
      alsoSearch: ['after iop', 'aftercare'],
      reason: 'People ask what happens when the program is over; the site calls it after IOP.',
    },
    {
      when: ['relapse', 'relapsed', 'slip', 'slipped', 'using again', 'drinking again', 'started again'],
      alsoSearch: ['return to use', 'relapse'],
      reason: 'Readers say relapse; the site also says return to use.',
    },
    {
      when: ['ask', 'asking', 'choose', 'choosing', 'pick', 'picking', 'compare programs', 'checklist', 'interview', 'before choosing', 'choosing a program', 'choose a program', 'what to ask', 'should i ask', 'questions to ask'],
      alsoSearch: ['questions to ask'],
      reason: 'Someone choosing a program wants the questions to ask it.',
    },
    {
      when: ['good program', 'best program', 'quality', 'legit', 'scam', 'accredited', 'licensed', 'trust'],
      alsoSearch: ['signs of a good program', 'red flags'],
      reason: 'People want to know whether a program can be trusted.',
    },
    {
      when: ['find a', 'find an', 'find one', 'finding', 'near me', 'nearby', 'locate', 'search for', 'directory'],
      alsoSearch: ['find a program'],
      reason: 'Readers look for a program near them.',
    },
    {
      when: ['schedule', 'hours', 'hour', 'time', 'days', 'week', 'weekly', 'how often', 'often'],
      alsoSearch: ['hours a week', 'schedule'],
      reason: 'People ask how much time IOP takes.',
    },
    {
      when: ['evening', 'evenings', 'morning', 'mornings', 'night', 'nights', 'after work', 'weekend', 'weekends', 'daytime'],
      alsoSearch: ['morning or evening', 'evening tracks'],
      reason: 'Working readers look for a program at a time they can make.',
    },
    {
      when: ['be part', 'part of', 'take part', 'involved', 'participate', 'join', 'included', 'come along'],
      alsoSearch: ['take part', 'family sessions'],
      reason: 'Families ask whether they can be part of the treatment.',
    },
    {
      when: ['tell me', 'tell us', 'updates', 'update', 'keep me informed', 'informed', 'progress'],
      alsoSearch: ['privacy', 'consent', 'parents role'],
      reason: 'Families ask what the program will tell them about the person in care.',
    },
    {
      when: ['long', 'length', 'weeks', 'months', 'duration', 'last', 'lasts'],
      alsoSearch: ['how long', 'length'],
      reason: 'People ask how long a program lasts.',
    },
    {
      when: ['first day', 'first session', 'first week', 'begin', 'beginning', 'expect', 'nervous', 'scared'],
      alsoSearch: ['first day', 'what to expect'],
      reason: 'Someone about to start wants to know what happens first.',
    },
    {
      when: ['private', 'privacy', 'confidential', 'confidentiality', 'secret', 'hipaa', 'find out', 'be told', 'tell my'],
      alsoSearch: ['privacy', 'private', 'be told'],
      reason: 'People fear others will find out.',
    },
    {
      when: ['drugs', 'drug', 'alcohol', 'drinking', 'addiction', 'addicted', 'substance', 'opioids', 'opioid', 'pills', 'sober', 'sobriety'],
      alsoSearch: ['substance use'],
      reason: 'Readers name the substance; the site says substance use.',
    },
    {
      when: ['mental health only', 'only mental health', 'just mental health', 'not drugs', 'no drugs', 'not substance', 'not addiction', 'no addiction'],
      alsoSearch: ['mental health only'],
      reason: 'People without a substance problem ask whether IOP is for them too.',
    },
    {
      when: ['depression', 'depressed', 'anxiety', 'anxious', 'panic', 'bipolar', 'ptsd', 'trauma', 'eating disorder', 'mental illness', 'mental'],
      alsoSearch: ['mental health', 'conditions'],
      reason: 'Readers name a condition; the site says mental health and lists conditions.',
    },
    {
      when: ['methadone', 'suboxone', 'buprenorphine', 'naltrexone', 'medicine', 'medicines', 'meds', 'medication', 'medications', 'prescription', 'antidepressants'],
      alsoSearch: ['medication', 'medicine'],
      reason: 'Readers name their medicine; the site speaks of medication in general.',
    },
    {
      when: ['drug test', 'drug tests', 'urine', 'testing', 'screening', 'tested'],
      alsoSearch: ['drug tests', 'testing'],
      reason: 'People ask whether they will be tested.',
    },
    {
      when: ['hospital', 'inpatient', 'residential', 'rehab', 'php', 'partial hospitalization', 'detox', 'difference', 'vs', 'versus', 'compare', 'comparison'],
      alsoSearch: ['levels of care'],
      reason: 'People compare IOP with rehab, hospital and other levels of care.',
    },
    {
      when: ['regular therapy', 'weekly therapy', 'counseling', 'therapy'],
      alsoSearch: ['outpatient therapy', 'therapy'],
      reason: 'People compare IOP with the therapy they know.',
    },
    {
      when: ['group', 'groups', 'share', 'sharing', 'talk', 'talking', 'speak', 'shy'],
      alsoSearch: ['group therapy', 'group'],
      reason: 'People are nervous about talking in group.',
    },
    {
      when: ['refuse', 'refuses', 'refusing', 'wont go', 'does not want', 'doesnt want', 'resist', 'denial'],
      alsoSearch: ['refuses', 'talk with your teen'],
      reason: 'Families ask what to do when the person will not go.',
    },
    {
      when: ['works', 'effective', 'success', 'evidence', 'research', 'studies', 'help me'],
      alsoSearch: ['does iop work', 'evidence'],
      reason: 'People ask whether IOP works.',
    },
    {
      when: ['enough', 'right for me', 'need iop', 'qualify', 'fit', 'suitable'],
      alsoSearch: ['is iop enough', 'good fit'],
      reason: 'People ask whether IOP suits them.',
    },
    {
      when: ['bring', 'pack', 'wear'],
      alsoSearch: ['what to bring'],
      reason: 'People ask what to bring on the first day.',
    },
    {
      when: ['word', 'meaning', 'means', 'mean', 'define', 'definition', 'stand for', 'stands for', 'acronym'],
      alsoSearch: ['glossary'],
      reason: 'Someone met a word they do not know.',
    },
    {
      when: ['intensive outpatient', 'intensive outpatient program', 'outpatient program', 'iop', 'what is iop', 'what is an iop', 'what is a iop', 'iop meaning', 'iop mean', 'what iop is'],
      alsoSearch: ['what is an intensive outpatient program'],
      reason: 'People ask what IOP means.',
    },
    {
      when: ['stories', 'story', 'examples', 'example', 'real people', 'experience', 'experiences', 'like for'],
      alsoSearch: ['stories', 'journeys'],
      reason: 'People want to hear how it went for others.',
    },
    {
      when: ['school', 'class', 'classes', 'homework', 'grades'],
      alsoSearch: ['school', 'teens'],
      reason: 'Parents ask how IOP fits around school.',
    },
    {
      when: ['childcare', 'babysitter', 'my kids', 'parent'],
      alsoSearch: ['childcare', 'balancing'],
      reason: 'Parents in treatment ask how to care for their children.',
    },
  ],
  crisisPhrases: [
    // Suicide, and the ways people misspell it (one-typo spellings are matched without being listed).
    'suicid*', 'sucid*', 'suisid*', 'suiced*', 'suecid*', 'sewicid*', 'sucide', 'suiside', 'suside', 'suecide',
    'kill myself', 'killing myself', 'kil myself', 'kill my self', 'kms', 'kill himself', 'kill herself', 'kill themselves',
    'want to die', 'wanna die', 'wanting to die', 'wants to die', 'want to be dead', 'wish i was dead', 'wish i were dead',
    'better off dead', 'end my life', 'end his life', 'end her life', 'ending my life', 'end it all', 'take my life',
    'take his life', 'take her life', 'take my own life', 'no reason to live', 'dont want to live', 'not want to live',
    'dont want to be here',
    // Self-harm.
    'self harm*', 'selfharm*', 'self injur*', 'self hurt*', 'harm myself', 'harming myself', 'hurt myself',
    'hurting myself', 'hurt himself', 'hurt herself', 'hurting himself', 'hurting herself', 'cutting myself',
    'cut myself', 'cutting herself', 'cutting himself', 'has been cutting', 'is cutting', 'cuts herself', 'cuts himself',
    'burning myself',
    // Overdose.
    'overdos*', 'over dos*', 'overdoes*', 'overdoze*', 'od', 'oded', 'odeing', 'oding', 'took too many pills',
    'too many pills', 'not breathing', 'wont wake up', 'cant wake', 'naloxone', 'narcan',
    // Immediate danger.
    'not safe', 'unsafe', 'dont feel safe', 'not feel safe', 'not feeling safe', 'in danger', 'danger', 'emergenc*', 'emergancy', 'emergeny', 'emergecy', 'crisis', 'crises',
    'help now', '911', '988', 'hotline',
  ],
  crisisAlsoSearch: ['crisis lifeline'],
  text: {
    typeSomething: 'Type a word or a question, such as “insurance” or “can I keep working”.',
    onlyCommonWords: (query) =>
      `“${query}” has only very common words. Add a word that says what you are looking for, such as “insurance”, “teens” or “work”.`,
    results: (count, query) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`,
    noResults: (query) => `No results for “${query}”.`,
    relaxedNote: 'No page has all of your words. These pages match most of them.',
    relaxedSomeNote: (count) =>
      `${count === 1 ? 'Only 1 page has' : `Only ${count} pages have`} all of your words. Pages that match most of them follow.`,
    spellingNote: (fixes) =>
      `No page uses ${fixes.map(([typed]) => `“${typed}”`).join(' or ')}, so these pages match ${fixes.map(([, used]) => `“${used}”`).join(' and ')} instead.`,
    didYouMean: 'Did you mean',
    showMore: 'Show more results',
    unavailable: 'Search is not available right now. Please use the links below to browse.',
    crisisStatus: 'Help lines are shown first.',
    crisisTitle: 'If you or someone else may be in danger, get help now',
  },
};
