import fc from 'fast-check';
import { programQuestions, questionGroups } from '../../src/data/program-questions.ts';
import { checklistEn } from '../../src/i18n/en/checklist.ts';
import {
  addProgram,
  askedCount,
  askedText,
  currentProgram,
  answerFor,
  checklistText,
  cleanName,
  cleanNote,
  clearAll,
  clip,
  emptyState,
  isEmpty,
  maxPrograms,
  nameMaxLength,
  noteMaxLength,
  parse,
  programIds,
  programLabel,
  removeProgram,
  renameProgram,
  serialize,
  setChecked,
  setNote,
  storageVersion,
  tidyName,
  type ChecklistState,
  type ProgramId,
} from '../../src/lib/checklist.ts';

const words = checklistEn.island;
const label = (program: Parameters<typeof programLabel>[0]) => programLabel(program, words);
const first = programQuestions[0]!;
const second = programQuestions[1]!;
const three = addProgram(addProgram(emptyState()));

describe('the questions', () => {
  it('have unique ids, in every group', () => {
    const ids = programQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of questionGroups) expect(group.questions.length, group.title).toBeGreaterThan(0);
    expect(new Set(questionGroups.map((g) => g.id)).size).toBe(questionGroups.length);
  });
  it('ask how soon a program can start without quoting an unsourced wait in hours', () => {
    const start = programQuestions.find((q) => q.id === 'start-date');
    expect(start?.why).toBe('Ask how soon you can start, and why if there is a wait.');
    expect(start?.why).not.toMatch(/\d/);
  });
});

describe('programs', () => {
  it('starts with one unnamed program called "Program 1"', () => {
    const state = emptyState();
    expect(state.programs).toHaveLength(1);
    expect(label(state.programs[0]!)).toBe('Program 1');
    expect(isEmpty(state)).toBe(true);
  });
  it('adds programs up to three and then stops', () => {
    expect(three.programs.map(label)).toEqual(['Program 1', 'Program 2', 'Program 3']);
    expect(addProgram(three)).toBe(three);
    expect(three.programs).toHaveLength(maxPrograms);
  });
  it('keeps a program\'s number when another is removed, and reuses the free number', () => {
    const withoutFirst = removeProgram(three, 'p1');
    expect(withoutFirst.programs.map(label)).toEqual(['Program 2', 'Program 3']);
    expect(addProgram(withoutFirst).programs.map(label)).toEqual(['Program 2', 'Program 3', 'Program 1']);
  });
  it('never removes the last program, or one that is not there', () => {
    const one = emptyState();
    expect(removeProgram(one, 'p1')).toBe(one);
    const two = addProgram(one);
    expect(removeProgram(two, 'p3')).toBe(two);
  });
  it('removes a program together with its answers', () => {
    const state = setNote(addProgram(emptyState()), 'p2', first.id, 'call back');
    expect(removeProgram(state, 'p2').programs).toEqual([{ id: 'p1', name: '', answers: {} }]);
  });
  it('renames, trimming for display and falling back to the default name', () => {
    let state = renameProgram(three, 'p2', '  Sunrise   Center ');
    expect(state.programs[1]!.name).toBe('  Sunrise   Center ');
    expect(label(state.programs[1]!)).toBe('Sunrise Center');
    state = renameProgram(state, 'p2', '    ');
    expect(label(state.programs[1]!)).toBe('Program 2');
    expect(renameProgram(state, 'p3', 'x').programs[2]!.name).toBe('x');
  });
  it('limits names and removes control characters', () => {
    expect(cleanName('a'.repeat(nameMaxLength + 20))).toHaveLength(nameMaxLength);
    expect(tidyName('Line\none\u0000two')).toBe('Line one two');
  });
  it('ignores a rename of a program that is not there', () => {
    const one = emptyState();
    expect(renameProgram(one, 'p3', 'Ghost')).toBe(one);
  });
});

