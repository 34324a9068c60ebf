// Every clinical number on the site lives here, once, with its source. Guide text, the home page and
// the tools all read these values, so what a reader sees can never disagree from page to page.
import type { Source, SourceId } from './sources.ts';

export type AgeGroup = 'adult' | 'teen';

/** Treatment hours in one week. `max: null` means "or more" (no upper limit). */
export interface WeeklyHours {
  min: number;
  max: number | null;
}

export type CareLevelId = 'outpatient' | 'iop' | 'php' | 'residential' | 'inpatient';

export interface CareLevel {
  id: CareLevelId;
  name: string;
  shortName: string;
  /** ASAM level number, shown so clinicians can match our words to theirs. */
  asamLevel: string;
  whereYouLive: string;
  /** Hours a week by age group; null for round-the-clock care, where hours are not counted. */
  hoursPerWeek: Record<AgeGroup, WeeklyHours | null>;
  /** Plain words for hours when they are not a simple range. */
  hoursNote?: string;
  typicalLength: string;
  medicalSupervision: string;
  workOrSchool: string;
  usuallySuits: string;
  stepping: string;
  source: SourceId;
}

// ASAM 3rd edition: outpatient is under 9 hours (adults) / under 6 (teens); IOP 9–19 / 6–19;
// partial hospitalization 20 or more. The "under" limits are the IOP minimums, so they are not
// repeated: outpatient's upper limit is read from IOP's lower one.
const iopAdult: WeeklyHours = { min: 9, max: 19 };
const iopTeen: WeeklyHours = { min: 6, max: 19 };
const phpHours: WeeklyHours = { min: 20, max: null };

/** How long IOP usually lasts. */
export const programLength = {
  /** Ranges programs commonly quote, in weeks. */
  quotedWeeks: { short: { min: 4, max: 8 }, long: { min: 8, max: 12 } },
  /** Average stay in one state Medicaid study, in days, and how many adults it followed. */
  studyAverageDays: 42,
  studyAdults: 11473,
  studySource: 'ctMedicaidStudy' as SourceId,
  /** Time in treatment overall (not IOP alone) by which most people improve a lot, in months. */
  improvementMonths: 3,
  improvementSource: 'nidaPrinciples' as SourceId,
};

