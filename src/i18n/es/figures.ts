// Spanish UI text: figures (neutral US Spanish, usted). Numbers come from the data module and are
// written with Intl for es-US; no figure is typed here.
import type { FiguresText } from '../en/figures.ts';
import type { WeeklyHours } from '../../data/care-levels.ts';

const number = new Intl.NumberFormat('es-US', { maximumFractionDigits: 1 });
const n = (value: number) => number.format(value);
const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** "N a M", "N o más", "menos de M" */
function range(hours: WeeklyHours): string {
  if (hours.max === null) return `${n(hours.min)} o más`;
  if (hours.min === 0) return `menos de ${n(hours.max)}`;
  return `${n(hours.min)} a ${n(hours.max)}`;
}

export const figuresEs: FiguresText = {
  showAsText: 'Ver esta imagen como texto',
  numbers: {
    range,
    /** "de N a M horas por semana", "N horas o más por semana", "menos de M horas por semana" */
    weeklyHours: (hours) => {
      if (hours.max === null) return `${n(hours.min)} horas o más por semana`;
      if (hours.min === 0) return `menos de ${n(hours.max)} horas por semana`;
      return `de ${range(hours)} horas por semana`;
    },
    and: ' y ',
    sentenceStart: capitalize,
  },
  levelsLine: {
    caption: 'Los niveles de atención en una línea, de menos a más atención',
    axisTitle: 'Horas de atención por semana',
    roundTheClock: ['Día y', 'noche'],
    roundTheClockText: 'atención de día y de noche',
    textSummary: 'La imagen como tabla',
    columns: ['Nivel de atención', 'Horas por semana (adultos)', 'Horas por semana (adolescentes)', 'Dónde duerme la persona', 'Cuánto suele durar'],
    ageGroups: { adult: 'Adultos', teen: 'Adolescentes' },
    sleeps: (place) => `Duerme ${lowerFirst(place)}`,
  },
  iopWeek: {
    caption: 'Una semana en el IOP: un ejemplo con dos horarios',
    note: (summary) => `Es un ejemplo, no una regla. Cada programa fija sus días y horas. Aquí, cada horario es de ${summary}.`,
    textLabel: 'La semana como lista',
    weekdays: [
      { short: 'Lun', name: 'lunes' },
      { short: 'Mar', name: 'martes' },
      { short: 'Mié', name: 'miércoles' },
      { short: 'Jue', name: 'jueves' },
      { short: 'Vie', name: 'viernes' },
    ],
    activities: {
      group: { short: 'Grupo', name: 'terapia de grupo' },
      skills: { short: 'Taller', name: 'un taller de habilidades' },
      individual: { short: '1 a 1', name: 'una sesión individual con un terapeuta' },
      family: { short: 'Familia', name: 'una sesión familiar' },
    },
    tracks: {
      morning: { name: 'Horario de mañana', fits: 'para quien trabaja en la tarde o en la noche' },
      evening: { name: 'Horario de noche', fits: 'para después del trabajo o la escuela' },
    },
    /** "9 a. m.", "12 del mediodía", "6 p. m.", "7:30 p. m." */
    clock: (hour, minute) => {
      if (hour === 12 && minute === 0) return '12 del mediodía';
      const h12 = hour % 12 === 0 ? 12 : hour % 12;
      const minutesPart = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
      return `${h12}${minutesPart} ${hour < 12 ? 'a. m.' : 'p. m.'}`;
    },
    span: (from, to) => `de ${from} a ${to}`,
    summary: (days, hours, weekly) => `${n(days)} días por semana, ${n(hours)} horas cada día: ${n(weekly)} horas por semana`,
    session: (day, time, activities) => `${capitalize(day)}, ${time}: ${activities.join(', luego ')}.`,
    free: 'libre',
    freeDays: (days) => `${capitalize(days)}: libre.`,
  },
  carePath: {
    caption: 'El camino por la atención, paso a paso',
    note: 'Cada camino es distinto; algunas personas empiezan en otro paso o vuelven a uno anterior.',
    textLabel: 'Los pasos, con enlaces para leer más',
    inIop: ' (en el IOP)',
    steps: {
      call: { title: 'Primera llamada', detail: 'a un programa o línea de ayuda' },
      assessment: { title: 'Evaluación', detail: 'busca el nivel que le sirve' },
      start: { title: 'Empezar el IOP', detail: 'pregunte cuándo puede empezar' },
      weekly: { title: 'Sesiones cada semana', detail: (days) => `${days} días por semana` },
      'step-down': { title: 'Bajar de nivel', detail: (length) => lowerFirst(length) },
      aftercare: { title: 'Después del IOP', detail: 'terapia y grupos de apoyo' },
    },
  },
  levelsTable: {
    caption: 'Cómo se comparan los niveles de atención',
    rows: {
      where: 'Dónde vive',
      hoursAdult: 'Horas por semana (adultos)',
      hoursTeen: 'Horas por semana (adolescentes)',
      length: 'Duración típica',
      medical: 'Supervisión médica',
      work: '¿Puede seguir trabajando o estudiando?',
      suits: 'Suele ser para',
      stepping: 'Subir o bajar de nivel',
    },
    note: 'Las horas siguen los Criterios de la ASAM. Los programas varían, y una evaluación clínica decide qué nivel es el adecuado.',
  },
  keyNumbers: {
    title: 'Números clave',
    adults: 'para adultos en un IOP',
    teens: 'para adolescentes en un IOP',
    days: (days) => `${days} días por semana`,
    schedule: (hours) => `es un horario común, con sesiones de unas ${n(hours)} horas`,
    length: (min, max) => `de ${n(min)} a ${n(max)} semanas`,
    lengthLabel: 'es una duración común; depende del progreso',
    notePrefix:
      'Las horas siguen los Criterios de la ASAM, que usan los programas y los seguros médicos de EE. UU. Cada programa fija sus horarios. Vea ',
    noteLink: 'cómo se comparan los niveles de atención',
    noteSuffix: '.',
  },
};
