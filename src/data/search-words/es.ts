// Spanish word lists for the site search: stop words, synonyms (each with the reader it serves) and the
// crisis phrases that put help above every result. Written with accents, as a reader would expect to read
// them; the search folds accents and ñ on both sides, so "adolescente", "médico" and "medico" all match.
// Reviewed like content: change with care.
import type { SearchWords } from './types.ts';

const stopWords = [
  // Articles, prepositions, pronouns, question and filler words: readers type them, no page is about them.
  // One spelling each: the search folds accents before it compares.
  'a', 'al', 'algo', 'alguien', 'algún', 'alguna', 'algunas', 'alguno', 'algunos', 'ante', 'antes', 'aquí',
  'así', 'aún', 'bien', 'bueno', 'cada', 'cómo', 'con', 'contra', 'cuál', 'cuáles', 'cuándo', 'de', 'del',
  'desde', 'dónde', 'e', 'él', 'ella', 'ellas', 'ellos', 'en', 'entre', 'era', 'eres', 'es', 'esa', 'esas',
  'ese', 'eso', 'esos', 'está', 'están', 'estar', 'estás', 'este', 'esto', 'estos', 'estoy', 'fue', 'ha',
  'hace', 'hacer', 'han', 'has', 'hay', 'he', 'hola', 'la', 'las', 'le', 'les', 'lo', 'los', 'más', 'me', 'mí',
  'mis', 'mucho', 'muchos', 'muy', 'nada', 'ni', 'no', 'nos', 'nosotros', 'nuestra', 'nuestro', 'o', 'os',
  'otra', 'otro', 'para', 'pero', 'poco', 'por', 'porque', 'pregunta', 'puede', 'pueden', 'puedo', 'qué',
  'quién', 'quienes', 'saber', 'sé', 'sea', 'ser', 'sí', 'sin', 'sobre', 'son', 'soy', 'su', 'sus',
  'también', 'tan', 'tanto', 'te', 'tengo', 'tiene', 'tienen', 'ti', 'toda', 'todas', 'todo', 'todos', 'tú',
  'tus', 'un', 'una', 'unas', 'uno', 'unos', 'usted', 'ustedes', 'va', 'vamos', 'yo', 'y', 'ya', 'gracias',
  'favor', 'quiero', 'quisiera', 'necesito', 'debo', 'debería', 'hago', 'hacemos', 'cosa', 'cosas', 'tipo',
  'ahí', 'pues', 'oiga', 'persona', 'personas', 'gente', 'señor', 'señora', 'quiere', 'quieren', 'ir', 'voy', 'vas', 'van', 'tener', 'tenemos',
  'estaba', 'sido', 'había', 'hubo', 'será', 'sería', 'podría', 'podemos', 'pasa', 'pasar', 'ahora',
  'luego', 'entonces', 'cuánto', 'cuánta', 'cuántas', 'cuántos', 'u',
  // Single letters left over from punctuation.
  'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'w', 'x', 'z',
];

