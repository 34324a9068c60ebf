// The state behind "Questions to ask a program": the programs a reader names, a tick and a note per
// question for each, saving to and reading from one browser-storage string, and a plain-text copy.
// Pure: no DOM, no React. Every operation returns a new state and never throws. It knows questions by
// id only; the words (questions and UI) come in from the caller in the page's language.
import type { QuestionGroup } from '../data/program-questions.ts';
import { questionIds } from '../data/program-question-ids.ts';
import type { ChecklistWords } from '../i18n/en/checklist.ts';
import { fill } from './fill.ts';

export const maxPrograms = 3;
export const nameMaxLength = 60;
export const noteMaxLength = 1000;
/**
 * The one browser-storage key the checklist uses, in both languages: answers are kept by question id,
 * so a reader who switches language finds the same ticks and notes.
 */
export const storageKey = 'iop-guide:questions-checklist';
export const storageVersion = 1;
/** Far more than a full checklist needs; anything longer is not ours and is not parsed. */
const maxStoredLength = 1_000_000;

export const programIds = ['p1', 'p2', 'p3'] as const;
export type ProgramId = (typeof programIds)[number];

export interface Answer {
  checked: boolean;
  note: string;
}

export interface Program {
  /** Stays with the program when others are removed, so its default name does not change. */
  id: ProgramId;
  /** What the reader typed (may be empty; see programLabel). */
  name: string;
  /** Only questions with a tick or a note are listed, so equal checklists are equal objects. */
  answers: Record<string, Answer>;
}

export interface ChecklistState {
  programs: Program[];
}

/** `empty`: nothing was saved. `unreadable`: something was saved but it was damaged, old or not ours. */
export type LoadStatus = 'ok' | 'empty' | 'unreadable';

export interface LoadResult {
  state: ChecklistState;
  status: LoadStatus;
}

const knownQuestions: ReadonlySet<string> = new Set(questionIds);
const noAnswer: Answer = Object.freeze({ checked: false, note: '' });

export function isProgramId(value: unknown): value is ProgramId {
  return typeof value === 'string' && (programIds as readonly string[]).includes(value);
}

export function emptyState(): ChecklistState {
  return { programs: [{ id: 'p1', name: '', answers: {} }] };
}

/** True when there is nothing worth keeping: one unnamed program with no ticks or notes. */
export function isEmpty(state: ChecklistState): boolean {
  const [only, ...others] = state.programs;
  return others.length === 0 && only !== undefined && only.name.trim() === '' && !hasAnswers(only);
}

export function hasAnswers(program: Program): boolean {
  return Object.keys(program.answers).length > 0;
}

/** Cuts a string to `max` UTF-16 units without splitting an emoji or other surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

// Control characters (and line and paragraph separators) have no place in a name; notes keep
// line breaks and tabs only.
const nameJunk = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const noteJunk = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A name as stored while the reader types: no control characters, not too long. Spaces are kept. */
export function cleanName(name: string): string {
  return clip(name.replace(nameJunk, ' '), nameMaxLength);
}

/** A name as shown: trimmed, with runs of spaces made single. */
export function tidyName(name: string): string {
  return cleanName(name).trim().replace(/\s+/g, ' ');
}

export function cleanNote(note: string): string {
  return clip(note.replace(/\r\n?/g, '\n').replace(noteJunk, ''), noteMaxLength);
}

/** A program's number, 1 to 3: stays with it when others are removed. */
export function programNumber(id: ProgramId): number {
  return programIds.indexOf(id) + 1;
}

/** The program's name, or "Program 1/2/3" (in the page's language) while the reader has not named it. */
export function programLabel(program: Program, words: Pick<ChecklistWords, 'programDefault'>): string {
  return tidyName(program.name) || fill(words.programDefault, { n: programNumber(program.id) });
}

export function answerFor(program: Program, questionId: string): Answer {
  return (Object.hasOwn(program.answers, questionId) && program.answers[questionId]) || noAnswer;
}

export function canAddProgram(state: ChecklistState): boolean {
  return state.programs.length < maxPrograms;
}

export function canRemoveProgram(state: ChecklistState): boolean {
  return state.programs.length > 1;
}

/** Adds an unnamed program at the end, using the lowest free number; does nothing at the limit. */
export function addProgram(state: ChecklistState): ChecklistState {
  if (!canAddProgram(state)) return state;
  const used = new Set(state.programs.map((p) => p.id));
  const id = programIds.find((candidate) => !used.has(candidate));
  if (!id) return state;
  return { programs: [...state.programs, { id, name: '', answers: {} }] };
}

/** Removes a program and its answers; the last one left stays. */
export function removeProgram(state: ChecklistState, id: ProgramId): ChecklistState {
  if (!canRemoveProgram(state) || !state.programs.some((p) => p.id === id)) return state;
  return { programs: state.programs.filter((p) => p.id !== id) };
}

function updateProgram(state: ChecklistState, id: ProgramId, change: (program: Program) => Program): ChecklistState {
  if (!state.programs.some((p) => p.id === id)) return state;
  return { programs: state.programs.map((p) => (p.id === id ? change(p) : p)) };
}

