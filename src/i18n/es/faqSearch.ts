// Spanish UI text: faqSearch (neutral US Spanish, usted).
import type { FaqSearchText } from '../en/faqSearch.ts';

export const faqSearchEs: FaqSearchText = {
  label: 'Buscar en las preguntas frecuentes',
  hint: 'Escriba una palabra, como trabajo, adolescentes o seguro. Las preguntas que coinciden aparecen abajo, con sus respuestas abiertas.',
  search: 'Buscar',
  topicsLabel: 'Filtrar por tema',
  topicsHint: 'Elija uno o más temas. Elija un tema otra vez para quitarlo.',
  showAll: 'Mostrar todas las preguntas',
  showTopics: 'Filtrar por tema',
  topicPreset: 'Buscar en las preguntas sobre {topic}',
  embedTitle: 'Preguntas sobre {topic}',
  allOfTopic: 'Ver estas preguntas en la página de preguntas frecuentes ({label})',
  readMore: 'Lea más:',
  copyLink: 'Copiar el enlace a esta respuesta',
  unavailable: 'La búsqueda no está disponible ahora. Abajo aparecen todas las preguntas.',
  emptyNext: 'Pruebe con una palabra más corta o distinta, o:',
  siteSearch: 'Buscar en todo el sitio',
  siteSearchFor: 'Buscar “{query}” en todo el sitio',
  helpNow: 'Obtener ayuda ahora',
  status: {
    all: 'Se muestran las {total} preguntas.',
    allOne: 'Se muestra 1 pregunta.',
    where: ' en {topics}',
    or: ' o ',
    count: '{count} preguntas{where}.',
    countOne: '1 pregunta{where}.',
    none: 'No hay preguntas{where}.',
    match: '{count} preguntas coinciden con “{query}”{where}.',
    matchOne: '1 pregunta coincide con “{query}”{where}.',
    noMatch: 'Ninguna pregunta coincide con “{query}”{where}.',
  },
};
