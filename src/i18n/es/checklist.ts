// Spanish UI text: checklist (neutral US Spanish, usted).
import type { ChecklistText } from '../en/checklist.ts';

export const checklistEs: ChecklistText = {
  page: {
    title: 'Preguntas para hacerle a un programa',
    description:
      'Una lista de preguntas para hacerle a un IOP antes de elegirlo. Márquelas y tome notas de hasta tres programas. Luego imprímalas o cópielas.',
    home: 'Inicio',
    tools: 'Herramientas',
    intro:
      'Llame a cada programa ambulatorio intensivo (IOP, por sus siglas en inglés) que le interese y haga las mismas preguntas. Marque cada una cuando la haya hecho y anote lo que le dijeron. Así puede comparar los programas lado a lado.',
    noScript: 'Para marcar y tomar notas hace falta JavaScript. Sin JavaScript, puede imprimir esta lista y escribir en ella.',
    learnMore: 'Para saber cómo encontrar programas y cómo es una buena atención, lea',
    guideLink: 'Cómo empezar un IOP',
  },
  island: {
    title: 'Preguntas para hacerle a un programa',
    privacy:
      'Sus marcas y notas se guardan solo en este navegador, en este aparato. Nunca se envían a ningún lugar. Cualquier persona que use este navegador puede verlas. Por eso, use “Borrar todo” cuando termine.',
    unreadable: 'No pudimos leer las respuestas que se guardaron antes en este navegador. Por eso la lista está vacía.',
    noStorage:
      'Este navegador no deja que la página guarde sus respuestas (puede pasar en el modo privado). Aun así, puede copiarlas o imprimirlas antes de salir.',
    saveFailed: 'Su último cambio no se pudo guardar en este navegador. Copie o imprima sus respuestas antes de salir de esta página.',
    programsHeading: 'Los programas que está comparando',
    programsHint: 'Escriba el nombre de cada programa. Puede comparar hasta {max} programas.',
    atLimit: 'Está comparando {max} programas, lo máximo que permite esta lista.',
    nameLabel: 'Nombre del programa {n}',
    programDefault: 'Programa {n}',
    add: 'Agregar un programa',
    added: 'Se agregó {name}.',
    remove: 'Quitar',
    removeQuestion: '¿Quitar {name} con todas sus marcas y notas?',
    removeYes: 'Sí, quitar',
    removed: 'Se quitó {name}.',
    copy: 'Copiar como texto',
    print: 'Imprimir',
    clear: 'Borrar todo',
    clearQuestion: '¿Borrar todos los nombres, marcas y notas? Esto no se puede deshacer.',
    clearYes: 'Sí, borrar todo',
    cancel: 'Cancelar',
    cleared: 'Se borró todo.',
    copied: 'Copiado. Puede pegarlo en un mensaje o en una aplicación de notas.',
    copyFailed: 'Su navegador no dejó que la página copiara el texto. Está en un cuadro debajo de los botones: selecciónelo y cópielo.',
    copyBoxLabel: 'Sus respuestas como texto',
    copyBoxHint: 'Seleccione todo el texto de este cuadro y luego cópielo.',
    hideCopyBox: 'Ocultar este texto',
    picker: 'Llenar las preguntas de:',
    asked: 'Preguntado',
    notes: 'Notas',
    askedCount: '{asked} de {total} preguntadas',
    copyPrograms: 'Programas: {names}',
    copyAsked: 'preguntada',
    copyNotAsked: 'sin preguntar todavía',
  },
};
