// Crisis and help lines in Spanish: the words only (names, what to do, link labels, hours). Numbers,
// links, official sites, sources and checked-on dates stay in src/data/help-lines.ts, so each line is
// written down once; `helpLinesFor(lang)` puts the two together for a page in either language.
import { helpLineOrder, helpLines, overdoseSteps, type HelpLine, type HelpLineId } from '../help-lines.ts';
import type { Source } from '../sources.ts';

type Lang = 'en' | 'es';

/** The words of one line in Spanish; `links` labels are in the same order as the English line's links. */
interface HelpLineWords {
  name: string;
  action: string;
  links: string[];
  options?: string[];
  hours: string;
  whatItIs: string;
}

const always = 'Las 24 horas del día, los 7 días de la semana';

export const helpLineWordsEs: Record<HelpLineId, HelpLineWords> = {
  emergency911: {
    name: 'Servicios de emergencia',
    action: 'Llame al 911',
    links: ['Llame al 911'],
    hours: 'Siempre',
    whatItIs:
      'Llame primero si alguien está en peligro ahora mismo: puede tener una sobredosis, está por actuar sobre pensamientos de suicidio o está muy herido.',
  },
  lifeline988: {
    name: 'Línea 988 de Prevención del Suicidio y Crisis',
    action:
      'Llame o envíe un mensaje de texto al 988 (marque 2 para español, o envíe AYUDA por texto al 988), o use el chat en línea',
    links: ['Llame al 988', 'Envíe un texto al 988', 'Chat en línea con 988'],
    options: [
      'En español: marque 2 después de llamar al 988, o envíe la palabra AYUDA por texto al 988.',
      'Veteranos y miembros de las fuerzas armadas: marque 1 después de llamar al 988.',
      'Personas sordas o con problemas de audición: use su servicio de retransmisión, o marque 711 y luego 988.',
    ],
    hours: always,
    whatItIs:
      'Para una crisis que no es una emergencia. Apoyo gratis y privado para cualquier persona con angustia emocional, una crisis de suicidio o una crisis por consumo de sustancias, o que se preocupa por otra persona.',
  },
  veteransCrisisLine: {
    name: 'Línea de Crisis para Veteranos',
    action: 'Llame al 988 y marque 1, o envíe un texto al 838255',
    links: ['Llame al 988, marque 1', 'Envíe un texto al 838255'],
    hours: always,
    whatItIs:
      'Para veteranos, miembros de las fuerzas armadas y las personas que los cuidan. No necesita estar inscrito en la atención de VA.',
  },
  lifeline988Spanish: {
    name: 'Línea 988 en español',
    action: 'Llame al 988 y marque 2, o envíe AYUDA por texto al 988',
    links: ['Llame al 988, marque 2', 'Envíe AYUDA por texto al 988'],
    hours: always,
    whatItIs: 'Apoyo en crisis por teléfono, texto y chat, con consejeros que hablan español.',
  },
  crisisText: {
    name: 'Crisis Text Line',
    action: 'Envíe HOME por texto al 741741 (en inglés)',
    links: ['Envíe HOME al 741741'],
    hours: always,
    whatItIs: 'Apoyo gratis por mensaje de texto con un voluntario capacitado. Atiende en inglés.',
  },
  poisonHelp: {
    name: 'Ayuda en caso de envenenamiento (Poison Help)',
    action: 'Llame al 1-800-222-1222',
    links: ['Llame al 1-800-222-1222'],
    hours: always,
    whatItIs:
      'Consejo gratis y privado de un experto si alguien tomó demasiado de un medicamento o tragó algo dañino. Si la persona no está despierta o no respira, llame al 911.',
  },
  samhsaHelpline: {
    name: 'Línea Nacional de Ayuda de SAMHSA',
    action: 'Llame al 1-800-662-4357 (1-800-662-HELP); atienden en español',
    links: ['Llame al 1-800-662-4357', 'TTY 1-800-487-4889'],
    hours: `${always}, en inglés y en español`,
    whatItIs:
      'Información y referencias gratis y confidenciales a tratamiento, grupos de apoyo y servicios de la comunidad. No es consejería. FindTreatment.gov es el buscador federal de programas de tratamiento.',
  },
  namiHelpline: {
    name: 'Línea de ayuda de NAMI (NAMI HelpLine)',
    action: 'Llame al 1-800-950-6264',
    links: ['Llame al 1-800-950-6264'],
    hours: 'De lunes a viernes, de 10 a.m. a 10 p.m., hora del Este',
    whatItIs: 'Información y apoyo entre pares sobre problemas de salud mental. No es una línea de crisis.',
  },
};

