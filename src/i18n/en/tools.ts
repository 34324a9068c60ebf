// English UI text: tools. The Spanish file types itself with ToolsText, so it cannot miss a key.
// `hours` and `compare` go to the browser as the islands' props, so they hold only plain data:
// "{name}" marks where a number or name goes (src/lib/fill.ts fills it in).
import type { Widen } from '../lang.ts';
import { rangeWords } from '../../lib/facts.ts';
import { careLevels, schedulePresets } from '../../data/care-levels.ts';
import { weekdayNames } from '../../lib/fill.ts';
import { tools, type ToolPath } from '../../data/tools.ts';

const locale = 'en-US';
const list = { and: ' and ', andBeforeI: ' and ' };
const range = rangeWords.en;

/** The word fields of every level, as the data module writes them. */
const levelWords = Object.fromEntries(
  Object.values(careLevels).map((l) => [
    l.id,
    {
      name: l.name,
      shortName: l.shortName,
      whereYouLive: l.whereYouLive,
      hoursNote: l.hoursNote ?? '',
      typicalLength: l.typicalLength,
      medicalSupervision: l.medicalSupervision,
      workOrSchool: l.workOrSchool,
      usuallySuits: l.usuallySuits,
      stepping: l.stepping,
    },
  ]),
) as Record<keyof typeof careLevels, Record<'name' | 'shortName' | 'whereYouLive' | 'hoursNote' | 'typicalLength' | 'medicalSupervision' | 'workOrSchool' | 'usuallySuits' | 'stepping', string>>;

