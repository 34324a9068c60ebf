// Turns the numbers in src/data into the short phrases that guides quote ("9 to 19 hours a week",
// "de 9 a 19 horas por semana"), so prose in either language never types a clinical number itself.
// Pure: no DOM, no framework.
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
import { intlLocale, type Lang } from '../i18n/lang.ts';
import { formatRangeIn, numbersIn, type RangeWords } from './fill.ts';

/** How a range of numbers is worded in each language; the tools' dictionaries use the same words. */
export const rangeWords: Record<Lang, RangeWords> = {
  en: { between: '{min} to {max}', orMore: '{min} or more', fewerThan: 'fewer than {max}' },
  es: { between: 'de {min} a {max}', orMore: '{min} o más', fewerThan: 'menos de {max}' },
};

const numberFormat = numbersIn(intlLocale.en);

/** "9 to 19", "20 or more", "fewer than 9". */
export function formatRange(range: WeeklyHours): string {
  return formatRangeIn(range, rangeWords.en, numberFormat);
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

// ------------------------------------------------------------------------------------------------
// Spanish: the same numbers, phrased for US Spanish and formatted with Intl for es-US.
// ------------------------------------------------------------------------------------------------

const numberFormatEs = numbersIn(intlLocale.es);
const n = (value: number) => numberFormatEs.format(value);
const longDateEs = new Intl.DateTimeFormat(intlLocale.es, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "de 9 a 19", "20 o más", "menos de 9" (the Spanish form of formatRange). */
export function formatRangeEs(range: WeeklyHours): string {
  return formatRangeIn(range, rangeWords.es, numberFormatEs);
}

/** "de 9 a 19 horas por semana" */
export function formatWeeklyHoursEs(range: WeeklyHours): string {
  return `${formatRangeEs(range)} horas por semana`;
}

/** Names ASAM's 4th edition gives its new levels, as said in Spanish (the English names are in care-levels.ts). */
const asamFourthEditionNamesEs = {
  renamedTo: 'Ambulatorio de alta intensidad',
  addedName: 'Ambulatorio intensivo con manejo médico',
} as const;

const iopAdultHours = careLevels.iop.hoursPerWeek.adult!;
const iopTeenHours = careLevels.iop.hoursPerWeek.teen!;
const phpAdultHours = careLevels.php.hoursPerWeek.adult!;

/**
 * Every fact in Spanish. Typed by the English list, so a fact without a Spanish phrase (or a Spanish
 * phrase for a fact that does not exist) fails the type check.
 */
export const factsEs: Record<FactId, string> = {
  iopHoursAdult: formatWeeklyHoursEs(iopAdultHours),
  iopHoursTeen: formatWeeklyHoursEs(iopTeenHours),
  phpHours: formatWeeklyHoursEs(phpAdultHours),
  outpatientHoursAdult: formatWeeklyHoursEs(careLevels.outpatient.hoursPerWeek.adult!),
  outpatientHoursTeen: formatWeeklyHoursEs(careLevels.outpatient.hoursPerWeek.teen!),
  iopMinHoursAdult: `${n(iopAdultHours.min)} horas por semana`,
  iopMinHoursTeen: `${n(iopTeenHours.min)} horas por semana`,
  phpMinHours: `${n(phpAdultHours.min)} horas por semana`,
  typicalDays: `${formatRangeEs(typicalSchedule.daysPerWeek)} días por semana`,
  typicalSessionHours: `unas ${n(typicalSchedule.hoursPerSession.min)} horas`,
  sessionHoursRange: `${formatRangeEs(typicalSchedule.hoursPerSession)} horas`,
  commonWeeklyHours: formatWeeklyHoursEs(typicalSchedule.commonWeeklyHours),
  quotedLengthShort: `${formatRangeEs(quotedWeeks.short)} semanas`,
  quotedLengthLong: `${formatRangeEs(quotedWeeks.long)} semanas`,
  quotedLength: `de ${n(quotedWeeks.short.min)} a ${n(quotedWeeks.long.max)} semanas`,
  studyAverageStay: `${n(programLength.studyAverageDays)} días`,
  studyAdults: `${n(programLength.studyAdults)} adultos`,
  improvementTime: `unos ${n(programLength.improvementMonths)} meses`,
  medicareStartYear: String(medicareIop.startYear),
  medicareStartDate: longDateEs.format(Date.UTC(medicareIop.startYear, 0, 1)),
  medicareHours: `al menos ${n(medicareIop.weeklyHours.min)} horas por semana`,
  medicareRecertify: medicareIop.recertifyEveryMonths === 2 ? 'al menos cada dos meses' : `al menos cada ${n(medicareIop.recertifyEveryMonths)} meses`,
  asamFourthYear: String(asamFourthEdition.year),
  asamRenamedLevel: `el nivel ${asamFourthEdition.renamedLevel} ("${asamFourthEditionNamesEs.renamedTo}")`,
  asamAddedLevel: `el nivel ${asamFourthEdition.addedLevel} ("${asamFourthEditionNamesEs.addedName}")`,
  evidenceYears: `${evidence.mcCartyStudyYears.from} a ${evidence.mcCartyStudyYears.to}`,
  virtualStudyPeople: `${n(evidence.virtualStudyPeople)} personas`,
  naloxoneOtcYear: String(naloxoneOverTheCounter.year),
  part2RuleYear: String(part2FinalRule.year),
  epsdtAge: `menores de ${n(epsdtCoverage.underAge)} años`,

  fmlaLeave: `hasta ${n(fmla.leaveWeeks)} semanas de licencia sin sueldo en un período de ${n(fmla.leavePeriodMonths)} meses`,
  fmlaServiceTime: `al menos ${n(fmla.serviceMonths)} meses`,
  fmlaServiceHours: `al menos ${n(fmla.serviceHours)} horas en los últimos ${n(fmla.leavePeriodMonths)} meses`,
  fmlaEmployerSize: `al menos ${n(fmla.employerSize)} empleados a menos de ${n(fmla.radiusMiles)} millas`,
  adaEmployerSize: `${n(adaEmployment.employerSize)} empleados o más`,
};

const factsByLang: Record<Lang, Record<FactId, string>> = { en: facts, es: factsEs };

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(facts, id);
}

/** The phrase for a fact in `lang`, or an error naming the bad id so a typo fails the build, not the page. */
export function factText(id: string, lang: Lang = 'en'): string {
  if (!isFactId(id)) {
    throw new Error(`Unknown fact "${id}". Known facts: ${Object.keys(facts).join(', ')}`);
  }
  return factsByLang[lang][id];
}
