// English UI text: checklist (the "Questions to ask a program" tool and its page). The Spanish file types
// itself with ChecklistText, so it cannot miss a key. Plain strings only: the island takes `island` as a
// prop from the page, so each page ships only its own language's words. {name} marks a filled-in value.
import type { Widen } from '../lang.ts';

export const checklistEn = {
  page: {
    title: 'Questions to ask a program',
    description:
      'A checklist of questions to ask an IOP before you choose one. Tick them off and take notes for up to three programs, then print or copy them.',
    home: 'Home',
    tools: 'Tools',
    intro:
      'Call each program you are thinking about and ask the same questions. Tick each one when you have asked it, and write down what they said. Then you can compare the programs side by side.',
    noScript: 'Ticks and notes need JavaScript turned on. Without it, you can print this list and write on it.',
    learnMore: 'To learn how to find programs and what good care looks like, read',
    guideLink: 'Getting started with an IOP',
  },
  island: {
    title: 'Questions to ask a program',
    privacy:
      'Your ticks and notes are saved only in this browser, on this device. They are never sent anywhere. Anyone who uses this browser can see them, so use “Clear everything” when you are done.',
    unreadable: 'We could not read the answers saved earlier in this browser, so the list is empty.',
    noStorage:
      'This browser is not letting the page save your answers (this can happen in private mode). You can still copy or print them before you leave.',
    saveFailed: 'Your last change could not be saved in this browser. Copy or print your answers before you leave this page.',
    programsHeading: 'Programs you are comparing',
    programsHint: 'Type each program’s name. You can compare up to {max} programs.',
    atLimit: 'You are comparing {max} programs, the most this list allows.',
    nameLabel: 'Name of program {n}',
    /** What a program is called until the reader names it. */
    programDefault: 'Program {n}',
    add: 'Add a program',
    added: '{name} added.',
    remove: 'Remove',
    removeQuestion: 'Remove {name} and all its ticks and notes?',
    removeYes: 'Yes, remove',
    removed: '{name} removed.',
    copy: 'Copy as text',
    print: 'Print',
    clear: 'Clear everything',
    clearQuestion: 'Clear every name, tick and note? This cannot be undone.',
    clearYes: 'Yes, clear everything',
    cancel: 'Cancel',
    cleared: 'Everything is cleared.',
    copied: 'Copied. You can paste it into a message or a notes app.',
    copyFailed: 'Your browser did not let the page copy. The text is in a box below the buttons: select it and copy it.',
    copyBoxLabel: 'Your answers as text',
    copyBoxHint: 'Select all the text in this box, then copy it.',
    hideCopyBox: 'Hide this text',
    picker: 'Fill in the questions for:',
    asked: 'Asked',
    notes: 'Notes',
    askedCount: '{asked} of {total} asked',
    /** The copied text: its list of programs, and each program's state under a question. */
    copyPrograms: 'Programs: {names}',
    copyAsked: 'asked',
    copyNotAsked: 'not asked yet',
  },
} as const;

export type ChecklistText = Widen<typeof checklistEn>;
/** The words the island and src/lib/checklist.ts use. */
export type ChecklistWords = ChecklistText['island'];
