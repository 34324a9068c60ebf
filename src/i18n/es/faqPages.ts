// Spanish UI text: faqPages (neutral US Spanish, usted).
import type { FaqPagesText } from '../en/faqPages.ts';

export const faqPagesEs: FaqPagesText = {
  topics: {
    basics: 'Lo básico',
    'time-schedule': 'Tiempo y horario',
    'work-school': 'Trabajo y escuela',
    'cost-insurance': 'Costo y seguro médico',
    family: 'La familia',
    teens: 'Adolescentes',
    virtual: 'IOP en línea (virtual)',
    sessions: 'Qué pasa en las sesiones',
    privacy: 'Privacidad',
    'after-iop': 'Después del IOP',
  },
  home: 'Inicio',
  faqCrumb: 'Preguntas',
  listTitle: 'Preguntas frecuentes',
  listDescription:
    'Respuestas cortas sobre los programas ambulatorios intensivos: horas, trabajo, escuela, seguro médico, privacidad, adolescentes y programas en línea.',
  listIntro: 'Primero, la respuesta corta, con un enlace a la guía que explica más. Cada pregunta tiene su propio enlace para enviarlo a otra persona.',
  topicsTitle: 'Temas',
  noScript: 'Abajo están todas las preguntas y respuestas. Para buscar entre ellas, active JavaScript.',
  topicLine: 'Tema:',
  readMore: 'Lea más:',
  backToList: 'Vea esta pregunta junto con todas las demás',
  descriptionEnd: ' Una respuesta corta y sencilla, con un enlace a la guía que explica más.',
  emptyQuestion: 'Pregunta frecuente.',
};