export const overdoseStepsEs = {
  heading: 'Si alguien puede tener una sobredosis',
  steps: [
    'Llame al 911.',
    'Si puede haber opioides, dele naloxona. Es un aerosol nasal que puede comprar sin receta (desde 2023). No hace daño si no hay opioides.',
    'Revise si respira.',
    'Quédese con la persona hasta que llegue la ayuda.',
    'Acuéstela de lado, para que no se ahogue.',
  ],
  goodSamaritan:
    'La mayoría de los estados tienen leyes del Buen Samaritano. Protegen de algunos cargos por drogas a la persona que pide ayuda durante una sobredosis.',
};

/** Spanish reading order: 911 first, then the 988 line in Spanish, then the other lines. */
export const helpLineOrderEs: HelpLineId[] = [
  'emergency911',
  'lifeline988Spanish',
  'lifeline988',
  'veteransCrisisLine',
  'crisisText',
  'poisonHelp',
  'samhsaHelpline',
  'namiHelpline',
];

function inSpanish(line: HelpLine): HelpLine {
  const words = helpLineWordsEs[line.id];
  if (words.links.length !== line.links.length) throw new Error(`${line.id}: Spanish link labels do not match its links`);
  return {
    ...line,
    name: words.name,
    action: words.action,
    links: line.links.map((link, i) => ({ ...link, label: words.links[i]! })),
    options: words.options,
    hours: words.hours,
    whatItIs: words.whatItIs,
  };
}

const spanishLines = Object.fromEntries(Object.values(helpLines).map((line) => [line.id, inSpanish(line)])) as Record<HelpLineId, HelpLine>;

/** Every help line with its words in `lang` (numbers, links and sources from help-lines.ts). */
export function helpLinesFor(lang: Lang): Record<HelpLineId, HelpLine> {
  return lang === 'es' ? spanishLines : helpLines;
}

/** The lines in the order a reader of `lang` needs them. */
export function helpLineOrderFor(lang: Lang): HelpLineId[] {
  return lang === 'es' ? helpLineOrderEs : helpLineOrder;
}

/** The overdose steps in `lang` (sources and checked-on date from help-lines.ts). */
export function overdoseStepsFor(lang: Lang): { heading: string; steps: readonly string[]; goodSamaritan: string; sources: typeof overdoseSteps.sources; checkedOn: string } {
  return lang === 'es' ? { ...overdoseSteps, ...overdoseStepsEs } : overdoseSteps;
}

/** Sources in help-lines.ts that the publisher wrote in Spanish (by URL); every other one is in English. */
const spanishSourceUrls = new Set(['https://988lifeline.org/es/']);

/**
 * Sources as a reader of `lang` should see them: on Spanish pages the publisher's Spanish page first,
 * and an English-only source marked "(en inglés)" so nobody follows a link expecting Spanish.
 */
export function sourcesFor(lang: Lang, sources: readonly Source[]): Source[] {
  if (lang === 'en') return [...sources];
  const spanish = sources.filter((s) => s.url !== undefined && spanishSourceUrls.has(s.url));
  const english = sources.filter((s) => !spanish.includes(s)).map((s) => ({ ...s, title: `${s.title} (en inglés)` }));
  return [...spanish, ...english];
}