export function renameProgram(state: ChecklistState, id: ProgramId, name: string): ChecklistState {
  return updateProgram(state, id, (p) => ({ ...p, name: cleanName(name) }));
}

function setAnswer(state: ChecklistState, id: ProgramId, questionId: string, change: (a: Answer) => Answer) {
  if (!knownQuestions.has(questionId)) return state;
  return updateProgram(state, id, (program) => {
    const next = change(answerFor(program, questionId));
    const answers = { ...program.answers };
    if (next.checked || next.note !== '') answers[questionId] = next;
    else delete answers[questionId];
    return { ...program, answers };
  });
}

export function setChecked(state: ChecklistState, id: ProgramId, questionId: string, checked: boolean): ChecklistState {
  return setAnswer(state, id, questionId, (a) => ({ ...a, checked }));
}

export function setNote(state: ChecklistState, id: ProgramId, questionId: string, note: string): ChecklistState {
  return setAnswer(state, id, questionId, (a) => ({ ...a, note: cleanNote(note) }));
}

/** Clear everything: back to one unnamed program with no answers. */
export function clearAll(): ChecklistState {
  return emptyState();
}

export function serialize(state: ChecklistState): string {
  return JSON.stringify({ version: storageVersion, programs: state.programs });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one stored answer; undefined when its shape is wrong. */
function readAnswer(value: unknown): Answer | undefined {
  if (!isRecord(value) || typeof value.checked !== 'boolean' || typeof value.note !== 'string') return undefined;
  return { checked: value.checked, note: cleanNote(value.note) };
}

function readProgram(value: unknown): Program | undefined {
  if (!isRecord(value) || !isProgramId(value.id) || typeof value.name !== 'string' || !isRecord(value.answers)) {
    return undefined;
  }
  const stored = value.answers;
  const answers: Record<string, Answer> = {};
  // Only known questions are read, so a retired question's note is dropped and keys such as
  // "__proto__" are never touched.
  for (const id of questionIds) {
    if (!Object.hasOwn(stored, id)) continue;
    const answer = readAnswer(stored[id]);
    if (!answer) return undefined;
    if (answer.checked || answer.note !== '') answers[id] = answer;
  }
  return { id: value.id, name: cleanName(value.name), answers };
}

/**
 * Reads what `serialize` wrote. Anything else (nothing, broken JSON, another version, a wrong shape,
 * a hostile value) gives the empty checklist and says why, so the page can tell the reader.
 */
export function parse(raw: unknown): LoadResult {
  if (raw === null || raw === undefined || raw === '') return { state: emptyState(), status: 'empty' };
  const unreadable: LoadResult = { state: emptyState(), status: 'unreadable' };
  if (typeof raw !== 'string' || raw.length > maxStoredLength) return unreadable;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return unreadable;
  }
  if (!isRecord(data) || data.version !== storageVersion || !Array.isArray(data.programs)) return unreadable;
  if (data.programs.length < 1 || data.programs.length > maxPrograms) return unreadable;
  const programs: Program[] = [];
  for (const item of data.programs) {
    const program = readProgram(item);
    if (!program || programs.some((p) => p.id === program.id)) return unreadable;
    programs.push(program);
  }
  return { state: { programs }, status: 'ok' };
}

function programLine(program: Program, questionId: string, words: ChecklistWords): string {
  const { checked, note } = answerFor(program, questionId);
  const head = `   - ${programLabel(program, words)} (${checked ? words.copyAsked : words.copyNotAsked})`;
  if (note.trim() === '') return head;
  const lines = note.trim().split('\n').map((line) => line.trimEnd());
  return [`${head}: ${lines[0]}`, ...lines.slice(1).map((line) => (line ? `     ${line}` : ''))].join('\n');
}

/** The checklist as plain text, grouped by section, for pasting into a message or a notes app. */
export function checklistText(state: ChecklistState, groups: readonly QuestionGroup[], words: ChecklistWords): string {
  const names = state.programs.map((program) => programLabel(program, words)).join('; ');
  const out = [words.title, fill(words.copyPrograms, { names })];
  let number = 0;
  for (const group of groups) {
    out.push('', group.title, '-'.repeat(group.title.length));
    for (const question of group.questions) {
      number += 1;
      out.push('', `${number}. ${question.text}`);
      for (const program of state.programs) out.push(programLine(program, question.id, words));
    }
  }
  return `${out.join('\n')}\n`;
}

/** How many of `questionIds` are ticked for a program: the "7 of 19 asked" count. */
export function askedCount(program: Program, ids: readonly string[]): { asked: number; total: number } {
  const asked = ids.filter((q) => answerFor(program, q).checked).length;
  return { asked, total: ids.length };
}

/** The words for that count, as a reader sees them. */
export function askedText(program: Program, ids: readonly string[], words: Pick<ChecklistWords, 'askedCount'>): string {
  const { asked, total } = askedCount(program, ids);
  return fill(words.askedCount, { asked, total });
}

/**
 * The program being filled in, one at a time: `wanted` if it is still in the list, else the first.
 * (After a program is removed, the reader lands on one that exists.)
 */
export function currentProgram(state: ChecklistState, wanted: ProgramId | null): Program {
  return state.programs.find((p) => p.id === wanted) ?? state.programs[0]!;
}
