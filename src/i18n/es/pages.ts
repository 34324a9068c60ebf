// Spanish UI text: pages (neutral US Spanish, usted). Link paths are the English site paths the
// page components turn into Spanish ones.
import type { PagesText } from '../en/pages.ts';

export const pagesEs: PagesText = {
  home: {
    title: 'Programas ambulatorios intensivos (IOP), explicados con claridad',
    descriptionEnd: 'Información educativa y privada, con sus fuentes.',
    heading: 'Programas ambulatorios intensivos, explicados con claridad',
    otherLanguage: null,
    lead: {
      before:
        'Un programa ambulatorio intensivo (IOP, por sus siglas en inglés) es un tratamiento de medio tiempo para problemas de salud mental, el consumo de sustancias, o ambos. Usted vive en su casa y sigue con su trabajo, sus estudios y su familia. Va a sesiones varios días por semana, por lo general',
      adults: 'para adultos y',
      teens: 'para adolescentes.',
      newHere: '¿Es nuevo en esto? Empiece por',
      newHereLink: 'qué es un IOP',
      after: '.',
    },
    nextStep: 'Su próximo paso',
    readers: [
      {
        id: 'para-familias',
        title: 'Alguien a quien usted quiere puede necesitar más ayuda',
        text: 'Sepa qué le pide un IOP a esa persona y a usted, y cómo apoyarla sin hacerlo todo usted.',
        next: { label: 'Lea la guía para familias', path: '/guides/families/' },
        more: [
          { label: 'Si es para un adolescente', path: '/guides/teens/' },
          { label: 'Cómo pagar un IOP', path: '/guides/paying-for-iop/' },
        ],
      },
      {
        id: 'para-usted',
        title: 'Usted está pensando en un IOP para sí mismo',
        text: 'Cómo es una semana, si puede seguir trabajando y cómo dar el primer paso.',
        next: { label: 'Vea qué esperar', path: '/guides/what-to-expect/' },
        more: [
          { label: 'Cómo empezar', path: '/guides/getting-started/' },
          { label: 'Su trabajo y su privacidad', path: '/guides/rights-work-and-privacy/' },
          { label: 'Calcule sus horas', path: '/tools/hours-estimator/' },
        ],
      },
      {
        id: 'para-referentes',
        title: 'Usted refiere a personas: pastor, consejero, líder juvenil o profesional clínico',
        text: 'Qué decirle a una familia, qué página enviar para cada pregunta y una hoja para imprimir.',
        next: { label: 'Abra el kit para referentes', path: '/for-referrers/' },
        more: [{ label: 'Imprima la hoja de una página', path: '/for-referrers/handout/' }],
      },
    ],
    guides: 'Guías',
    allGuides: 'Todas las guías',
    seeAllGuides: (n: number) => `Vea las ${n} guías`,
    toolsHeading: 'Herramientas',
    tools: [
      {
        title: 'Calculadora de horas por semana',
        path: '/tools/hours-estimator/',
        summary: 'Vea qué significa el horario de un programa para su semana, con el viaje incluido, y cómo se compara con las horas habituales.',
      },
      {
        title: 'Preguntas frecuentes con buscador',
        path: '/faq/',
        summary: 'Respuestas cortas y directas a las preguntas que más hacen las familias y los referentes.',
      },
      {
        title: 'Compare niveles de atención',
        path: '/tools/compare-levels/',
        summary: 'Elija dos o tres niveles, desde la terapia semanal hasta la atención en el hospital, y véalos lado a lado.',
      },
      {
        title: 'Preguntas para hacerle a un programa',
        path: '/tools/questions-to-ask/',
        summary: 'Una lista para usar cuando llame a los programas: marque, tome notas, compare hasta tres, imprima o copie.',
      },
    ],
  },
  helpNow: {
    title: '¿Necesita ayuda ahora?',
    description:
      'En peligro, llame al 911. En una crisis, llame al 988 (marque 2 para español) o envíe AYUDA al 988. Qué hacer ante una sobredosis y otras líneas de ayuda.',
    lead: 'Si usted u otra persona puede estar en peligro, busque ayuda enseguida. No tiene que estar seguro de que sea una emergencia. Estos servicios son gratis y pueden hablar con usted sobre qué hacer.',
    danger: '¿En peligro ahora mismo? Llame al 911',
    crisis: 'Si es una crisis pero no una emergencia',
    support: 'Para información y apoyo (no para emergencias)',
    hours: 'Horario',
    officialSite: 'Sitio oficial',
    treatmentHeading: '¿Busca tratamiento y no ayuda en una crisis?',
    treatment: {
      before: 'es el buscador federal de programas de tratamiento, también en español. Nuestra guía',
      link: 'cómo empezar',
      after: 'explica cómo obtener una evaluación y qué preguntarle a un programa.',
    },
    checked: 'Estas líneas atienden en los Estados Unidos. Revisamos cada línea de esta página el',
  },
  about: {
    title: 'Acerca de y política editorial',
    description: 'Cómo se escribe y se revisa IOP Guide, por qué no nombra ningún centro de tratamiento y cómo protege su privacidad.',
    heading: 'Acerca de IOP Guide',
    lead: 'IOP Guide explica con palabras sencillas los programas ambulatorios intensivos (IOP, por sus siglas en inglés) de salud mental y consumo de sustancias. Es para las familias, para los pastores, consejeros y profesionales clínicos que las ayudan, y para cualquier persona que esté pensando en este tipo de atención.',
    notAdvice: {
      id: 'no-es-consejo-medico',
      heading: 'Información educativa, no consejo médico',
      text: 'Este sitio explica cómo suele funcionar el tratamiento. No puede decirle qué necesita una persona. Un profesional clínico con licencia que haga una evaluación debe decidir el nivel de atención. Si alguien puede estar en peligro, vaya a',
      link: 'ayuda ahora',
    },
    sources: {
      id: 'fuentes',
      heading: 'De dónde vienen nuestros datos',
      paragraphs: [
        'Tomamos los datos de agencias de salud pública y organizaciones profesionales, como SAMHSA, el Instituto Nacional sobre el Abuso de Drogas (NIDA), el Instituto Nacional de la Salud Mental (NIMH), los Centros de Servicios de Medicare y Medicaid y la Sociedad Americana de Medicina de las Adicciones (ASAM), y de estudios revisados por expertos. Los blogs y las páginas de publicidad de los centros de tratamiento no cuentan como fuentes. Cada guía da sus fuentes al final.',
        'Cada número del sitio, como las horas por semana, se guarda en un solo lugar y cada página lo toma de ahí. Así, un número nunca dice una cosa en una guía y otra en una herramienta. Cuando las fuentes no están de acuerdo, damos un rango y decimos que los programas varían.',
        'Cuando la fuente tiene una versión en español, la citamos. Si no, citamos la fuente en inglés y lo decimos: "(en inglés)".',
      ],
    },
    review: {
      id: 'revision',
      heading: 'Cómo revisamos',
      schedule:
        'Cada guía muestra la fecha en que se comparó por última vez con sus fuentes y cuándo toca la próxima revisión. Revisamos cada guía al menos una vez al año, y antes si cambia una regla o una fuente. La página de líneas de ayuda muestra la fecha en que se revisaron sus números.',
      names:
        'Una guía nombra a las personas que la revisaron, con su formación y la fecha. Si ningún profesional clínico ha revisado una guía, la guía lo dice con palabras sencillas:',
      noneYet: 'Hoy eso es cierto para todas las guías de este sitio.',
      someReviewed: (reviewed: number, total: number) =>
        `Hasta ahora, un profesional clínico ha revisado ${reviewed} de nuestras ${total} guías.`,
      howToAdd:
        'Quien administra este sitio agrega a la persona que revisó en el archivo de la guía, en sus datos iniciales (frontmatter). Después de la próxima compilación, la guía, el conteo de arriba y los datos de la guía para los buscadores lo muestran:',
    },
    neutral: {
      id: 'neutral',
      heading: 'No nombramos ni promovemos ningún centro de tratamiento',
      text: 'No nombramos, clasificamos ni recomendamos centros de tratamiento, aplicaciones ni empresas. Nadie paga por aparecer aquí. El sitio no tiene anuncios ni contenido pagado. Para buscar un programa, use las herramientas públicas que indican nuestras guías y haga las preguntas que sugerimos.',
    },
    words: {
      id: 'como-escribimos',
      heading: 'Cómo escribimos',
      text: 'Escribimos con palabras sencillas y frases cortas, y le hablamos de usted. Usamos palabras que ponen primero a la persona, como "una persona con un trastorno por consumo de sustancias", porque las palabras que avergüenzan alejan a la gente de la ayuda. Las personas de nuestros ejemplos son inventadas a partir de experiencias comunes, y lo decimos.',
    },
    privacy: {
      id: 'privacidad',
      heading: 'Privacidad',
      items: [
        'Sin cookies. El sitio nunca guarda una.',
        'Sin analíticas, píxeles de rastreo, anuncios ni botones de redes sociales.',
        'Sin pedidos a otros sitios web: cada archivo viene de este sitio. No hay fuentes tipográficas ni scripts de afuera.',
        'La búsqueda funciona dentro de su navegador. Lo que escribe no se envía a ningún lugar.',
        'Las herramientas que recuerdan sus respuestas las guardan solo en este navegador, y usted puede borrarlas cuando quiera.',
      ],
    },
  },
  notFound: {
    title: 'No se encontró la página',
    description: 'No pudimos encontrar esa página. Busque en el sitio o empiece por las guías.',
    heading: 'No pudimos encontrar esa página',
    text: 'Puede que el enlace sea viejo o que la dirección tenga un error. Puede ir a estas páginas:',
    links: [
      { label: 'Página principal', path: '/' },
      { label: 'Todas las guías', path: '/guides/' },
      { label: 'Preguntas frecuentes', path: '/faq/' },
      { label: '¿Necesita ayuda ahora? Líneas de crisis y de ayuda', path: '/help-now/' },
    ],
    searchLabel: 'Buscar en el sitio',
    searchButton: 'Buscar',
  },
};
