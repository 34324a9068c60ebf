// Spanish word lists for the site search: stop words, synonyms (each with the reader it serves) and the
// crisis phrases that put help above every result. Written with accents, as a reader would expect to read
// them; the search folds accents and ñ on both sides, so "adolescente", "médico" and "medico" all match.
// Reviewed like content: change with care.
import type { SearchWords } from './types.ts';

const stopWords = [
  // Articles, prepositions, pronouns and question words: readers type them, no page is about them.
  'a', 'al', 'algo', 'alguien', 'algún', 'alguna', 'algunas', 'alguno', 'algunos', 'ante', 'antes', 'aquí',
  'así', 'aun', 'aún', 'bien', 'bueno', 'cada', 'como', 'cómo', 'con', 'contra', 'cual', 'cuál', 'cuales',
  'cuáles', 'cuando', 'cuándo', 'de', 'del', 'desde', 'donde', 'dónde', 'e', 'el', 'él', 'ella', 'ellas',
  'ellos', 'en', 'entre', 'era', 'eres', 'es', 'esa', 'esas', 'ese', 'eso', 'esos', 'esta', 'está', 'están',
  'estar', 'estas', 'estás', 'este', 'esto', 'estos', 'estoy', 'fue', 'ha', 'hace', 'hacer', 'han', 'has',
  'hay', 'he', 'hola', 'la', 'las', 'le', 'les', 'lo', 'los', 'mas', 'más', 'me', 'mi', 'mí', 'mis', 'mucho',
  'muchos', 'muy', 'nada', 'ni', 'no', 'nos', 'nosotros', 'nuestra', 'nuestro', 'o', 'os', 'otra', 'otro',
  'para', 'pero', 'poco', 'por', 'porque', 'pregunta', 'puede', 'pueden', 'puedo', 'que', 'qué', 'quien',
  'quién', 'quienes', 'saber', 'se', 'sé', 'sea', 'ser', 'si', 'sí', 'sin', 'sobre', 'solo', 'sólo', 'son',
  'soy', 'su', 'sus', 'también', 'tan', 'tanto', 'te', 'tengo', 'tiene', 'tienen', 'ti', 'toda', 'todas',
  'todo', 'todos', 'tu', 'tú', 'tus', 'un', 'una', 'unas', 'uno', 'unos', 'usted', 'ustedes', 'va', 'vamos',
  'yo', 'y', 'ya', 'gracias', 'favor', 'quiero', 'quisiera', 'necesito', 'debo', 'deberia', 'debería',
  'hago', 'hacemos', 'cosa', 'cosas', 'tipo', 'alguien', 'ahi', 'ahí', 'pues', 'oiga', 'señor', 'señora',
  'b', 'c', 'd', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'z',
];

export const es: SearchWords = {
  lang: 'es',
  stopWords,
  synonyms: [],
  crisisPhrases: [
    // Suicide, and how people write it (accents optional; one-typo spellings match without being listed).
    'suicid*', 'suisid*', 'sucid*', 'quiero morir*', 'me quiero morir', 'quiere morir*', 'quiero matarme',
    'matarme', 'matarse', 'me voy a matar', 'se va a matar', 'quitarme la vida', 'quitarse la vida',
    'no quiero vivir', 'no quiere vivir', 'ganas de morir', 'mejor muerto', 'mejor muerta', 'acabar con mi vida',
    'acabar con todo',
    // Self-harm.
    'hacerme daño', 'hacerse daño', 'me hago daño', 'se hace daño', 'me corto', 'se corta', 'cortarme',
    'cortarse', 'autolesi*', 'lastimarme', 'lastimarse', 'me lastimo', 'se lastima',
    // Overdose.
    'sobredosis', 'sobre dosis', 'no respira', 'no despierta', 'no reacciona', 'demasiadas pastillas',
    'naloxona', 'narcan',
    // Immediate danger.
    'en peligro', 'peligro', 'no estoy a salvo', 'no esta a salvo', 'no me siento a salvo', 'emergencia*', 'crisis', 'ayuda ahora',
    '911', '988',
  ],
  crisisAlsoSearch: ['línea de crisis'],
  text: {
    typeSomething: 'Escriba una palabra o una pregunta, como “seguro médico” o “puedo seguir trabajando”.',
    onlyCommonWords: (query) =>
      `“${query}” solo tiene palabras muy comunes. Agregue una palabra que diga lo que busca, como “seguro”, “adolescentes” o “trabajo”.`,
    results: (count, query) => `${count} ${count === 1 ? 'resultado' : 'resultados'} para “${query}”.`,
    noResults: (query) => `No hay resultados para “${query}”.`,
    relaxedNote: 'Ninguna página tiene todas sus palabras. Estas páginas tienen la mayoría.',
    relaxedSomeNote: (count) =>
      `${count === 1 ? 'Solo 1 página tiene' : `Solo ${count} páginas tienen`} todas sus palabras. Después siguen páginas que tienen la mayoría.`,
    spellingNote: (fixes) =>
      `Ninguna página usa ${fixes.map(([typed]) => `“${typed}”`).join(' ni ')}, así que estas páginas tienen ${fixes.map(([, used]) => `“${used}”`).join(' y ')}.`,
    didYouMean: '¿Quiso decir',
    showMore: 'Mostrar más resultados',
    unavailable: 'La búsqueda no está disponible en este momento. Use los enlaces de abajo para ver las páginas.',
    crisisStatus: 'Primero se muestran las líneas de ayuda.',
    crisisTitle: 'Si usted u otra persona puede estar en peligro, pida ayuda ahora',
  },
};