export const es: SearchWords = {
  lang: 'es',
  stopWords,
  synonyms: [
    {
      when: ['hijo', 'hija', 'hijos', 'hijas', 'niño', 'niña', 'niños', 'nieto', 'nieta', 'menor', 'menores'],
      alsoSearch: ['adolescentes', 'familia', 'padres'],
      reason: 'Los padres nombran a su propio hijo (chamaco, chavo, mijo); el sitio dice adolescentes, familia y padres.',
    },
    {
      when: ['adolescente', 'adolescencia', 'joven', 'jóvenes', 'juventud', 'estudiante', 'estudiantes', 'secundaria', 'preparatoria', 'prepa', 'high school', 'años de edad', '13 años', '14 años', '15 años', '16 años', '17 años', 'teen', 'teens', 'teenager'],
      alsoSearch: ['adolescentes'],
      reason: 'Los padres dan una edad o el nombre de la escuela; la guía dice adolescentes.',
    },
    {
      when: ['familia', 'familias', 'esposo', 'esposa', 'marido', 'mujer', 'pareja', 'mamá', 'madre', 'papá', 'hermano', 'hermana', 'novio', 'novia', 'familiar', 'familiares', 'pariente', 'ser querido', 'apoyar', 'apoyarlo', 'apoyarla', 'ayudarlo', 'ayudarla', 'facilitar', 'consentir'],
      alsoSearch: ['familia', 'ser querido', 'apoyar'],
      reason: 'Los familiares nombran a la persona o preguntan cómo ayudar sin solapar; la guía dice ser querido y apoyar sin facilitar.',
    },
    {
      when: ['seguro médico', 'cobertura', 'cubre', 'cubren', 'cubrir', 'pagar', 'pago', 'pagan', 'costo', 'costos', 'cuesta', 'cuestan', 'precio', 'dinero', 'factura', 'copago', 'deducible', 'plan de salud', 'aseguradora', 'cuánto cuesta', 'cuánto cobran', 'cuánto vale', 'cuánto sale', 'cuánto se paga'],
      alsoSearch: ['seguro', 'pagar'],
      reason: 'Las familias dicen aseguranza, cobertura o cuánto cuesta; el sitio responde con seguro médico y cómo pagar.',
    },
    {
      when: ['sin seguro', 'no tengo seguro', 'no tiene seguro', 'no tenemos seguro', 'no alcanza', 'no me alcanza'],
      alsoSearch: ['no tengo seguro', 'no le alcanza'],
      reason: 'Quien no tiene seguro busca qué hacer sin él.',
    },
    {
      when: ['negaron', 'negó', 'niega', 'rechazaron', 'rechazó', 'apelación', 'apelar', 'dice que no', 'dijo que no'],
      alsoSearch: ['plan dice que no', 'apelación'],
      reason: 'Un plan que dijo que no es una negación del seguro; la respuesta habla de apelar.',
    },
    {
      when: ['video', 'videollamada', 'en línea', 'internet', 'zoom', 'computadora', 'celular', 'desde casa', 'remoto', 'a distancia', 'telesalud', 'online'],
      alsoSearch: ['virtual', 'en línea'],
      reason: 'Se dice en línea, por video o por Zoom; la guía dice IOP virtual.',
    },
    {
      when: ['trabajo', 'trabajar', 'trabajando', 'empleo', 'empleado', 'jefe', 'jefa', 'despedir', 'despidan', 'corran', 'turno', 'compañeros de trabajo', 'fmla', 'licencia'],
      alsoSearch: ['trabajo', 'empleador'],
      reason: 'Quien trabaja se preocupa por su empleo y su jefe (o patrón); el sitio dice trabajo y empleador.',
    },
    {
      when: ['pastor', 'sacerdote', 'iglesia', 'ministro', 'parroquia', 'consejero escolar', 'consejera escolar', 'maestro', 'maestra', 'profesor', 'profesora', 'entrenador', 'promotor', 'promotora', 'trabajador social', 'trabajadora social', 'referir', 'refiero', 'remitir', 'derivar', 'mandar a alguien', 'recomendar', 'enviar a una familia',
        'refiero a', 'referir a', 'remitir a', 'derivar a', 'soy pastor', 'soy maestro', 'soy maestra', 'soy consejero', 'soy consejera', 'soy promotor', 'soy promotora', 'soy trabajador social', 'soy trabajadora social', 'soy doctor', 'soy doctora', 'soy médico', 'soy enfermera', 'soy enfermero'],
      alsoSearch: ['referentes', 'referir'],
      reason: 'Pastores, maestros, promotoras y consejeros buscan cómo mandar a alguien; el sitio tiene una página para quienes refieren.',
    },
    {
      when: ['referencia', 'orden del médico', 'pase'],
      alsoSearch: ['referencia'],
      reason: 'Se pregunta si hace falta una referencia o un pase del médico para entrar.',
    },
    {
      when: ['terminar', 'termina', 'termine', 'terminó', 'acaba', 'acabe', 'acabar', 'alta', 'graduarse', 'egresar', 'salir del programa', 'cuando termine'],
      alsoSearch: ['después del IOP', 'atención continua'],
      reason: 'Se pregunta qué pasa cuando el programa se acaba; el sitio lo llama después del IOP.',
    },
    {
      when: ['recaída', 'recaídas', 'recaer', 'recayó', 'recaiga', 'volvió a consumir', 'volver a consumir', 'vuelve a consumir', 'volvió a tomar', 'volver a tomar', 'volvió a beber', 'volvió a usar', 'otra vez', 'de nuevo', 'desliz'],
      alsoSearch: ['volver a consumir', 'recaída'],
      reason: 'Las familias dicen recaída o que volvió a tomar; el sitio dice volver a consumir.',
    },
    {
      when: ['droga', 'drogas', 'drogadicción', 'adicción', 'adicciones', 'vicio', 'vicios', 'tomar', 'toma', 'bebe', 'tomando', 'bebiendo', 'beber', 'borracho', 'borracha', 'emborracha', 'alcohol', 'marihuana', 'mota', 'fuma', 'fumar', 'fumando', 'vapea', 'vapear', 'cocaína', 'cristal', 'metanfetamina', 'fentanilo', 'heroína', 'opioides', 'pastillas'],
      alsoSearch: ['consumo de drogas o alcohol'],
      reason: 'Se habla de drogas, vicio o de que alguien toma mucho; el sitio dice consumo de drogas o alcohol.',
    },
    {
      when: ['preguntar', 'preguntas', 'elegir', 'escoger', 'comparar programas', 'lista', 'entrevistar', 'qué preguntar', 'antes de elegir', 'buen programa', 'mejor programa'],
      alsoSearch: ['preguntas para hacer', 'buen programa'],
      reason: 'Quien elige un programa busca qué preguntar; el sitio tiene la lista de preguntas.',
    },
    {
      when: ['horas', 'cuántas horas', 'cuantos días', 'días por semana', 'veces por semana', 'tiempo a la semana'],
      alsoSearch: ['horas por semana'],
      reason: 'Se pregunta cuánto tiempo toma cada semana.',
    },
    {
      when: ['dura', 'duración', 'cuánto tiempo', 'semanas', 'meses'],
      alsoSearch: ['cuánto dura'],
      reason: 'Se pregunta cuánto dura el programa en total.',
    },
    {
      when: ['horario', 'horarios', 'noche', 'noches', 'tarde', 'mañana', 'después de clases', 'después de la escuela', 'después del trabajo'],
      alsoSearch: ['horario', 'de noche'],
      reason: 'Quien trabaja o estudia busca un horario de mañana, tarde o noche.',
    },
    {
      when: ['privado', 'privada', 'privacidad', 'secreto', 'confidencial', 'confidencialidad', 'enterar', 'entere', 'enteren', 'enteran', 'enteró', 'se entere', 'se enteren', 'lo que digo', 'lo que cuento', 'se van a enterar', 'le dirán', 'le van a decir', 'avisan', 'informan'],
      alsoSearch: ['privacidad', 'privado'],
      reason: 'Se teme que el jefe, la escuela o la familia se enteren; el sitio habla de privacidad.',
    },
    {
      when: ['medicina', 'medicinas', 'medicamento', 'buprenorfina', 'metadona', 'naltrexona', 'antidepresivos', 'recetas'],
      alsoSearch: ['medicamentos'],
      reason: 'Se pregunta si se pueden tomar medicinas durante el programa; el sitio dice medicamentos.',
    },
    {
      when: ['depresión', 'deprimido', 'deprimida', 'ansiedad', 'nervios', 'trauma', 'bipolar', 'tristeza', 'mental'],
      alsoSearch: ['salud mental'],
      reason: 'Se nombra el problema; el sitio dice salud mental.',
    },
    {
      when: ['desintoxicación', 'desintoxicarse', 'detox', 'desintox', 'abstinencia', 'síntomas', 'temblores'],
      alsoSearch: ['abstinencia', 'desintoxicación'],
      reason: 'Se pregunta por los síntomas al dejar de consumir; el sitio dice manejo médico de la abstinencia.',
    },
    {
      when: ['rehabilitación', 'internar', 'internarlo', 'internarla', 'internado', 'clínica', 'residencial', 'hospitalización'],
      alsoSearch: ['niveles de atención', 'tratamiento residencial'],
      reason: 'Las familias dicen rehabilitación, internarlo o anexo; el sitio compara los niveles de atención.',
    },
    {
      when: ['no quiere ir', 'no quiere', 'se niega', 'rechaza', 'no acepta', 'no quiere ayuda', 'obligar', 'obligarlo', 'obligarla', 'a la fuerza'],
      alsoSearch: ['rechaza la ayuda', 'no quiere ir'],
      reason: 'Se pregunta qué hacer si la persona no quiere tratamiento.',
    },
    {
      when: ['prueba de orina', 'pruebas de orina', 'examen de drogas', 'análisis de orina'],
      alsoSearch: ['pruebas de drogas'],
      reason: 'Se dice antidoping o prueba de orina; el sitio dice pruebas de drogas.',
    },
    {
      when: ['estafa', 'fraude', 'engaño', 'real', 'confiable', 'legítimo', 'licencia estatal', 'acreditado', 'acreditación'],
      alsoSearch: ['programa es real', 'licencia'],
      reason: 'Se teme caer en un programa falso; la guía dice cómo saber si un programa es real.',
    },
    {
      when: ['fin de semana', 'fines de semana', 'días festivos', 'navidad', 'vacaciones', 'entre sesiones'],
      alsoSearch: ['entre sesiones', 'fines de semana'],
      reason: 'Se pregunta qué hacer cuando no hay sesión.',
    },
    {
      when: ['encontrar', 'buscar', 'busco', 'dónde hay', 'cerca de mí', 'cerca', 'programa cerca'],
      alsoSearch: ['encontrar un programa'],
      reason: 'Se busca un programa cerca de casa.',
    },
    {
      when: ['empezar', 'comenzar', 'empiezo', 'entrar', 'primer paso', 'inscribirse', 'cuándo puedo empezar'],
      alsoSearch: ['cómo empezar', 'evaluación'],
      reason: 'Se pregunta cómo empezar; el primer paso es la evaluación.',
    },
    {
      when: ['primer día', 'llevar', 'traer', 'ropa'],
      alsoSearch: ['qué llevar', 'primer día'],
      reason: 'Se pregunta qué llevar el primer día.',
    },
    {
      when: ['palabra', 'significa', 'significado', 'quiere decir', 'definición', 'siglas'],
      alsoSearch: ['glosario'],
      reason: 'Alguien leyó una palabra que no conoce.',
    },
    {
      when: ['qué es un iop', 'qué es iop', 'qué significa iop', 'iop significa', 'iop quiere decir', 'qué es un programa ambulatorio intensivo'],
      alsoSearch: ['qué es un programa ambulatorio intensivo'],
      reason: 'Se pregunta qué es un IOP (solo la pregunta: IOP y programa ambulatorio intensivo son palabras del sitio y se buscan tal cual).',
    },
    {
      when: ['historias', 'historia', 'ejemplos', 'ejemplo', 'experiencias', 'casos', 'testimonios'],
      alsoSearch: ['ejemplos de recorridos'],
      reason: 'Se quiere saber cómo les fue a otras personas.',
    },
    {
      when: ['escuela', 'clases', 'colegio', 'tareas', 'calificaciones', 'faltar a clases'],
      alsoSearch: ['escuela', 'adolescentes'],
      reason: 'Los padres preguntan cómo encaja el IOP con la escuela.',
    },
    {
      when: ['grupo', 'hablar en grupo', 'compartir', 'frente a otros', 'pena', 'vergüenza'],
      alsoSearch: ['hablar en el grupo'],
      reason: 'Se teme tener que hablar frente a otros en el grupo.',
    },
    {
      when: ['funciona', 'sirve', 'resultados', 'vale la pena', 'estudios'],
      alsoSearch: ['funciona el IOP'],
      reason: 'Se pregunta si el IOP da resultados.',
    },
    // Regional and brand words the site never uses: the index can only guess at them, so the site's own
    // words are searched as strongly as the reader's.
    {
      when: ['chamaco', 'chamaca', 'chamacos', 'chavo', 'chava', 'chavos', 'chamaquito', 'mijo', 'mija', 'muchacho', 'muchacha', 'morro', 'morra'],
      alsoSearch: ['adolescentes', 'hijo'],
      reason: 'Muchos padres dicen chamaco, chavo o mijo; el sitio dice hijo y adolescentes.',
      readerWordsOnly: true,
    },
    {
      when: ['aseguranza', 'aseguranzas', 'seguranza', 'obamacare', 'medi cal'],
      alsoSearch: ['seguro médico', 'pagar'],
      reason: 'Muchas familias dicen aseguranza; el sitio dice seguro médico.',
      readerWordsOnly: true,
    },
    {
      when: ['patrón', 'patrona', 'chamba', 'mayordomo', 'supervisor'],
      alsoSearch: ['trabajo', 'empleador'],
      reason: 'Quien trabaja dice patrón o chamba; el sitio dice empleador y trabajo.',
      readerWordsOnly: true,
    },
    {
      when: ['antidoping', 'antidopaje', 'doping'],
      alsoSearch: ['pruebas de drogas'],
      reason: 'Se dice antidoping; el sitio dice pruebas de drogas.',
      readerWordsOnly: true,
    },
    {
      when: ['suboxone', 'subutex', 'sublocade', 'vivitrol', 'zubsolv'],
      alsoSearch: ['buprenorfina', 'medicamentos'],
      reason: 'Se nombra la medicina por su marca; el sitio dice buprenorfina, naltrexona y medicamentos.',
      readerWordsOnly: true,
    },
    {
      when: ['anexo', 'anexado', 'anexarlo', 'rehab', 'centro de rehabilitación'],
      alsoSearch: ['tratamiento residencial', 'niveles de atención'],
      reason: 'Se dice anexo o rehab para un centro donde se vive; el sitio dice tratamiento residencial.',
      readerWordsOnly: true,
    },
    {
      when: ['solapar', 'solaparlo', 'solaparla', 'solapando', 'tapar', 'taparle', 'alcahuete', 'alcahuetear'],
      alsoSearch: ['facilitar el consumo', 'apoyar sin facilitar'],
      reason: 'Las familias dicen solapar o alcahuetear; el sitio dice facilitar el consumo.',
      readerWordsOnly: true,
    },
    {
      when: ['malilla', 'cruda', 'resaca'],
      alsoSearch: ['abstinencia'],
      reason: 'Se nombran los síntomas al dejar de consumir con palabras de la calle; el sitio dice abstinencia.',
      readerWordsOnly: true,
    },
  ],
  crisisPhrases: [
    // Suicide, and how people write it (accents optional; one-typo spellings match without being listed).
    'suicid*', 'suisid*', 'sucid*', 'quiero morir*', 'me quiero morir', 'quiere morir*', 'quiero matarme',
    'matarme', 'matarse', 'me quiero matar*', 'se quiere matar*', 'me voy a matar*', 'se va a matar*', 'quitarme la vida', 'quitarse la vida',
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
  // Gender and number, pronouns joined to verbs ("matarme", "ayudarlo") and common verb endings.
  wordEndings: ['s', 'es', 'o', 'a', 'os', 'as', 'me', 'te', 'se', 'lo', 'la', 'le', 'los', 'las', 'les', 'nos', 'ar', 'er', 'ir', 'ndo', 'mos', 'ron', 'do', 'da', 'dos', 'das'],
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