export const careLevels: Record<CareLevelId, CareLevel> = {
  outpatient: {
    id: 'outpatient',
    name: 'Outpatient therapy',
    shortName: 'Outpatient',
    asamLevel: '1',
    whereYouLive: 'At home',
    hoursPerWeek: { adult: { min: 0, max: iopAdult.min }, teen: { min: 0, max: iopTeen.min } },
    hoursNote: 'fewer hours than an IOP',
    typicalLength: 'As long as it helps; often months',
    medicalSupervision: 'Regular visits with a therapist or prescriber',
    workOrSchool: 'Yes, usually with little change to your week',
    usuallySuits: 'People who are stable and need ongoing support, or who have finished a more intensive program',
    stepping: 'Step up to an IOP if weekly sessions are not enough',
    source: 'asam3',
  },
  iop: {
    id: 'iop',
    name: 'Intensive outpatient program (IOP)',
    shortName: 'IOP',
    asamLevel: '2.1',
    whereYouLive: 'At home',
    hoursPerWeek: { adult: iopAdult, teen: iopTeen },
    typicalLength: `Often ${programLength.quotedWeeks.short.min} to ${programLength.quotedWeeks.long.max} weeks; it depends on progress`,
    medicalSupervision: 'Clinical staff during sessions; medication help when needed',
    workOrSchool: 'Yes, most people keep working or studying; many programs run morning or evening tracks',
    usuallySuits: 'People who need more than weekly therapy, are medically stable and are safe at home',
    stepping: 'Step down from PHP or residential care, or step up from outpatient therapy',
    source: 'asam3',
  },
  php: {
    id: 'php',
    name: 'Partial hospitalization program (PHP)',
    shortName: 'PHP',
    asamLevel: '2.5',
    whereYouLive: 'At home',
    hoursPerWeek: { adult: phpHours, teen: phpHours },
    typicalLength: 'Varies; often shorter than an IOP, then a step down',
    medicalSupervision: 'Daily access to medical and psychiatric staff',
    workOrSchool: 'Hard to combine: most weekdays are spent in treatment',
    usuallySuits: 'People who need daily structure but do not need to stay overnight',
    stepping: 'Step down to an IOP, or step up to residential or hospital care',
    source: 'asam3',
  },
  residential: {
    id: 'residential',
    name: 'Residential treatment',
    shortName: 'Residential',
    asamLevel: '3',
    whereYouLive: 'At the treatment setting, day and night',
    hoursPerWeek: { adult: null, teen: null },
    hoursNote: 'round-the-clock care',
    typicalLength: 'Varies with need and progress',
    medicalSupervision: 'Staff on site 24 hours a day; medical care available',
    workOrSchool: 'No, not while living there (some teen programs include schooling)',
    usuallySuits: 'People who need a safe, structured place to live while they start recovery',
    stepping: 'Step down to PHP or an IOP',
    source: 'asam3',
  },
  inpatient: {
    id: 'inpatient',
    name: 'Inpatient (hospital) care',
    shortName: 'Inpatient',
    asamLevel: '4',
    whereYouLive: 'In a hospital',
    hoursPerWeek: { adult: null, teen: null },
    hoursNote: 'round-the-clock medical care',
    typicalLength: 'Usually short, until the person is safe and stable',
    medicalSupervision: 'Doctors and nurses 24 hours a day',
    workOrSchool: 'No',
    usuallySuits: 'People with a medical or mental health emergency, or withdrawal that needs hospital care',
    stepping: 'Step down to residential care, PHP or an IOP',
    source: 'asam3',
  },
};

/** Every level in order from least to most intensive. */
export const careLevelOrder: CareLevelId[] = ['outpatient', 'iop', 'php', 'residential', 'inpatient'];

/** What a typical IOP week looks like (common practice; programs set their own schedules). */
export const typicalSchedule = {
  daysPerWeek: { min: 3, max: 5 },
  hoursPerSession: { min: 3, max: 4 },
  commonWeeklyHours: { min: 9, max: 15 },
  source: 'providerPractice' as SourceId,
};

/** Medicare's IOP benefit. */
export const medicareIop = {
  startYear: 2024,
  weeklyHours: iopAdult,
  /** A physician recertifies the need at least this often, in months. */
  recertifyEveryMonths: 2,
  source: 'cmsIop2024' as SourceId,
};

/** ASAM's 4th edition renames and adds levels; states adopt it on their own dates. */
export const asamFourthEdition = {
  year: 2023,
  renamedLevel: '2.5',
  renamedTo: 'High-Intensity Outpatient',
  addedLevel: '2.7',
  addedName: 'Medically Managed Intensive Outpatient',
  source: 'asam4' as SourceId,
};

/** Evidence figures quoted in the guides. */
export const evidence = {
  mcCartyStudyYears: { from: 1995, to: 2012 },
  mcCartySource: 'mcCarty2014' as SourceId,
  virtualStudyPeople: 3642,
  virtualStudyYear: 2022,
  virtualSource: 'ngo2022' as SourceId,
};

/** A common weekly schedule the hours estimator offers as a one-click starting point. */
export interface SchedulePreset {
  id: string;
  label: string;
  daysPerWeek: number;
  hoursPerSession: number;
  /** Set only when the schedule is meant for one age group. */
  ageGroup?: AgeGroup;
}

const presetLabel = (days: number, hours: number) => `${days} days a week, ${hours} hours each`;
// Teen after-school tracks run shorter sessions: this preset spreads the teen IOP minimum (ASAM, above)
// over the fewest typical days, so it is an example drawn from sourced figures, not a figure of its own.
const teenAfterSchoolHours = iopTeen.min / typicalSchedule.daysPerWeek.min;

