// Spanish UI text: referrers (neutral US Spanish, usted): the referrer kit and its one-page handout.
import type { ReferrersText } from '../en/referrers.ts';
import type { WeeklyHours } from '../../data/care-levels.ts';
import type { HelpLine } from '../../data/help-lines.ts';
import { intlLocale } from '../lang.ts';

const number = new Intl.NumberFormat(intlLocale.es);
const n = (value: number) => number.format(value);

/** "de 9 a 19", "20 o más", "menos de 9". */
function range({ min, max }: WeeklyHours): string {
  if (max === null) return `${n(min)} o más`;
  if (min === 0) return `menos de ${n(max)}`;
  return `de ${n(min)} a ${n(max)}`;
}

export const referrersEs: ReferrersText = {
  home: 'Inicio',
  kit: {
    title: 'Para referentes',
    description:
      'Para pastores, consejeros escolares, líderes juveniles y profesionales de salud: cómo hablar con una familia sobre el IOP y qué página enviar.',
    heading: 'Para pastores, consejeros, líderes juveniles y profesionales de salud',
    handoutButton: 'Imprima la hoja de una página',
    lead:
      'Quizás usted sea la primera persona a quien una familia le cuenta lo que pasa. No necesita saber qué tratamiento es el correcto. Su tarea es escuchar, tomarlo en serio y ayudarles a dar el siguiente paso: una evaluación con un profesional de salud con licencia.',
    talking: {
      heading: 'Cómo hablar con una familia',
      points: [
        'Empiece por lo que ha notado, con palabras sencillas y sin etiquetas. "He notado que últimamente se ve muy decaído."',
        'Diga que la ayuda funciona y que pedirla es una muestra de fortaleza.',
        'Explique que en un IOP la persona vive en su casa y sigue con la escuela o el trabajo mientras recibe un tratamiento de verdad.',
        'Sugiera primero una evaluación. Un profesional de salud decide el nivel de atención, no un amigo ni una página web.',
      ],
      danger: { before: 'Si alguien puede estar en peligro, no espere: usen juntos las ', link: 'líneas de crisis', after: '.' },
    },
    referral: {
      heading: 'Cómo suele ser una referencia',
      text: 'La mayoría de los programas aceptan llamadas de la persona, de un familiar o de un profesional. El programa hace una cita para la evaluación, revisa el seguro y explica su horario. Algunos piden una nota de un médico o terapeuta. Usted puede ofrecerse a acompañar a la familia cuando haga la primera llamada.',
    },
    afterwards: {
      heading: 'Qué le puede decir el programa después',
      text: 'Muy poco, a menos que la persona lo autorice por escrito. Los programas que tratan el consumo de sustancias siguen una regla federal (42 CFR Parte 2). Necesitan el permiso por escrito de la persona antes de compartir cualquier cosa, incluso que la persona está en tratamiento. Hay pocas excepciones, como una emergencia médica. Los programas que solo tratan la salud mental siguen otra ley (HIPAA), que permite compartir algo sin permiso. Si usted quiere saber cómo va, pídale a la persona que firme un permiso que lo nombre a usted.',
    },
    send: {
      heading: 'Qué página enviar para cada pregunta',
      intro: 'Cada enlace abre la página correcta. Cópielo en un correo o envíelo por mensaje de texto desde su teléfono.',
      caption: 'Qué página responde cada pregunta',
      askColumn: 'Si le preguntan…',
      sendColumn: 'Envíe',
      copy: 'Copiar enlace',
      text: 'Enviar por texto',
    },
    handout: {
      heading: 'Una hoja de una página para imprimir',
      before: 'La ',
      link: 'hoja para imprimir',
      after:
        ' explica el IOP en pocas líneas, con los números clave, cómo encontrar un programa, las preguntas más importantes, las líneas de ayuda y un código QR que abre este sitio en español. Tiene un espacio para su nombre y su teléfono. Cabe en una hoja tamaño carta o A4.',
    },
  },
  handout: {
    title: 'Hoja para familias: ¿qué es un IOP?',
    description:
      'Una hoja de una página para imprimir y dar a una familia: qué es un programa ambulatorio intensivo, cómo encontrar uno, qué preguntar y líneas de ayuda.',
    screenNote:
      'Imprima esta página para dársela a una familia. Cabe en una hoja tamaño carta o A4. Escriba su nombre y su teléfono en el recuadro antes de entregarla.',
    heading: '¿Qué es un programa ambulatorio intensivo (IOP, por sus siglas en inglés)?',
    printed: 'Impreso',
    printedBlank: 'el: ____________',
    intro:
      'Un IOP es un tratamiento de medio tiempo para problemas de salud mental, el consumo de sustancias, o ambos. La persona vive en su casa y sigue con su trabajo, la escuela y la familia. Va a terapia de grupo y a otras sesiones varios días por semana.',
    numbers: {
      heading: 'Números clave',
      adults: 'Adultos:',
      teens: 'Adolescentes:',
      schedule: 'Horario común:',
      length: 'Duración común:',
      lengthNote: ', según cómo avance la persona',
      more: 'Más atención (un programa de día) significa',
      weeklyHours: (hours: WeeklyHours) => `${range(hours)} horas por semana`,
      days: (days: WeeklyHours) => `${range(days)} días por semana`,
      perSession: (hours: number) => `, unas ${n(hours)} horas por sesión`,
      weeks: (from: number, to: number) => `de ${n(from)} a ${n(to)} semanas`,
    },
    find: {
      heading: 'Cómo encontrar un programa',
      assessment: 'Pida una evaluación a un médico, terapeuta o consejero.',
      search: { before: 'Busque en ', after: ' (tiene versión en español), la lista federal de programas con licencia.' },
      helpline: {
        before: 'O llame a la ',
        after: (line: HelpLine) => `: ${line.action.replace(/^llame al\s+/i, '')}. Es gratis, a cualquier hora.`,
      },
      insurance: 'Llame a su seguro médico para preguntar qué cubre.',
    },
    questionsHeading: 'Preguntas para hacerle a cada programa',
    privacy: {
      label: 'Privacidad:',
      text: ' un programa que trata el consumo de sustancias necesita el permiso por escrito de la persona para compartir sus registros (42 CFR Parte 2), salvo en casos como una emergencia. Los programas que solo tratan la salud mental siguen la ley HIPAA.',
    },
    lines: {
      heading: 'Líneas de ayuda (gratis, en los Estados Unidos)',
      emergency: ' Si alguien está en peligro ahora.',
      crisis: ' Para una crisis, a cualquier hora.',
      support: ' Información, no ayuda en crisis.',
    },
    from: { heading: 'De parte de', name: 'Nombre:', call: 'Llámeme al:' },
    more: {
      heading: 'Más información',
      text: 'Guías sencillas, preguntas frecuentes y herramientas, gratis y privadas:',
      note: (siteName: string) => `${siteName} es educativo, no es consejo médico. No nombra ningún centro de tratamiento.`,
      qrLabel: (address: string) => `Código QR de ${address}`,
    },
  },
};
