// Spanish UI text: the search page (/es/buscar/) (neutral US Spanish, usted). What the search itself says
// lives with its word lists in src/data/search-words/es.ts.
import type { SearchText } from '../en/search.ts';

export const searchEs: SearchText = {
  title: 'Buscar',
  description:
    'Busque en todas las guías, respuestas y palabras del glosario. La búsqueda funciona en su navegador; nada de lo que escribe se envía a ninguna parte.',
  heading: 'Buscar en el sitio',
  inputLabel: 'Palabras para buscar',
  hint: 'Escriba una palabra o una pregunta, por ejemplo: trabajo, seguro médico, cómo ayudo a mi hijo.',
  button: 'Buscar',
  privacy: 'La búsqueda funciona en su navegador, y lo que usted escribe nunca se envía a ninguna parte.',
  browse: {
    start: 'También puede ver',
    guides: 'todas las guías',
    beforeFaq: ', las',
    faq: 'preguntas frecuentes',
    beforeGlossary: 'o el',
    glossary: 'glosario',
    end: '.',
  },
  noScript: 'La búsqueda necesita JavaScript. Los enlaces de arriba llevan a todas las páginas del sitio.',
};