/** Schedules programs commonly run, built from the typical week above. */
export const schedulePresets: SchedulePreset[] = [
  {
    id: 'fewest-days',
    label: presetLabel(typicalSchedule.daysPerWeek.min, typicalSchedule.hoursPerSession.min),
    daysPerWeek: typicalSchedule.daysPerWeek.min,
    hoursPerSession: typicalSchedule.hoursPerSession.min,
  },
  {
    id: 'weekdays',
    label: presetLabel(typicalSchedule.daysPerWeek.max, typicalSchedule.hoursPerSession.min),
    daysPerWeek: typicalSchedule.daysPerWeek.max,
    hoursPerSession: typicalSchedule.hoursPerSession.min,
  },
  {
    id: 'teen-after-school',
    label: `Teen after school: ${presetLabel(typicalSchedule.daysPerWeek.min, teenAfterSchoolHours)}`,
    daysPerWeek: typicalSchedule.daysPerWeek.min,
    hoursPerSession: teenAfterSchoolHours,
    ageGroup: 'teen',
  },
];

/** What the hours estimator shows before the reader changes anything: the first preset, a common length. */
export const estimatorDefaults = {
  daysPerWeek: typicalSchedule.daysPerWeek.min,
  hoursPerSession: typicalSchedule.hoursPerSession.min,
  weeks: programLength.quotedWeeks.short.max,
  ageGroup: 'adult' as AgeGroup,
  travelMinutes: 30,
};

// ---------------------------------------------------------------------------------------------------
// Safety, privacy and coverage figures quoted in the guides. Years and ages, each with its source, so
// prose never types them itself.
// ---------------------------------------------------------------------------------------------------

/** Naloxone nasal spray has been sold over the counter, with no prescription, since this year. */
export const naloxoneOverTheCounter = { year: 2023, source: 'fdaNaloxoneOtc' as SourceId };

/** The 42 CFR Part 2 final rule that lets one consent cover future treatment, payment and operations. */
export const part2FinalRule = { year: 2024, source: 'part2FinalRule2024' as SourceId };

/** Medicaid's EPSDT benefit covers children and young people below this age. */
export const epsdtCoverage = { underAge: 21, source: 'medicaidEpsdt' as SourceId };

// ------------------------------------------------------------------------------------------------
// Work rights: the legal figures quoted in guides/rights-work-and-privacy ("Keeping your job").
// A separate block so other additions can sit beside it. Each figure carries its own source.
// ------------------------------------------------------------------------------------------------

/** Family and Medical Leave Act (FMLA): who may take job-protected leave, and how much. */
export const fmla = {
  /** Up to this many workweeks of unpaid, job-protected leave… */
  leaveWeeks: 12,
  /** …in a period of this many months. */
  leavePeriodMonths: 12,
  /** The employee has worked for the employer at least this many months… */
  serviceMonths: 12,
  /** …and at least this many hours in the months before leave starts (leavePeriodMonths). */
  serviceHours: 1250,
  /** The employer has at least this many employees within `radiusMiles` of the worksite. */
  employerSize: 50,
  radiusMiles: 75,
  source: {
    title: 'Fact Sheet #28: The Family and Medical Leave Act',
    publisher: 'U.S. Department of Labor, Wage and Hour Division',
    year: 2023,
    url: 'https://www.dol.gov/agencies/whd/fact-sheets/28-fmla',
  } satisfies Source,
};

/** The ADA's job rules (Title I) apply to employers with at least this many employees. */
export const adaEmployment = {
  employerSize: 15,
  source: {
    title: 'The ADA: Your Employment Rights as an Individual With a Disability',
    publisher: 'U.S. Equal Employment Opportunity Commission (EEOC)',
    year: 2023,
    url: 'https://www.eeoc.gov/laws/guidance/ada-your-employment-rights-individual-disability',
  } satisfies Source,
};
