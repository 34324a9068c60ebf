// Measured relevance in Spanish: questions written the way Spanish-speaking families, teens, referrers
// (pastors, school counselors, promotoras) and search visitors type them — some without accents, some
// misspelled, some long — each with the Spanish pages that answer it. Each is typed into /es/buscar/
// (one page, reused): an answering page must be in the top 3 for at least 95% of them, every crisis
// question must show the Spanish help panel first, and no other question may.
import { test } from '@playwright/test';
import { measureQuestions, type ReaderQuestion } from './support/reader-questions.ts';

const guide = (slug: string) => `/es/guias/${slug}/`;
const faq = (slug: string) => `/es/preguntas/${slug}/`;
const helpNow = '/es/ayuda-ahora/';
const referrers = '/es/para-referentes/';

const questions: ReaderQuestion[] = [
  // Familias
  { who: 'family', q: '¿Cómo ayudo a mi hijo sin solaparlo?', answers: [guide('apoyar-a-un-ser-querido'), faq('como-apoyar-sin-facilitar')] },
  { who: 'family', q: 'programa para mi hija de 15 años despues de la escuela', answers: [guide('iop-para-adolescentes'), faq('mi-hijo-puede-seguir-en-la-escuela'), faq('cuantas-horas-para-adolescentes')] },
  { who: 'family', q: 'mi chamaco no quiere ir al tratamiento', answers: [faq('que-hago-si-mi-hijo-no-quiere-ir'), guide('iop-para-adolescentes'), guide('cuando-alguien-rechaza-ayuda')] },
  { who: 'family', q: '¿Puede participar la familia en el tratamiento?', answers: [faq('puede-participar-mi-familia'), guide('apoyar-a-un-ser-querido')] },
  { who: 'family', q: 'que pasa si mi esposo vuelve a tomar despues del programa', answers: [faq('que-pasa-si-vuelvo-a-consumir'), guide('despues-del-iop'), guide('apoyar-a-un-ser-querido')] },
  { who: 'family', q: 'cuantas horas a la semana para adolescentes', answers: [faq('cuantas-horas-para-adolescentes'), guide('iop-para-adolescentes')] },
  { who: 'family', q: 'cómo poner límites a un ser querido', answers: [guide('apoyar-a-un-ser-querido'), faq('como-apoyar-sin-facilitar')] },
  { who: 'family', q: 'mi hermano no acepta ayuda, ¿qué puedo hacer?', answers: [guide('cuando-alguien-rechaza-ayuda')] },
  // Adolescentes
  { who: 'teen', q: '¿tengo que hablar en el grupo?', answers: [faq('tengo-que-hablar-en-el-grupo'), guide('que-esperar-en-un-iop')] },
  { who: 'teen', q: 'mis papas se van a enterar de lo que digo en grupo', answers: [faq('lo-que-digo-en-grupo-es-privado'), faq('le-diran-a-mi-familia-escuela-o-pastor'), guide('iop-para-adolescentes')] },
  { who: 'teen', q: 'que pasa el primer dia', answers: [faq('que-pasa-el-primer-dia'), guide('que-esperar-en-un-iop'), guide('como-empezar')] },
  // Quienes refieren
  { who: 'referrer', q: 'soy pastor, ¿cómo refiero a una familia?', answers: [referrers] },
  { who: 'referrer', q: 'necesito una referencia del medico', answers: [faq('necesito-una-referencia'), referrers] },
  { who: 'referrer', q: 'consejera escolar: qué página le mando a una familia', answers: [referrers] },
  // Visitantes: palabras sueltas y preguntas cortas
  { who: 'visitor', q: 'aseguranza', answers: [guide('como-pagar-un-iop'), faq('el-seguro-cubre-el-iop')] },
  { who: 'visitor', q: 'el seguro medico cubre el iop', answers: [faq('el-seguro-cubre-el-iop'), guide('como-pagar-un-iop')] },
  { who: 'visitor', q: 'medicare', answers: [faq('medicare-cubre-el-iop'), guide('como-pagar-un-iop')] },
  { who: 'visitor', q: 'diferencia entre php e iop', answers: [faq('diferencia-entre-php-e-iop'), guide('niveles-de-atencion'), '/es/herramientas/comparar-niveles/'] },
  { who: 'visitor', q: '¿Qué es un IOP?', answers: [guide('que-es-un-iop'), faq('que-es-un-iop')] },
  { who: 'visitor', q: 'iop en linea por video', answers: [guide('iop-virtual'), faq('el-iop-en-linea-es-igual-de-bueno'), faq('que-necesito-para-el-iop-en-linea')] },
  { who: 'visitor', q: 'puedo seguir trabajando', answers: [faq('puedo-seguir-trabajando'), faq('le-diran-a-mi-empleador')] },
  { who: 'visitor', q: '¿se va a enterar mi jefe?', answers: [faq('le-diran-a-mi-empleador'), guide('derechos-trabajo-y-privacidad')] },
  { who: 'visitor', q: 'cuanto dura un iop', answers: [faq('cuanto-dura-el-iop'), guide('que-es-un-iop')] },
  { who: 'visitor', q: '¿funciona el IOP?', answers: [faq('funciona-el-iop'), guide('que-es-un-iop')] },
  { who: 'visitor', q: 'qué preguntas hacer antes de elegir un programa', answers: ['/es/herramientas/preguntas-para-hacer/', guide('como-empezar'), faq('como-se-si-un-programa-es-bueno')] },
  { who: 'visitor', q: 'programa de noche', answers: [faq('hay-iop-de-manana-o-de-noche')] },
  { who: 'visitor', q: 'antidoping', answers: [faq('me-haran-pruebas-de-drogas'), guide('como-funciona-un-iop')] },
  { who: 'visitor', q: 'no tengo seguro', answers: [faq('que-hago-si-no-tengo-seguro'), guide('como-pagar-un-iop')] },
  { who: 'visitor', q: 'mi aseguranza dijo que no', answers: [faq('que-hago-si-el-seguro-dice-que-no'), guide('como-pagar-un-iop')] },
  { who: 'visitor', q: 'suboxone durante el iop', answers: [guide('medicamentos'), faq('puedo-tomar-medicamentos')] },
  { who: 'visitor', q: 'depresion y ansiedad', answers: [guide('a-quien-ayuda-un-iop'), faq('iop-solo-para-salud-mental')] },
  { who: 'visitor', q: 'calculadora de horas', answers: ['/es/herramientas/calculadora-de-horas/'] },
  { who: 'visitor', q: 'cómo saber si un centro es una estafa', answers: [guide('como-saber-si-un-programa-es-real')] },
  { who: 'visitor', q: 'que hago los fines de semana entre sesiones', answers: [guide('entre-sesiones')] },
  { who: 'visitor', q: 'recaida despues del tratamiento', answers: [faq('que-pasa-si-vuelvo-a-consumir'), guide('despues-del-iop')] },
  { who: 'visitor', q: 'desintoxicacion', answers: [guide('niveles-de-atencion'), '/es/glosario/'] },
  // Más preguntas de familias y visitantes, escritas como llegan.
  { who: 'family', q: 'mi hijo fuma mota todos los dias que hago', answers: [guide('iop-para-adolescentes'), guide('apoyar-a-un-ser-querido'), guide('a-quien-ayuda-un-iop')] },
  { who: 'visitor', q: 'cuanto cuesta un programa intensivo', answers: [guide('como-pagar-un-iop'), faq('el-seguro-cubre-el-iop')] },
  { who: 'visitor', q: 'horario para personas que trabajan', answers: [faq('hay-iop-de-manana-o-de-noche'), faq('puedo-seguir-trabajando')] },
  { who: 'teen', q: 'es privado lo que hablo con el consejero', answers: [faq('lo-que-digo-en-grupo-es-privado'), guide('derechos-trabajo-y-privacidad'), faq('le-diran-a-mi-familia-escuela-o-pastor')] },
  { who: 'family', q: 'mi esposa toma mucho y no quiere tratamiento', answers: [guide('cuando-alguien-rechaza-ayuda'), guide('apoyar-a-un-ser-querido')] },
  { who: 'visitor', q: 'terapia cognitivo conductual', answers: [faq('que-terapias-se-usan'), '/es/glosario/'] },
  { who: 'family', q: 'medicaid para adolescentes', answers: [guide('como-pagar-un-iop'), guide('iop-para-adolescentes')] },
  { who: 'visitor', q: 'puedo ir a la iglesia y a grupos de apoyo despues', answers: [guide('despues-del-iop')] },
  { who: 'visitor', q: 'que es hospitalizacion parcial', answers: [guide('niveles-de-atencion'), faq('diferencia-entre-php-e-iop'), '/es/glosario/'] },
  { who: 'visitor', q: 'que llevar al programa', answers: [faq('que-debo-llevar')] },
  { who: 'family', q: 'mi mamá es mayor, medicare paga?', answers: [faq('medicare-cubre-el-iop'), guide('como-pagar-un-iop')] },
  { who: 'family', q: 'ayuda para familias de personas con adiccion', answers: [guide('apoyar-a-un-ser-querido')] },
  { who: 'family', q: 'mi nieto de 14 años usa drogas en la escuela', answers: [guide('iop-para-adolescentes'), faq('mi-hijo-puede-seguir-en-la-escuela')] },
  { who: 'visitor', q: 'cuantos dias a la semana hay que ir', answers: [faq('cuantas-horas-por-semana'), guide('que-es-un-iop'), guide('que-esperar-en-un-iop')] },
  { who: 'visitor', q: 'me pueden correr del trabajo por ir a tratamiento', answers: [guide('derechos-trabajo-y-privacidad'), faq('puedo-seguir-trabajando'), faq('le-diran-a-mi-empleador')] },
  { who: 'visitor', q: 'que tipo de terapias usan', answers: [faq('que-terapias-se-usan')] },
  { who: 'visitor', q: 'iop o terapia normal con un psicologo', answers: [faq('iop-o-terapia-normal'), guide('niveles-de-atencion')] },
  { who: 'visitor', q: 'necesito computadora para el programa en linea', answers: [faq('que-necesito-para-el-iop-en-linea'), guide('iop-virtual')] },
  { who: 'referrer', q: 'hoja para imprimir para familias', answers: [referrers] },
  { who: 'visitor', q: 'como encuentro un programa cerca de mi casa', answers: [faq('como-encuentro-un-programa'), guide('como-empezar')] },
  { who: 'family', q: 'mi papá tiene depresion y toma alcohol', answers: [guide('a-quien-ayuda-un-iop'), faq('iop-solo-para-salud-mental'), guide('apoyar-a-un-ser-querido')] },
  { who: 'visitor', q: 'cuando puedo empezar el programa', answers: [faq('cuando-puedo-empezar'), guide('como-empezar')] },
  { who: 'visitor', q: 'el iop es suficiente o necesito internarme', answers: [faq('el-iop-es-suficiente'), guide('niveles-de-atencion')] },
  { who: 'visitor', q: 'grupos de apoyo despues del programa', answers: [guide('despues-del-iop'), faq('que-pasa-despues-del-iop')] },
  // Mal escritas
  { who: 'family', q: 'adolesentes', didYouMean: 'adolescentes', answers: [guide('iop-para-adolescentes'), faq('cuantas-horas-para-adolescentes')] },
  { who: 'visitor', q: 'aseguransa', didYouMean: 'aseguranza', answers: [guide('como-pagar-un-iop'), faq('el-seguro-cubre-el-iop')] },
  { who: 'visitor', q: 'metadna', didYouMean: 'metadona', answers: [guide('medicamentos'), '/es/glosario/', faq('puedo-tomar-medicamentos')] },
  // Largas
  {
    who: 'family',
    q: 'trabajo tiempo completo y tengo dos hijos, ¿puedo hacer un programa de noche y seguir en mi empleo?',
    answers: [faq('puedo-seguir-trabajando'), faq('hay-iop-de-manana-o-de-noche'), guide('que-esperar-en-un-iop'), guide('ejemplos-de-recorridos')],
  },
  {
    who: 'family',
    q: 'mi hijo acaba de salir de un centro de rehabilitacion y el doctor dice que baje a algo menos intenso, que opciones hay',
    answers: [guide('niveles-de-atencion'), guide('despues-del-iop'), guide('que-es-un-iop'), guide('ejemplos-de-recorridos')],
  },
  // Crisis: la ayuda va primero, sean cuales sean los resultados.
  { who: 'family', q: 'mi hijo habla de suicidio', answers: [helpNow, guide('apoyar-a-un-ser-querido'), guide('iop-para-adolescentes')], crisis: true },
  { who: 'family', q: 'mi amigo tuvo una sobredosis que hago', answers: [helpNow], crisis: true },
  { who: 'teen', q: 'quiero matarme', answers: [helpNow], crisis: true },
  { who: 'teen', q: 'Quiero morir', answers: [helpNow], crisis: true },
  { who: 'teen', q: 'se corta los brazos', answers: [helpNow, guide('iop-para-adolescentes')], crisis: true },
  { who: 'teen', q: 'no me siento a salvo en mi casa', answers: [helpNow, guide('niveles-de-atencion')], crisis: true },
  { who: 'visitor', q: 'emergencia', answers: [helpNow], crisis: true },
  { who: 'family', q: 'mi hija de 16 años se hace daño, ¿qué programa necesita?', answers: [guide('iop-para-adolescentes'), helpNow, guide('niveles-de-atencion')], crisis: true },
];

test('Spanish reader questions find an answering page in the top 3, and crisis questions show help first', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await measureQuestions(page, baseURL, {
    name: 'Spanish reader questions',
    path: 'es/buscar/',
    boxLabel: 'Palabras para buscar',
    didYouMean: (query) => `¿Quiso decir ${query}?`,
    questions,
  });
});