export const toolsEn = {
  /** The weekly-hours estimator island (src/widgets/HoursEstimator.tsx, src/lib/hours.ts). */
  hours: {
    locale,
    list,
    range,
    fields: {
      daysPerWeek: {
        label: 'Days per week',
        hint: 'A whole number from {min} to {max}.',
        error: 'Enter a whole number of days from {min} to {max}.',
        allowed: 'a whole number from {min} to {max}',
      },
      hoursPerSession: {
        label: 'Hours per session',
        hint: 'From {min} to {max}, in half hours. For example, 2.5.',
        error: 'Enter hours from {min} to {max}, in half hours, like 3 or 2.5.',
        allowed: 'from {min} to {max}, in half hours',
      },
      weeks: {
        label: 'Weeks in program',
        hint: 'A whole number from {min} to {max}.',
        error: 'Enter a whole number of weeks from {min} to {max}.',
        allowed: 'a whole number from {min} to {max}',
      },
      travelMinutes: {
        label: 'Travel time per session (minutes)',
        hint: 'There and back, from {min} to {max}. Use {min} for a virtual program.',
        error: 'Enter whole minutes from {min} to {max}. Use {min} for a virtual program.',
        allowed: 'a whole number of minutes from {min} to {max}',
      },
    },
    notReady:
      'The numbers below are an example for a common schedule. To change them, this page needs JavaScript, which is turned off or still loading.',
    linkNotesLead: 'Part of the link you opened could not be used:',
    presetsTitle: 'Start from a common schedule',
    presets: Object.fromEntries(schedulePresets.map((p) => [p.id, p.label])) as Record<string, string>,
    resultsHeading: 'Your estimate',
    seeEstimate: 'See your estimate',
    staleLead: 'This is from your last valid entry.',
    staleRest: 'Fix the box marked with an error to update it.',
    caveat: 'This is an estimate. Programs set their own schedules, and a clinical assessment decides the level of care.',
    weekHeading: 'Your week, day by day',
    keyTreatment: 'Treatment',
    keyTravel: 'Travel',
    copyButton: 'Copy link to this estimate',
    copied: 'Link copied',
    copyFailed: 'Copying did not work here. The link is selected below: copy it with your keyboard or menu.',
    linkLabel: 'Link to this estimate',
    errorPrefix: 'Error: ',
    ageGroupLabel: 'Age group',
    ageGroups: { adult: 'Adult', teen: 'Teen (12 to 17)' },
    ageGroupPlural: { adult: 'adults', teen: 'teens' },
    hour: { one: '{n} hour', other: '{n} hours' },
    minute: { one: '{n} minute', other: '{n} minutes' },
    week: { one: '{n} week', other: '{n} weeks' },
    session: { one: '{n} session', other: '{n} sessions' },
    /** Hours, then minutes, in one duration. */
    hoursAndMinutes: '{hours} {minutes}',
    levelNames: {
      outpatient: careLevels.outpatient.name,
      iop: careLevels.iop.shortName,
      php: careLevels.php.shortName,
      phpLong: careLevels.php.name,
    },
    band: {
      amount: '{hours} a week',
      rangeHours: '({range} hours)',
      iopRange: 'the usual {iop} range for {who} {range}',
      below: '{amount} is below {iopRange}. That is closer to {outpatient}.',
      within: '{amount} is within {iopRange}.',
      between:
        '{amount} is just above {iopRange} and just below the usual {php} range {phpRange}. Programs near this line differ, so ask a program which level of care it offers.',
      php: '{amount} is in the usual range for a {phpLong}: {phpRange} hours. That is more than an {iop} usually offers.',
    },
    weekdays: weekdayNames(locale, 'long'),
    shortWeekdays: weekdayNames(locale, 'short'),
    day: {
      none: '{day}: no session',
      treatment: '{day}: {hours} of treatment',
      travel: ', plus {duration} of travel',
      summary: 'Sessions on {days}.',
      barLabel: '{n}h',
    },
    lines: {
      weekly: 'Treatment each week',
      total: 'Treatment over {weeks}',
      totalValue: '{hours} ({sessions})',
      withTravel: 'Time each week, travel included',
      noTravel: '{duration} (no travel)',
    },
    notes: {
      ignored: 'We ignored {raw} for {label} in the link and used {fallback} instead. It can be {allowed}.',
      ignoredAge: 'We ignored {raw} for age group in the link and used {fallback} instead. It can be {values}.',
      or: ' or ',
    },
  },

  /** The level-of-care comparison island (src/widgets/CompareLevels.tsx, src/lib/compare.ts). */
  compare: {
    locale,
    list,
    range,
    legend: 'Choose two or three levels to compare',
    hint: 'They are listed from least to most care.',
    tooFew: 'Keep at least {min} levels. Choose another level first, then clear this one.',
    tooMany: 'You can compare up to {max} levels. Clear one first, then choose this one.',
    copyLink: 'Copy link to this comparison',
    linkCopied: 'Link copied',
    copyFailed: 'Your browser did not let us copy. Select the link below and copy it yourself.',
    linkLabel: 'Link to this comparison',
    notesTitle: 'About the link you opened',
    assessment:
      'This comparison is general. A clinical assessment by a licensed professional decides which level of care fits a person.',
    errorPrefix: 'Error: ',
    summary: 'Comparing {levels}.',
    andMore: '{names} and {n} more',
    notes: {
      unknownOne: '{names} is not a level we know, so we left it out. You can compare {all}.',
      unknownMany: '{names} are not levels we know, so we left them out. You can compare {all}.',
      repeatedOne: '{names} was listed more than once, so we show it once.',
      repeatedMany: '{names} were listed more than once, so we show each once.',
      dropped: 'You can compare up to {max} levels, so we left out {names}.',
      instead: 'We show {names} instead.',
      added: 'A comparison needs at least {min} levels, so we added {names}.',
    },
    rows: {
      where: 'Where you live',
      'hours-adult': 'Hours a week (adults)',
      'hours-teen': 'Hours a week (teens)',
      length: 'Typical length',
      medical: 'Medical supervision',
      work: 'Keep working or studying?',
      suits: 'Usually suits',
      stepping: 'Stepping up or down',
    },
    weeklyHours: '{range} hours a week',
    roundTheClock: 'round-the-clock care',
    levels: levelWords,
  },

  /** Words around the islands: embeds in guides, the tool pages and the tools index (server only). */
  hoursEmbed: {
    title: 'Estimate your own week',
    lead: 'Adult programs usually run <strong>{adult}</strong>, and teen programs <strong>{teen}</strong>. Many programs meet {days}, for {session} at a time. Change the numbers below to match a program you are looking at.',
    estimate: 'Estimate:',
    tryYourOwn: 'Try your own numbers at {url}',
  },
  compareEmbed: {
    lead: 'Pick the two or three levels you are deciding between to see them next to each other.',
    comparison: 'Comparison:',
    printRest: 'The table of all levels on this page has every fact. Compare your own choice at {url}',
    noScript: 'Picking levels here needs JavaScript. The table of all levels, higher on this page, shows the same facts.',
  },
  /** A typical IOP week in words, for the lead-ins beside the tools (numbers from the data module). */
  typicalWeek: { days: '{range} days a week', session: 'about {n} hours' },
  crumbs: { home: 'Home', tools: 'Tools' },
  index: {
    title: 'Tools',
    description:
      'Interactive guides that turn IOP facts into answers for your own situation. They run in your browser and keep nothing on a server.',
    lead: 'These tools run in your browser. Nothing you enter is sent anywhere.',
    /** Each tool's title and summary, by its English path. */
    tools: Object.fromEntries(tools.map((t) => [t.path, { title: t.title, summary: t.summary }])) as Record<
      ToolPath,
      { title: string; summary: string }
    >,
  },
  hoursPage: {
    title: 'Weekly-hours estimator',
    description:
      'See how many hours a week an IOP schedule adds up to, with travel, and how it compares with the usual ranges for adults and teens.',
    intro:
      "Enter a program's schedule to see what it means for your week: hours of treatment, time with travel, and how it compares with the usual hours for an IOP.",
    rangesHeading: 'The usual hours a week',
    rangesLead:
      'Levels of care are often told apart by how many hours of treatment they give each week. Many IOPs meet {days}, for {session} at a time.',
    ageGroups: { adult: 'Adults', teen: 'Teens (12 to 17)' },
    decides: 'A program sets its own schedule, and a clinical assessment decides which level of care fits.',
    source: 'Source: {title}, {publisher} ({year}).',
    readMore: 'To see how an IOP week feels, day by day, read <a href="{href}">What to expect in an IOP</a>.',
  },
  comparePage: {
    title: 'Compare levels of care',
    description:
      'Pick two or three levels of care, from weekly therapy to hospital care, and see hours, supervision and daily life side by side.',
    lead: 'See levels of care next to each other: where you live, how many hours a week, and whether you can keep working or studying. You can send a link to your comparison to someone else.',
    noScript: 'This comparison needs JavaScript to pick levels. Here are all the levels side by side instead.',
    learnMoreHeading: 'Learn more',
    learnMore:
      'Our guide <a href="{href}">Levels of care: from weekly therapy to hospital care</a> explains each level, how people step up or down, and who decides which level fits.',
  },
} as const;

export type ToolsText = Widen<typeof toolsEn>;
/** What the estimator island receives: plain data, safe to send to the browser. */
export type HoursText = ToolsText['hours'];
/** What the comparison island receives. */
export type CompareText = ToolsText['compare'];