describe('answers', () => {
  it('ticks and unticks a question for one program only', () => {
    const state = setChecked(three, 'p2', first.id, true);
    expect(answerFor(state.programs[1]!, first.id).checked).toBe(true);
    expect(answerFor(state.programs[0]!, first.id).checked).toBe(false);
    expect(setChecked(state, 'p2', first.id, false)).toEqual(three);
  });
  it('keeps a note, limits its length and drops stray control characters', () => {
    let state = setNote(emptyState(), 'p1', second.id, 'Yes\r\nevening track\u0007');
    expect(answerFor(state.programs[0]!, second.id).note).toBe('Yes\nevening track');
    state = setNote(state, 'p1', second.id, 'n'.repeat(noteMaxLength + 5));
    expect(answerFor(state.programs[0]!, second.id).note).toHaveLength(noteMaxLength);
  });
  it('forgets an answer once it has neither tick nor note, so the state stays canonical', () => {
    const noted = setNote(emptyState(), 'p1', first.id, 'x');
    expect(setNote(noted, 'p1', first.id, '')).toEqual(emptyState());
  });
  it('ignores unknown questions and programs', () => {
    const state = emptyState();
    expect(setChecked(state, 'p1', 'no-such-question', true)).toBe(state);
    expect(setChecked(state, 'p1', '__proto__', true)).toBe(state);
    expect(setNote(state, 'p3', first.id, 'x')).toBe(state);
  });
  it('clears everything back to the empty checklist', () => {
    const busy = setChecked(renameProgram(three, 'p1', 'A'), 'p3', first.id, true);
    expect(isEmpty(busy)).toBe(false);
    expect(clearAll()).toEqual(emptyState());
    expect(isEmpty(clearAll())).toBe(true);
  });
});

describe('clip', () => {
  it('does not split an emoji', () => {
    expect(clip('ab😀', 3)).toBe('ab');
    expect(clip('ab😀', 4)).toBe('ab😀');
  });
});

describe('saving and loading', () => {
  it('round-trips a busy checklist', () => {
    let state = renameProgram(three, 'p1', 'Sunrise Center');
    state = setChecked(state, 'p1', first.id, true);
    state = setNote(state, 'p3', second.id, 'Line one\nLine two');
    const text = serialize(state);
    expect(JSON.parse(text).version).toBe(storageVersion);
    expect(parse(text)).toEqual({ state, status: 'ok' });
  });
  it('says "empty" when nothing was saved', () => {
    for (const raw of [null, undefined, '']) expect(parse(raw)).toEqual({ state: emptyState(), status: 'empty' });
  });
  const unreadable = {
    'broken JSON': '{"version":1,',
    'plain text': 'hello',
    'a number': '42',
    'null JSON': 'null',
    'an array': '[]',
    'an old version': JSON.stringify({ version: 0, programs: [{ id: 'p1', name: '', answers: {} }] }),
    'a newer version': JSON.stringify({ version: storageVersion + 1, programs: [] }),
    'no programs': JSON.stringify({ version: storageVersion, programs: [] }),
    'four programs': JSON.stringify({
      version: storageVersion,
      programs: ['p1', 'p2', 'p3', 'p1'].map((id) => ({ id, name: '', answers: {} })),
    }),
    'a repeated program id': JSON.stringify({
      version: storageVersion,
      programs: ['p1', 'p1'].map((id) => ({ id, name: '', answers: {} })),
    }),
    'an unknown program id': JSON.stringify({ version: storageVersion, programs: [{ id: 'p9', name: '', answers: {} }] }),
    'a name that is not text': JSON.stringify({ version: storageVersion, programs: [{ id: 'p1', name: 5, answers: {} }] }),
    'answers that are a list': JSON.stringify({ version: storageVersion, programs: [{ id: 'p1', name: '', answers: [] }] }),
    'a tick that is not true or false': JSON.stringify({
      version: storageVersion,
      programs: [{ id: 'p1', name: '', answers: { [first.id]: { checked: 'yes', note: '' } } }],
    }),
    'a note that is not text': JSON.stringify({
      version: storageVersion,
      programs: [{ id: 'p1', name: '', answers: { [first.id]: { checked: true, note: { evil: 1 } } } }],
    }),
    'something huge': `"${'x'.repeat(1_000_001)}"`,
  };
  for (const [what, raw] of Object.entries(unreadable)) {
    it(`falls back to empty, flagged, for ${what}`, () => {
      expect(parse(raw)).toEqual({ state: emptyState(), status: 'unreadable' });
    });
  }
  it('reads values that are not strings as unreadable', () => {
    expect(parse(42).status).toBe('unreadable');
    expect(parse({}).status).toBe('unreadable');
  });
  it('ignores prototype keys and retired questions, and clips over-long text', () => {
    const raw = `{"version":${storageVersion},"programs":[{"id":"p1","name":"${'n'.repeat(200)}","__proto__":{"polluted":true},"answers":{"__proto__":{"checked":true,"note":"x"},"retired-question":{"checked":true,"note":"old"},"${first.id}":{"checked":false,"note":"${'a'.repeat(noteMaxLength + 50)}"},"${second.id}":{"checked":false,"note":""}}}]}`;
    const { state, status } = parse(raw);
    expect(status).toBe('ok');
    expect(state.programs[0]!.name).toHaveLength(nameMaxLength);
    expect(Object.keys(state.programs[0]!.answers)).toEqual([first.id]);
    expect(state.programs[0]!.answers[first.id]!.note).toHaveLength(noteMaxLength);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(state.programs[0]!.answers)).toBe(Object.prototype);
  });
});

