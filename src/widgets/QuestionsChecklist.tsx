// "Questions to ask a program" island: ticks and notes for up to three programs, kept only in this
// browser. Before it hydrates (and with JavaScript off) it is a plain printable list of the questions.
// It carries no words of its own: the page passes the questions and the UI text in its language.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ProgramQuestion, QuestionGroup } from '../data/program-questions.ts';
import type { ChecklistWords } from '../i18n/en/checklist.ts';
import { fill } from '../lib/fill.ts';
import {
  addProgram,
  answerFor,
  askedText,
  currentProgram,
  canAddProgram,
  canRemoveProgram,
  checklistText,
  clearAll,
  hasAnswers,
  isEmpty,
  maxPrograms,
  nameMaxLength,
  noteMaxLength,
  parse,
  programLabel,
  programNumber,
  removeProgram,
  renameProgram,
  serialize,
  setChecked,
  setNote,
  storageKey,
  tidyName,
  type ChecklistState,
  type LoadStatus,
  type Program,
  type ProgramId,
} from '../lib/checklist.ts';
import './QuestionsChecklist.css';


interface Props {
  /** The questions to show, in the page's language (src/data/program-questions.ts `questionGroupsFor`). */
  groups: QuestionGroup[];
  /** The UI text in the page's language (`uiText(lang).checklist.island`). */
  text: ChecklistWords;
  /** Level of the section headings: 2 on the tool page, 3 when embedded under a guide's heading. */
  headingLevel?: 2 | 3;
}

type StoreStatus = LoadStatus | 'no-storage';

function readStorage(): { state: ChecklistState; status: StoreStatus } {
  try {
    return parse(window.localStorage.getItem(storageKey));
  } catch {
    return { ...parse(null), status: 'no-storage' };
  }
}

/** Saves the checklist, or forgets it when there is nothing to keep. False when the browser refuses. */
function writeStorage(state: ChecklistState): boolean {
  try {
    if (isEmpty(state)) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, serialize(state));
    return true;
  } catch {
    return false;
  }
}

