// Turns the numbers in src/data into the short phrases that guides quote ("9 to 19 hours a week"),
// so prose never types a clinical number itself. Pure: no DOM, no framework.
import {
  asamFourthEdition,
  careLevels,
  epsdtCoverage,
  evidence,
  fmla,
  adaEmployment,
  medicareIop,
  naloxoneOverTheCounter,
  part2FinalRule,
  programLength,
  typicalSchedule,
  type AgeGroup,
  type WeeklyHours,
} from '../data/care-levels.ts';

const numberFormat = new Intl.NumberFormat('en-US');

/** "9 to 19", "20 or more", "fewer than 9". */
export function formatRange(range: WeeklyHours): string {
  if (range.max === null) return `${numberFormat.format(range.min)} or more`;
  if (range.min === 0) return `fewer than ${numberFormat.format(range.max)}`;
  return `${numberFormat.format(range.min)} to ${numberFormat.format(range.max)}`;
}

/** "9 to 19 hours a week" */
export function formatWeeklyHours(range: WeeklyHours): string {
  return `${formatRange(range)} hours a week`;
}

/** Weekly hours for a level and age group, or its plain note for round-the-clock care. */
export function levelHoursText(levelId: keyof typeof careLevels, age: AgeGroup): string {
  const level = careLevels[levelId];
  const range = level.hoursPerWeek[age];
  if (range === null) return level.hoursNote ?? 'round-the-clock care';
  return formatWeeklyHours(range);
}

const { quotedWeeks } = programLength;

/** Every phrase a guide may quote, by name. Adding one here makes it available to <Fact id="…" />. */
export const facts = {
  iopHoursAdult: levelHoursText('iop', 'adult'),
  iopHoursTeen: levelHoursText('iop', 'teen'),
  phpHours: levelHoursText('php', 'adult'),
  outpatientHoursAdult: levelHoursText('outpatient', 'adult'),
  outpatientHoursTeen: levelHoursText('outpatient', 'teen'),
  iopMinHoursAdult: `${careLevels.iop.hoursPerWeek.adult!.min} hours a week`,
  iopMinHoursTeen: `${careLevels.iop.hoursPerWeek.teen!.min} hours a week`,
  phpMinHours: `${careLevels.php.hoursPerWeek.adult!.min} hours a week`,
  typicalDays: `${formatRange(typicalSchedule.daysPerWeek)} days a week`,
  typicalSessionHours: `about ${typicalSchedule.hoursPerSession.min} hours`,
  sessionHoursRange: `${formatRange(typicalSchedule.hoursPerSession)} hours`,
  commonWeeklyHours: formatWeeklyHours(typicalSchedule.commonWeeklyHours),
  quotedLengthShort: `${formatRange(quotedWeeks.short)} weeks`,
  quotedLengthLong: `${formatRange(quotedWeeks.long)} weeks`,
  quotedLength: `${quotedWeeks.short.min} to ${quotedWeeks.long.max} weeks`,
  studyAverageStay: `${programLength.studyAverageDays} days`,
  studyAdults: `${numberFormat.format(programLength.studyAdults)} adults`,
  improvementTime: `about ${programLength.improvementMonths} months`,
  medicareStartYear: String(medicareIop.startYear),
  medicareStartDate: `January 1, ${medicareIop.startYear}`,
  medicareHours: `at least ${medicareIop.weeklyHours.min} hours a week`,
  medicareRecertify: medicareIop.recertifyEveryMonths === 2 ? 'at least every other month' : `at least every ${medicareIop.recertifyEveryMonths} months`,
  asamFourthYear: String(asamFourthEdition.year),
  asamRenamedLevel: `level ${asamFourthEdition.renamedLevel} ("${asamFourthEdition.renamedTo}")`,
  asamAddedLevel: `level ${asamFourthEdition.addedLevel} ("${asamFourthEdition.addedName}")`,
  evidenceYears: `${evidence.mcCartyStudyYears.from} to ${evidence.mcCartyStudyYears.to}`,
  virtualStudyPeople: `${numberFormat.format(evidence.virtualStudyPeople)} people`,
  naloxoneOtcYear: String(naloxoneOverTheCounter.year),
  part2RuleYear: String(part2FinalRule.year),
  epsdtAge: `under ${epsdtCoverage.underAge}`,

  // Work rights (guides/rights-work-and-privacy), from the FMLA and ADA block in care-levels.ts.
  fmlaLeave: `up to ${fmla.leaveWeeks} weeks of unpaid leave in a ${fmla.leavePeriodMonths}-month period`,
  fmlaServiceTime: `at least ${fmla.serviceMonths} months`,
  fmlaServiceHours: `at least ${numberFormat.format(fmla.serviceHours)} hours in the last ${fmla.leavePeriodMonths} months`,
  fmlaEmployerSize: `at least ${fmla.employerSize} employees within ${fmla.radiusMiles} miles`,
  adaEmployerSize: `${adaEmployment.employerSize} or more employees`,
} as const;

export type FactId = keyof typeof facts;

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(facts, id);
}

/** The phrase for a fact, or an error naming the bad id so a typo fails the build, not the page. */
export function factText(id: string): string {
  if (!isFactId(id)) {
    throw new Error(`Unknown fact "${id}". Known facts: ${Object.keys(facts).join(', ')}`);
  }
  return facts[id];
}