describe('copy as text', () => {
  it('lists every question under its section, with each program\'s tick and note', () => {
    let state = renameProgram(addProgram(emptyState()), 'p1', ' Sunrise Center ');
    state = setChecked(state, 'p1', first.id, true);
    state = setNote(state, 'p1', first.id, 'Yes, state license\n\nseen on the wall  ');
    const text = checklistText(state, questionGroups, words);
    expect(text.startsWith('Questions to ask a program\nPrograms: Sunrise Center; Program 2\n')).toBe(true);
    for (const group of questionGroups) expect(text).toContain(`\n${group.title}\n${'-'.repeat(group.title.length)}\n`);
    for (const [i, question] of programQuestions.entries()) expect(text).toContain(`\n${i + 1}. ${question.text}\n`);
    expect(text).toContain(
      `1. ${first.text}\n   - Sunrise Center (asked): Yes, state license\n\n     seen on the wall\n   - Program 2 (not asked yet)\n`,
    );
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });
});

// ---- Property tests ----

const questionId = fc.constantFrom(...programQuestions.map((q) => q.id));
const programId = fc.constantFrom<ProgramId>(...programIds);

/** Any state the checklist can hold: built from random operations, so every value is a valid one. */
const operation = fc.oneof(
  fc.constant((s: ChecklistState) => addProgram(s)),
  programId.map((id) => (s: ChecklistState) => removeProgram(s, id)),
  fc.tuple(programId, fc.string({ unit: 'binary', maxLength: 80 })).map(([id, name]) => (s: ChecklistState) => renameProgram(s, id, name)),
  fc.tuple(programId, questionId, fc.boolean()).map(([id, q, on]) => (s: ChecklistState) => setChecked(s, id, q, on)),
  fc.tuple(programId, questionId, fc.string({ unit: 'binary', maxLength: 1100 })).map(([id, q, note]) => (s: ChecklistState) => setNote(s, id, q, note)),
);
const reachableState = fc.array(operation, { maxLength: 30 }).map((ops) => ops.reduce((s, op) => op(s), emptyState()));

/** Any valid state built directly, so shapes the operations rarely reach are covered too. */
const answerArb = fc
  .record({ checked: fc.boolean(), note: fc.string({ unit: 'grapheme', maxLength: 300 }).map(cleanNote) })
  .filter((a) => a.checked || a.note !== '');
