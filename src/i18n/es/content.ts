// Spanish UI text: content (neutral US Spanish, usted).
import type { ContentText } from '../en/content.ts';

export const contentEs: ContentText = {
  home: 'Inicio',
  guides: 'Guías',
  writtenFor: (audiences) => `Escrito para ${audiences}.`,
  inShort: 'En resumen',
  contents: 'En esta página',
  relatedGuides: 'Guías relacionadas',
  sources: 'Fuentes',
  lastReviewed: 'Última revisión',
  nextReview: 'Próxima revisión',
  reviewedBy: 'Revisada por',
  and: ' y ',
  reviewRoles: { clinical: 'revisión clínica', editorial: 'revisión editorial' },
  notClinicallyReviewed: 'Se comprobó con las fuentes de la lista. Un profesional clínico todavía no la ha revisado.',
  copySectionLink: 'Copiar el enlace a la sección:',
  guideList: {
    title: 'Guías',
    pageTitle: (page, total) => `Guías, página ${page} de ${total}`,
    description:
      'Guías en palabras sencillas sobre los programas ambulatorios intensivos: qué son, qué esperar, el costo, los adolescentes, la familia y lo que sigue.',
    intro:
      'Cada guía explica una parte del tema en palabras sencillas, muestra sus fuentes y dice cuándo se revisó por última vez. Si el IOP es nuevo para usted, empiece por la primera.',
    count: (all, shown) => `${all} guías, ${shown} en esta página.`,
    pagerLabel: 'Páginas de guías',
    previous: 'Página anterior',
    next: 'Página siguiente',
    page: (n) => `Página ${n}`,
  },
  glossary: {
    title: 'Glosario',
    description:
      'Definiciones sencillas de las palabras que se usan en el tratamiento: niveles de atención, terapias, seguros y reglas de privacidad.',
    intro:
      'Palabras que puede oír en un programa, de un seguro o de un profesional clínico, dichas de forma sencilla. Las guías enlazan aquí la primera vez que usan un término.',
    indexLabel: 'Glosario, de la A a la Z',
    alsoCalled: 'otros nombres:',
    backToTop: 'Volver al índice de la A a la Z',
  },
};
