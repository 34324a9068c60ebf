// Spanish words for the levels of care. Only words live here: every number (hours, weeks, days) is
// read from src/data/care-levels.ts, so the two languages can never quote different figures.
import {
  careLevels,
  programLength,
  schedulePresets,
  type CareLevel,
  type CareLevelId,
  type SchedulePreset,
} from '../care-levels.ts';

/** The word fields of a care level (everything a reader sees that is not a number or a source). */
export type CareLevelWords = Pick<
  CareLevel,
  | 'name'
  | 'shortName'
  | 'whereYouLive'
  | 'hoursNote'
  | 'typicalLength'
  | 'medicalSupervision'
  | 'workOrSchool'
  | 'usuallySuits'
  | 'stepping'
>;

const weeks = programLength.quotedWeeks;

export const careLevelWordsEs: Record<CareLevelId, CareLevelWords> = {
  outpatient: {
    name: 'Terapia ambulatoria',
    shortName: 'Ambulatoria',
    whereYouLive: 'En su casa',
    hoursNote: 'menos horas que un IOP',
    typicalLength: 'Mientras le ayude; a menudo, meses',
    medicalSupervision: 'Citas regulares con un terapeuta o con quien le receta medicinas',
    workOrSchool: 'Sí, por lo general con pocos cambios en su semana',
    usuallySuits:
      'Personas que están estables y necesitan apoyo continuo, o que terminaron un programa más intensivo',
    stepping: 'Subir a un IOP si las sesiones semanales no bastan',
  },
  iop: {
    name: 'Programa ambulatorio intensivo (IOP)',
    shortName: 'IOP',
    whereYouLive: 'En su casa',
    typicalLength: `A menudo de ${weeks.short.min} a ${weeks.long.max} semanas; depende de su progreso`,
    medicalSupervision: 'Personal clínico durante las sesiones; ayuda con medicinas cuando hace falta',
    workOrSchool:
      'Sí, la mayoría de las personas siguen trabajando o estudiando; muchos programas tienen horarios de mañana o de noche',
    usuallySuits:
      'Personas que necesitan más que terapia semanal, están estables de salud y están seguras en casa',
    stepping: 'Bajar desde un PHP o un tratamiento residencial, o subir desde la terapia ambulatoria',
  },
  php: {
    name: 'Programa de hospitalización parcial (PHP)',
    shortName: 'PHP',
    whereYouLive: 'En su casa',
    typicalLength: 'Varía; a menudo es más corto que un IOP y luego se baja de nivel',
    medicalSupervision: 'Acceso diario a personal médico y psiquiátrico',
    workOrSchool: 'Difícil de combinar: la mayoría de los días de semana se pasan en tratamiento',
    usuallySuits: 'Personas que necesitan una rutina diaria pero no necesitan quedarse a dormir',
    stepping: 'Bajar a un IOP, o subir a un tratamiento residencial o al hospital',
  },
  residential: {
    name: 'Tratamiento residencial',
    shortName: 'Residencial',
    whereYouLive: 'En el lugar de tratamiento, de día y de noche',
    hoursNote: 'atención las 24 horas',
    typicalLength: 'Varía según la necesidad y el progreso',
    medicalSupervision: 'Personal en el lugar las 24 horas; hay atención médica disponible',
    workOrSchool: 'No, mientras vive allí (algunos programas para adolescentes incluyen clases)',
    usuallySuits:
      'Personas que necesitan un lugar seguro y con rutina para vivir mientras empiezan su recuperación',
    stepping: 'Bajar a un PHP o a un IOP',
  },
  inpatient: {
    name: 'Atención hospitalaria (hospitalización)',
    shortName: 'Hospitalaria',
    whereYouLive: 'En un hospital',
    hoursNote: 'atención médica las 24 horas',
    typicalLength: 'Por lo general es corta, hasta que la persona esté segura y estable',
    medicalSupervision: 'Médicos y enfermeras las 24 horas',
    workOrSchool: 'No',
    usuallySuits:
      'Personas con una emergencia médica o de salud mental, o con una abstinencia que necesita atención en el hospital',
    stepping: 'Bajar a un tratamiento residencial, a un PHP o a un IOP',
  },
};

/** A care level's words in Spanish, with a level's numbers still read from the English module. */
export function careLevelEs(id: CareLevelId): CareLevel {
  return { ...careLevels[id], ...careLevelWordsEs[id] };
}

const numberEs = new Intl.NumberFormat('es-US', { maximumFractionDigits: 1 });
const presetLabelEs = (days: number, hours: number) =>
  `${numberEs.format(days)} días por semana, ${numberEs.format(hours)} horas cada día`;

/** Spanish words that go before a preset's schedule (by preset id); none for the general presets. */
const presetPrefixEs: Record<string, string> = {
  'teen-after-school': 'Adolescentes, después de la escuela: ',
};

/** A schedule preset's label in Spanish, built from the preset's own numbers. */
export function schedulePresetLabelEs(preset: SchedulePreset): string {
  return `${presetPrefixEs[preset.id] ?? ''}${presetLabelEs(preset.daysPerWeek, preset.hoursPerSession)}`;
}

/** Spanish labels for every schedule preset, by preset id. */
export const schedulePresetLabelsEs: Record<string, string> = Object.fromEntries(
  schedulePresets.map((preset) => [preset.id, schedulePresetLabelEs(preset)]),
);