const programArb = (id: ProgramId) =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ unit: 'binary', maxLength: 90 }).map(cleanName),
    answers: fc.dictionary(questionId, answerArb),
  });
const directState = fc
  .shuffledSubarray([...programIds], { minLength: 1, maxLength: maxPrograms })
  .chain((ids) => fc.tuple(...ids.map(programArb)))
  .map((programs) => ({ programs }));

const anyState = fc.oneof(reachableState, directState);

describe('properties', () => {
  it('parse(serialize(s)) gives back s for any valid state', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        expect(parse(serialize(state))).toEqual({ state, status: 'ok' });
      }),
      { numRuns: 10_000 },
    );
  });

  it('parse never throws on any string, and always gives a usable state', () => {
    const json = fc.json();
    const shaped = fc
      .record({ version: fc.oneof(fc.constant(storageVersion), fc.anything()), programs: fc.anything() })
      .map((v) => JSON.stringify(v));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), json, shaped), (raw) => {
        const { state, status } = parse(raw);
        expect(['ok', 'empty', 'unreadable']).toContain(status);
        expect(state.programs.length).toBeGreaterThanOrEqual(1);
        expect(state.programs.length).toBeLessThanOrEqual(maxPrograms);
        expect(() => checklistText(state, questionGroups, words)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps every state inside its limits whatever the reader does', () => {
    fc.assert(
      fc.property(reachableState, (state) => {
        expect(state.programs.length).toBeGreaterThanOrEqual(1);
        expect(state.programs.length).toBeLessThanOrEqual(maxPrograms);
        expect(new Set(state.programs.map((p) => p.id)).size).toBe(state.programs.length);
        for (const program of state.programs) {
          expect(program.name.length).toBeLessThanOrEqual(nameMaxLength);
          expect(label(program)).toMatch(/\S/);
          for (const answer of Object.values(program.answers)) {
            expect(answer.note.length).toBeLessThanOrEqual(noteMaxLength);
            expect(answer.checked || answer.note !== '').toBe(true);
          }
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('names every program and question in the text copy', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const text = checklistText(state, questionGroups, words);
        for (const program of state.programs) expect(text).toContain(`   - ${label(program)} (`);
        expect(text.split('\n').filter((line) => /^\d+\. /.test(line))).toHaveLength(programQuestions.length);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('one program at a time', () => {
  const ids = programQuestions.map((q) => q.id);

  it('counts the ticked questions of one program only', () => {
    let state = addProgram(emptyState());
    const [first, second] = state.programs;
    state = setChecked(state, first!.id, ids[0]!, true);
    state = setChecked(state, first!.id, ids[1]!, true);
    state = setChecked(state, second!.id, ids[2]!, true);
    expect(askedCount(state.programs[0]!, ids)).toEqual({ asked: 2, total: ids.length });
    expect(askedText(state.programs[1]!, ids, words)).toBe(`1 of ${ids.length} asked`);
  });

  it('does not count a note without a tick, or a tick that was taken back', () => {
    let state = emptyState();
    const id = state.programs[0]!.id;
    state = setNote(state, id, ids[0]!, 'call back Monday');
    state = setChecked(state, id, ids[1]!, true);
    state = setChecked(state, id, ids[1]!, false);
    expect(askedCount(state.programs[0]!, ids).asked).toBe(0);
  });

  it('ignores ticks for questions no longer asked', () => {
    let state = emptyState();
    state = setChecked(state, state.programs[0]!.id, 'retired-question', true);
    expect(askedCount(state.programs[0]!, ids).asked).toBe(0);
  });

  it('keeps the program being filled in, or falls back to the first when it is removed', () => {
    let state = addProgram(addProgram(emptyState()));
    const third = state.programs[2]!.id;
    expect(currentProgram(state, third).id).toBe(third);
    state = removeProgram(state, third);
    expect(currentProgram(state, third).id).toBe(state.programs[0]!.id);
    expect(currentProgram(state, null).id).toBe(state.programs[0]!.id);
  });
});