export default function QuestionsChecklist({ groups, text, headingLevel = 2 }: Props) {
  const label = (program: Program) => programLabel(program, text);
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const base = useId();
  const [mounted, setMounted] = useState(false);
  const [state, setState] = useState<ChecklistState>(clearAll);
  const stateRef = useRef(state);
  const [storeStatus, setStoreStatus] = useState<StoreStatus>('empty');
  const [saveFailed, setSaveFailed] = useState(false);
  // Which block of actions (above or below the questions) asked to clear or copy, so the answer shows there.
  type Place = 'top' | 'end';
  const [confirmingClear, setConfirmingClear] = useState<Place | false>(false);
  const [actionsAt, setActionsAt] = useState<Place>('top');
  // One program is filled in at a time; the others stay saved and print side by side.
  const [currentId, setCurrentId] = useState<ProgramId | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState<ProgramId | null>(null);
  const [copyBox, setCopyBox] = useState<string | null>(null);
  const [message, setMessage] = useState({ text: '', count: 0 });
  // Where focus goes after the next render (a new name field, a confirm box, the button that opened it).
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const loaded = readStorage();
    stateRef.current = loaded.state;
    setState(loaded.state);
    setStoreStatus(loaded.status);
    setMounted(true);
  }, []);

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const id = (...parts: string[]) => `${base}-${parts.join('-')}`;
  const announce = (words: string) => setMessage((m) => ({ text: words, count: m.count + 1 }));

  function commit(next: ChecklistState) {
    if (next === stateRef.current) return;
    stateRef.current = next;
    setState(next);
    setSaveFailed(storeStatus === 'no-storage' ? false : !writeStorage(next));
  }

  function onAdd() {
    const next = addProgram(stateRef.current);
    const added = next.programs.at(-1);
    if (next === stateRef.current || !added) return;
    commit(next);
    setCurrentId(added.id);
    pendingFocus.current = id('name', added.id);
    announce(fill(text.added, { name: label(added) }));
  }

  function remove(program: Program) {
    commit(removeProgram(stateRef.current, program.id));
    setConfirmingRemove(null);
    pendingFocus.current = id('add');
    announce(fill(text.removed, { name: label(program) }));
  }

  function onRemove(program: Program) {
    // An unnamed program with no answers goes at once; anything else asks first.
    if (tidyName(program.name) === '' && !hasAnswers(program)) return remove(program);
    setConfirmingClear(false);
    setConfirmingRemove(program.id);
    announce('');
    pendingFocus.current = id('remove-question', program.id);
  }

  function cancelRemove(program: Program) {
    setConfirmingRemove(null);
    pendingFocus.current = id('remove', program.id);
  }

  const clearId = (place: Place) => (place === 'top' ? id('clear') : id('clear', 'end'));

  function askClear(place: Place) {
    setConfirmingRemove(null);
    setActionsAt(place);
    setConfirmingClear(place);
    announce('');
    pendingFocus.current = id('clear-question');
  }

  function cancelClear() {
    setConfirmingClear(false);
    pendingFocus.current = clearId(actionsAt);
  }

  function confirmClear() {
    commit(clearAll());
    setConfirmingClear(false);
    setCopyBox(null);
    setStoreStatus((s) => (s === 'no-storage' ? s : 'empty'));
    pendingFocus.current = clearId(actionsAt);
    announce(text.cleared);
  }

  async function onCopy(place: Place) {
    setActionsAt(place);
    const words = checklistText(stateRef.current, groups, text);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard in this browser');
      await navigator.clipboard.writeText(words);
      setCopyBox(null);
      announce(text.copied);
    } catch {
      setCopyBox(words);
      pendingFocus.current = id('copy-box');
      announce(text.copyFailed);
    }
  }

  const escapeTo = (cancel: () => void) => (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };

  const confirmBox = (key: string, question: string, yes: ReactNode, onYes: () => void, onCancel: () => void) => (
    <div className="qc-confirm" role="group" aria-labelledby={id(key)} onKeyDown={escapeTo(onCancel)}>
      <p id={id(key)} tabIndex={-1}>
        <strong>{question}</strong>
      </p>
      <div className="qc-buttons">
        <button type="button" onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </div>
  );

  let questionNumber = 0;
  const questionList = (cells: (question: ProgramQuestion) => ReactNode) =>
    groups.map((group) => {
      const start = questionNumber + 1;
      questionNumber += group.questions.length;
      return (
        <section className="qc-group" key={group.id} aria-labelledby={id('group', group.id)}>
          <H id={id('group', group.id)}>{group.title}</H>
          <ol className="qc-questions" start={start}>
            {group.questions.map((question) => (
              <li className="qc-question" key={question.id}>
                <p className="qc-question-text">{question.text}</p>
                {question.why && <p className="hint">{question.why}</p>}
                {cells(question)}
              </li>
            ))}
          </ol>
        </section>
      );
    });

  const privacy = <p className="callout qc-privacy">{text.privacy}</p>;

  if (!mounted) {
    // The server's version: the whole list, with a box to write in on paper.
    return (
      <div className="qc qc-static">
        {privacy}
        {questionList(() => (
          <div className="qc-paper-box" aria-hidden="true"></div>
        ))}
      </div>
    );
  }

  const { programs } = state;
  const current = currentProgram(state, currentId);
  const progress = (
    <p className="qc-progress no-print">
      <strong>{label(current)}:</strong> {askedText(current, groups.flatMap((g) => g.questions.map((q) => q.id)), text)}
    </p>
  );
  const actions = (place: Place) => (
    <>
      <div className="qc-buttons qc-actions no-print">
        <button type="button" onClick={() => onCopy(place)}>
          {text.copy}
        </button>
        <button type="button" onClick={() => window.print()}>
          {text.print}
        </button>
        <button type="button" className="button-secondary" id={clearId(place)} onClick={() => askClear(place)}>
          {text.clear}
        </button>
      </div>
      {confirmingClear === place && confirmBox('clear-question', text.clearQuestion, text.clearYes, confirmClear, cancelClear)}
      {place === 'top' ? (
        <div className="qc-status no-print" aria-live="polite">
          {message.text && actionsAt === 'top' && <p key={message.count}>{message.text}</p>}
        </div>
      ) : (
        // The live region above announces; this repeats the words where the reader is looking.
        <div className="qc-status no-print" aria-hidden="true">
          {message.text && actionsAt === 'end' && <p key={message.count}>{message.text}</p>}
        </div>
      )}
      {copyBox !== null && actionsAt === place && (
        <div className="qc-copy-box no-print">
          <label htmlFor={id('copy-box')}>{text.copyBoxLabel}</label>
          <p className="hint" id={id('copy-box-hint')}>
            {text.copyBoxHint}
          </p>
          <textarea
            id={id('copy-box')}
            readOnly
            rows={8}
            value={copyBox}
            aria-describedby={id('copy-box-hint')}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button-secondary" onClick={() => setCopyBox(null)}>
            {text.hideCopyBox}
          </button>
        </div>
      )}
    </>
  );

  return (
    <div className="qc" data-ready="">
      {privacy}
      {storeStatus === 'unreadable' && <p className="callout qc-warning no-print">{text.unreadable}</p>}
      {storeStatus === 'no-storage' && <p className="callout qc-warning no-print">{text.noStorage}</p>}
      {saveFailed && <p className="callout qc-warning no-print">{text.saveFailed}</p>}

      <section className="qc-programs no-print" aria-labelledby={id('programs')}>
        <H id={id('programs')}>{text.programsHeading}</H>
        <p className="hint" id={id('programs-hint')}>
          {fill(text.programsHint, { max: maxPrograms })}
        </p>
        <ul className="qc-program-list">
          {programs.map((program) => (
            <li key={program.id}>
              <label htmlFor={id('name', program.id)}>{fill(text.nameLabel, { n: programNumber(program.id) })}</label>
              <div className="qc-name-row">
                <input
                  type="text"
                  id={id('name', program.id)}
                  value={program.name}
                  maxLength={nameMaxLength}
                  autoComplete="off"
                  aria-describedby={id('programs-hint')}
                  onChange={(e) => commit(renameProgram(stateRef.current, program.id, e.target.value))}
                  onBlur={(e) => {
                    const tidy = tidyName(e.target.value);
                    if (tidy !== e.target.value) commit(renameProgram(stateRef.current, program.id, tidy));
                  }}
                />
                {canRemoveProgram(state) && (
                  <button
                    type="button"
                    className="button-secondary"
                    id={id('remove', program.id)}
                    onClick={() => onRemove(program)}
                  >
                    {text.remove}
                    <span className="visually-hidden"> {label(program)}</span>
                  </button>
                )}
              </div>
              {confirmingRemove === program.id &&
                confirmBox(
                  `remove-question-${program.id}`,
                  fill(text.removeQuestion, { name: label(program) }),
                  <>
                    {text.removeYes}
                    <span className="visually-hidden"> {label(program)}</span>
                  </>,
                  () => remove(program),
                  () => cancelRemove(program),
                )}
            </li>
          ))}
        </ul>
        {canAddProgram(state) ? (
          <button type="button" className="button-secondary" id={id('add')} onClick={onAdd}>
            {text.add}
          </button>
        ) : (
          <p>{fill(text.atLimit, { max: maxPrograms })}</p>
        )}
      </section>

      {programs.length > 1 && (
        <div className="qc-picker no-print" role="group" aria-labelledby={id('picker')}>
          <p id={id('picker')}>
            <strong>{text.picker}</strong>
          </p>
          <div className="qc-buttons">
            {programs.map((program) => (
              <button
                type="button"
                key={program.id}
                className={program.id === current.id ? undefined : 'button-secondary'}
                aria-pressed={program.id === current.id}
                onClick={() => setCurrentId(program.id)}
              >
                {label(program)}
              </button>
            ))}
          </div>
        </div>
      )}
      {progress}
      {actions('top')}

      {questionList((question) => (
        <div className={`qc-cells qc-cells-${programs.length}`}>
          {programs.map((program) => {
            const name = label(program);
            const answer = answerFor(program, question.id);
            const forScreenReaders = ` ${name}: ${question.text}`;
            return (
              <div className="qc-cell" key={program.id} data-other={program.id === current.id ? undefined : ''}>
                <p className="qc-cell-name">{name}</p>
                <div className="qc-check">
                  <input
                    type="checkbox"
                    id={id('asked', program.id, question.id)}
                    checked={answer.checked}
                    onChange={(e) => commit(setChecked(stateRef.current, program.id, question.id, e.target.checked))}
                  />
                  <label htmlFor={id('asked', program.id, question.id)}>
                    {text.asked}
                    <span className="visually-hidden">{forScreenReaders}</span>
                  </label>
                </div>
                <label className="qc-note-label" htmlFor={id('note', program.id, question.id)}>
                  {text.notes}
                  <span className="visually-hidden">{forScreenReaders}</span>
                </label>
                <textarea
                  id={id('note', program.id, question.id)}
                  rows={2}
                  maxLength={noteMaxLength}
                  value={answer.note}
                  onChange={(e) => commit(setNote(stateRef.current, program.id, question.id, e.target.value))}
                />
                {/* Paper shows the note as text (a text box would cut it off) or a blank box to write in. */}
                <p className="qc-print-note" aria-hidden="true">
                  {answer.note}
                </p>
              </div>
            );
          })}
        </div>
      ))}

      {progress}
      {actions('end')}
    </div>
  );
}
