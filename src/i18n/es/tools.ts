// Spanish UI text: tools (neutral US Spanish, usted). Level words and preset labels come from
// src/data/es/care-levels.ts; numbers are filled in from src/data/care-levels.ts.
import type { ToolsText } from '../en/tools.ts';
import { rangeWords } from '../../lib/facts.ts';
import { careLevelWordsEs, schedulePresetLabelsEs } from '../../data/es/care-levels.ts';
import { weekdayNames } from '../../lib/fill.ts';

const locale = 'es-US';
// Spanish "y" becomes "e" before an "i" sound: "PHP e IOP".
const list = { and: ' y ', andBeforeI: ' e ' };
const range = rangeWords.es;

const levels = Object.fromEntries(
  Object.entries(careLevelWordsEs).map(([id, words]) => [id, { ...words, hoursNote: words.hoursNote ?? '' }]),
) as ToolsText['compare']['levels'];

export const toolsEs: ToolsText = {
  hours: {
    locale,
    list,
    range,
    fields: {
      daysPerWeek: {
        label: 'Días por semana',
        hint: 'Un número entero del {min} al {max}.',
        error: 'Escriba un número entero de días del {min} al {max}.',
        allowed: 'un número entero del {min} al {max}',
      },
      hoursPerSession: {
        label: 'Horas por sesión',
        hint: 'De {min} a {max}, en medias horas. Por ejemplo, 2.5.',
        error: 'Escriba las horas de {min} a {max}, en medias horas, como 3 o 2.5.',
        allowed: 'de {min} a {max}, en medias horas',
      },
      weeks: {
        label: 'Semanas en el programa',
        hint: 'Un número entero del {min} al {max}.',
        error: 'Escriba un número entero de semanas del {min} al {max}.',
        allowed: 'un número entero del {min} al {max}',
      },
      travelMinutes: {
        label: 'Tiempo de viaje por sesión (minutos)',
        hint: 'Ida y vuelta, de {min} a {max}. Use {min} si el programa es en línea.',
        error: 'Escriba los minutos enteros de {min} a {max}. Use {min} si el programa es en línea.',
        allowed: 'un número entero de minutos de {min} a {max}',
      },
    },
    notReady:
      'Los números de abajo son un ejemplo de un horario común. Para cambiarlos, esta página necesita JavaScript, que está apagado o todavía se está cargando.',
    linkNotesLead: 'No pudimos usar una parte del enlace que abrió:',
    presetsTitle: 'Empiece con un horario común',
    presets: schedulePresetLabelsEs,
    resultsHeading: 'Su cálculo',
    seeEstimate: 'Ver su cálculo',
    staleLead: 'Esto es de lo último que escribió bien.',
    staleRest: 'Corrija el cuadro marcado con un error para actualizarlo.',
    caveat:
      'Esto es un cálculo aproximado. Cada programa fija su propio horario, y una evaluación clínica decide el nivel de atención.',
    weekHeading: 'Su semana, día a día',
    keyTreatment: 'Tratamiento',
    keyTravel: 'Viaje',
    copyButton: 'Copiar el enlace a este cálculo',
    copied: 'Enlace copiado',
    copyFailed: 'No se pudo copiar aquí. El enlace está seleccionado abajo: cópielo con el teclado o el menú.',
    linkLabel: 'Enlace a este cálculo',
    errorPrefix: 'Error: ',
    ageGroupLabel: 'Grupo de edad',
    ageGroups: { adult: 'Adulto', teen: 'Adolescente (12 a 17 años)' },
    ageGroupPlural: { adult: 'adultos', teen: 'adolescentes' },
    hour: { one: '{n} hora', other: '{n} horas' },
    minute: { one: '{n} minuto', other: '{n} minutos' },
    week: { one: '{n} semana', other: '{n} semanas' },
    session: { one: '{n} sesión', other: '{n} sesiones' },
    hoursAndMinutes: '{hours} y {minutes}',
    levelNames: {
      outpatient: careLevelWordsEs.outpatient.name,
      iop: careLevelWordsEs.iop.shortName,
      php: careLevelWordsEs.php.shortName,
      phpLong: careLevelWordsEs.php.name,
    },
    band: {
      amount: '{hours} por semana',
      rangeHours: '({range} horas)',
      iopRange: 'rango habitual de un {iop} para {who} {range}',
      below: '{amount} está por debajo del {iopRange}. Eso se acerca más a la {outpatient}.',
      within: '{amount} está dentro del {iopRange}.',
      between:
        '{amount} está justo por encima del {iopRange} y justo por debajo del rango habitual de un {php} {phpRange}. Los programas cerca de este límite varían, así que pregunte al programa qué nivel de atención ofrece.',
      php: '{amount} está en el rango habitual de un {phpLong}: {phpRange} horas. Es más de lo que suele ofrecer un {iop}.',
    },
    weekdays: weekdayNames(locale, 'long'),
    shortWeekdays: weekdayNames(locale, 'short'),
    day: {
      none: '{day}: sin sesión',
      treatment: '{day}: {hours} de tratamiento',
      travel: ', más {duration} de viaje',
      summary: 'Sesiones el {days}.',
      barLabel: '{n} h',
    },
    lines: {
      weekly: 'Tratamiento cada semana',
      total: 'Tratamiento en {weeks}',
      totalValue: '{hours} ({sessions})',
      withTravel: 'Tiempo cada semana, con el viaje',
      noTravel: '{duration} (sin viaje)',
    },
    notes: {
      ignored: 'En el enlace, {raw} no sirve para {label}, así que usamos {fallback}. Puede ser {allowed}.',
      ignoredAge: 'En el enlace, {raw} no sirve para el grupo de edad, así que usamos {fallback}. Puede ser {values}.',
      or: ' o ',
    },
  },

  compare: {
    locale,
    list,
    range,
    legend: 'Elija dos o tres niveles para comparar',
    hint: 'Están en orden, de menos a más atención.',
    tooFew: 'Deje al menos {min} niveles. Primero elija otro nivel y luego quite este.',
    tooMany: 'Puede comparar hasta {max} niveles. Primero quite uno y luego elija este.',
    copyLink: 'Copiar el enlace a esta comparación',
    linkCopied: 'Enlace copiado',
    copyFailed: 'Su navegador no nos dejó copiar. Seleccione el enlace de abajo y cópielo usted.',
    linkLabel: 'Enlace a esta comparación',
    notesTitle: 'Sobre el enlace que abrió',
    assessment:
      'Esta comparación es general. Una evaluación clínica hecha por un profesional con licencia decide qué nivel de atención le sirve a una persona.',
    errorPrefix: 'Error: ',
    summary: 'Está comparando {levels}.',
    andMore: '{names} y {n} más',
    notes: {
      unknownOne: '{names} no es un nivel que conozcamos, así que no lo incluimos. Puede comparar {all}.',
      unknownMany: '{names} no son niveles que conozcamos, así que no los incluimos. Puede comparar {all}.',
      repeatedOne: '{names} aparecía más de una vez, así que lo mostramos una sola vez.',
      repeatedMany: '{names} aparecían más de una vez, así que mostramos cada uno una sola vez.',
      dropped: 'Puede comparar hasta {max} niveles, así que no incluimos {names}.',
      instead: 'En su lugar, mostramos {names}.',
      added: 'Una comparación necesita al menos {min} niveles, así que agregamos {names}.',
    },
    rows: {
      where: 'Dónde vive',
      'hours-adult': 'Horas por semana (adultos)',
      'hours-teen': 'Horas por semana (adolescentes)',
      length: 'Duración habitual',
      medical: 'Supervisión médica',
      work: '¿Puede seguir trabajando o estudiando?',
      suits: 'Suele ser para',
      stepping: 'Subir o bajar de nivel',
    },
    weeklyHours: '{range} horas por semana',
    roundTheClock: 'atención de día y de noche',
    levels,
  },

  hoursEmbed: {
    title: 'Calcule su propia semana',
    lead: 'Los programas para adultos suelen tener <strong>{adult}</strong>, y los de adolescentes, <strong>{teen}</strong>. Muchos programas se reúnen {days}, por {session} cada vez. Cambie los números de abajo para que coincidan con un programa que esté considerando.',
    estimate: 'Cálculo:',
    tryYourOwn: 'Pruebe sus propios números en {url}',
  },
  compareEmbed: {
    lead: 'Elija los dos o tres niveles entre los que está decidiendo para verlos uno al lado del otro.',
    comparison: 'Comparación:',
    printRest: 'La tabla de todos los niveles en esta página tiene todos los datos. Compare su propia elección en {url}',
    noScript:
      'Para elegir niveles aquí se necesita JavaScript. La tabla de todos los niveles, más arriba en esta página, muestra los mismos datos.',
  },
  typicalWeek: { days: '{range} días por semana', session: 'unas {n} horas' },
  crumbs: { home: 'Inicio', tools: 'Herramientas' },
  index: {
    title: 'Herramientas',
    description:
      'Guías interactivas que convierten los datos sobre el IOP en respuestas para su situación. Funcionan en su navegador y no guardan nada en un servidor.',
    lead: 'Estas herramientas funcionan en su navegador. Nada de lo que escriba se envía a ningún lugar.',
    tools: {
      '/tools/hours-estimator/': {
        title: 'Calculadora de horas por semana',
        summary:
          'Vea qué significa el horario de un programa para su semana, con el viaje incluido, y cómo se compara con las horas habituales.',
      },
      '/faq/': {
        title: 'Preguntas frecuentes con buscador',
        summary: 'Respuestas cortas y directas a las preguntas que más hacen las familias y quienes refieren a pacientes.',
      },
      '/tools/compare-levels/': {
        title: 'Comparar niveles de atención',
        summary: 'Elija dos o tres niveles, desde la terapia semanal hasta la atención en el hospital, y véalos lado a lado.',
      },
      '/tools/questions-to-ask/': {
        title: 'Preguntas para hacerle a un programa',
        summary:
          'Una lista para usar cuando llame a los programas: marque, tome notas, compare hasta tres, imprima o copie.',
      },
    },
  },
  hoursPage: {
    title: 'Calculadora de horas por semana',
    description:
      'Vea cuántas horas por semana suma el horario de un IOP, con el viaje, y cómo se compara con los rangos habituales para adultos y adolescentes.',
    intro:
      'Escriba el horario de un programa para ver qué significa para su semana: horas de tratamiento, tiempo con el viaje y cómo se compara con las horas habituales de un IOP.',
    rangesHeading: 'Las horas habituales por semana',
    rangesLead:
      'Los niveles de atención se distinguen a menudo por cuántas horas de tratamiento dan cada semana. Muchos IOP se reúnen {days}, por {session} cada vez.',
    ageGroups: { adult: 'Adultos', teen: 'Adolescentes (12 a 17 años)' },
    decides: 'Cada programa fija su propio horario, y una evaluación clínica decide qué nivel de atención le sirve.',
    // The ASAM Criteria are published in English only.
    source: 'Fuente (en inglés): {title}, {publisher} ({year}).',
    readMore: 'Para ver cómo es una semana de IOP, día a día, lea <a href="{href}">Qué esperar en un IOP</a>.',
  },
  comparePage: {
    title: 'Comparar niveles de atención',
    description:
      'Elija dos o tres niveles de atención, desde la terapia semanal hasta la atención en el hospital, y vea lado a lado las horas, la supervisión y la vida diaria.',
    lead: 'Vea los niveles de atención uno al lado del otro: dónde vive, cuántas horas por semana y si puede seguir trabajando o estudiando. Puede enviarle a otra persona un enlace a su comparación.',
    noScript: 'Para elegir niveles, esta comparación necesita JavaScript. En su lugar, aquí están todos los niveles lado a lado.',
    learnMoreHeading: 'Más información',
    learnMore:
      'Nuestra guía <a href="{href}">Niveles de atención: de la terapia semanal al hospital</a> explica cada nivel, cómo se sube o se baja de nivel y quién decide qué nivel le sirve.',
  },
};
