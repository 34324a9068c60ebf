// Las preguntas para hacerle a un programa, en español: the Spanish words of the questions checklist.
// Typed from the English file, so a missing group or question, or a missing "why", fails the type check.
// Same ids as English: notes saved in one language show up under the same question in the other.
import type { ProgramQuestionTranslation } from '../program-questions.ts';

export const questionWordsEs: ProgramQuestionTranslation = {
  groups: {
    'program-and-staff': 'El programa y su personal',
    'schedule-and-care': 'El horario y la atención',
    'medication-and-testing': 'Medicinas y pruebas',
    'family-and-privacy': 'La familia y la privacidad',
    'for-a-teen': 'Si el programa es para un adolescente',
    'cost-and-insurance': 'El costo y el seguro',
    'starting-and-finishing': 'El comienzo y el final',
  },
  questions: {
    'state-license': {
      text: '¿El programa tiene licencia del estado?',
      why: 'Todo programa debe tener una licencia del estado.',
    },
    accreditation: {
      text: '¿Está acreditado, por ejemplo por The Joint Commission o CARF?',
      why: 'Quiere decir que un grupo de fuera revisó su calidad y su seguridad.',
    },
    'staff-training': {
      text: '¿Quién dirige los grupos? ¿Qué formación y qué licencias tiene el personal?',
      why: 'Pregunte si hay un médico o un enfermero en el equipo.',
    },
    'group-size': {
      text: '¿Cuántas personas hay en un grupo?',
      why: 'Los grupos más pequeños dan a cada persona más tiempo para hablar.',
    },
    'schedule-tracks': {
      text: '¿Qué días y a qué hora se reúnen los grupos? ¿Hay un turno de mañana o de noche?',
      why: 'Un turno que se ajusta al trabajo o a la escuela hace más fácil seguir yendo.',
    },
    'session-length': { text: '¿Cuánto dura cada sesión, y cuántas horas son por semana?' },
    therapies: {
      text: '¿Qué tipos de terapia usan?',
      why: 'Un buen programa puede nombrar con facilidad métodos probados, como la TCC o la TDC.',
    },
    telehealth: {
      text: '¿Algunas sesiones pueden ser en línea, por video?',
      why: 'Las sesiones en línea pueden ayudar los días en que es difícil viajar.',
    },
    medication: {
      text: '¿Puedo recibir medicinas aquí, o me enviarán a otro lugar para eso?',
      why: 'Las medicinas pueden ser parte de la atención para la depresión, la ansiedad y más.',
    },
    moud: {
      text: 'Para el consumo de opioides, ¿ofrecen medicamentos para el trastorno por consumo de opioides (MOUD)?',
      why: 'Calman los deseos intensos de consumir y la abstinencia. Pregunte si los dan en el lugar o le refieren a otro sitio.',
    },
    'testing-policy': {
      text: '¿Hacen pruebas de drogas o alcohol? ¿Con qué frecuencia, y qué pasa cuando una prueba muestra consumo?',
      why: 'Las reglas cambian mucho de un programa a otro.',
    },
    family: {
      text: '¿Cómo participa la familia?',
      why: 'Pregunte por las sesiones familiares o las clases para los seres queridos.',
    },
    'records-privacy': {
      text: '¿Quién verá mis expedientes, y cómo los mantienen privados?',
      why: 'En la mayoría de los casos, un programa necesita su permiso por escrito para compartirlos.',
    },
    'teen-groups': {
      text: '¿Los adolescentes tienen sus propios grupos, aparte de los adultos?',
      why: 'Pregunte qué edad tienen las otras personas del grupo.',
    },
    'teen-parent-updates': {
      text: '¿Qué me contarán a mí como padre o madre, y qué queda en privado?',
      why: 'Las reglas de privacidad para adolescentes cambian según el estado. Pregunte qué le contarán, y cuándo.',
    },
    'teen-school': {
      text: '¿Trabajarán con la escuela?',
      why: 'Pregunte por el horario de clases, las tareas perdidas y una nota para la escuela.',
    },
    insurance: { text: '¿Aceptan mi seguro?' },
    'prior-authorization': {
      text: '¿Mi plan tiene que aprobar la atención antes (autorización previa)? ¿Me ayudarán con eso?',
      why: 'Esperar la aprobación puede retrasar el comienzo.',
    },
    'cost-per-session': {
      text: '¿Cuánto pagaré por cada sesión?',
      why: 'Pida el costo por escrito.',
    },
    'start-date': {
      text: '¿Cuándo puedo empezar?',
      why: 'Pregunte cuándo puede empezar y, si hay una espera, por qué.',
    },
    'more-or-less-care': {
      text: '¿Qué pasa si necesito más atención, o menos?',
      why: 'Un buen programa le ayuda a subir de nivel o a bajar de nivel.',
    },
    aftercare: {
      text: '¿Cuál es el plan para cuando termine el programa?',
      why: 'La atención continua debe ser parte del plan desde el principio.',
    },
  },
};
