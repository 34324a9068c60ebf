// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { programQuestions, questionGroups } from '../../src/data/program-questions.ts';
import { checklistText, emptyState, parse, renameProgram, serialize, setChecked, setNote, storageKey } from '../../src/lib/checklist.ts';
import QuestionsChecklist from '../../src/widgets/QuestionsChecklist.tsx';
import { checklistEn } from '../../src/i18n/en/checklist.ts';

const text = checklistEn.island;

const first = programQuestions[0]!;
const second = programQuestions[1]!;
const saved = () => parse(window.localStorage.getItem(storageKey));
const liveRegion = (container: HTMLElement) => container.querySelector('[aria-live="polite"]') as HTMLElement;

/** Renders the island and waits until it has read storage and shown its controls. */
async function renderReady() {
  const user = userEvent.setup();
  const view = render(<QuestionsChecklist groups={questionGroups} text={text} />);
  (await screen.findAllByRole('button', { name: 'Copy as text' }))[0]!;
  return { user, ...view };
}

beforeEach(() => window.localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('before it runs (the server and no-JS version)', () => {
  const html = renderToString(<QuestionsChecklist groups={questionGroups} text={text} />);
  it('lists every question, grouped, with the privacy statement', () => {
    for (const group of questionGroups) expect(html).toContain(group.title);
    for (const question of programQuestions) expect(html).toContain(question.text.replace(/'/g, '&#x27;'));
    expect(html).toContain('saved only in this browser');
    expect(html).toContain('never sent anywhere');
  });
  it('has no controls that would do nothing without JavaScript', () => {
    expect(html).not.toMatch(/<(input|button|textarea)\b/);
  });
});

describe('answering', () => {
  it('gives every question a tick box and a notes field labelled with the question and the program', async () => {
    await renderReady();
    for (const question of programQuestions) {
      expect(screen.getByRole('checkbox', { name: `Asked Program 1: ${question.text}` })).not.toBeChecked();
      expect(screen.getByRole('textbox', { name: `Notes Program 1: ${question.text}` })).toHaveValue('');
    }
  });

  it('saves a tick and a note in this browser on every change', async () => {
    const { user } = await renderReady();
    await user.click(screen.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` }));
    await user.type(screen.getByRole('textbox', { name: `Notes Program 1: ${second.text}` }), 'Has an evening track');
    const expected = setNote(setChecked(emptyState(), 'p1', first.id, true), 'p1', second.id, 'Has an evening track');
    expect(saved()).toEqual({ state: expected, status: 'ok' });
  });

  it('restores saved answers when the page opens again', async () => {
    let state = renameProgram(emptyState(), 'p1', 'Sunrise Center');
    state = setNote(setChecked(state, 'p1', second.id, true), 'p1', first.id, 'Licensed in this state');
    window.localStorage.setItem(storageKey, serialize(state));
    await renderReady();
    expect(screen.getByLabelText('Name of program 1')).toHaveValue('Sunrise Center');
    expect(screen.getByRole('checkbox', { name: `Asked Sunrise Center: ${second.text}` })).toBeChecked();
    expect(screen.getByRole('textbox', { name: `Notes Sunrise Center: ${first.text}` })).toHaveValue('Licensed in this state');
  });

  it('says so when saved answers cannot be read, and starts empty without throwing', async () => {
    window.localStorage.setItem(storageKey, '{"version":1,"programs":[{"id":"p1","name":{"__proto__":1}}]}');
    await renderReady();
    expect(screen.getByText(/could not read the answers saved earlier/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name of program 1')).toHaveValue('');
  });

  it('still works, and says it cannot save, when the browser blocks storage', async () => {
    // Some browsers throw on any use of localStorage when site data is blocked.
    const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    onTestFinished(() => {
      Object.defineProperty(window, 'localStorage', real);
    });
    const { user } = await renderReady();
    expect(screen.getByText(/not letting the page save/)).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` });
    await user.click(box);
    expect(box).toBeChecked();
  });
});

describe('programs', () => {
  it('renames a program everywhere, tidying spaces when the field is left', async () => {
    const { user } = await renderReady();
    const name = screen.getByLabelText('Name of program 1');
    await user.type(name, '  Sunrise  Center ');
    await user.tab();
    expect(name).toHaveValue('Sunrise Center');
    expect(screen.getByRole('checkbox', { name: `Asked Sunrise Center: ${first.text}` })).toBeInTheDocument();
    expect(saved().state.programs[0]!.name).toBe('Sunrise Center');
  });

  it('adds programs up to three, moving focus to the new name field', async () => {
    const { user, container } = await renderReady();
    await user.click(screen.getByRole('button', { name: 'Add a program' }));
    expect(screen.getByLabelText('Name of program 2')).toHaveFocus();
    expect(liveRegion(container)).toHaveTextContent('Program 2 added.');
    await user.click(screen.getByRole('button', { name: 'Add a program' }));
    expect(screen.queryByRole('button', { name: 'Add a program' })).not.toBeInTheDocument();
    expect(screen.getByText(/comparing 3 programs, the most/)).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox', { name: new RegExp(`: ${first.text.replace(/[?()]/g, '\\$&')}$`) })).toHaveLength(3);
  });

  it('removes an empty program at once but asks first when it has answers; Escape keeps it', async () => {
    const { user } = await renderReady();
    await user.click(screen.getByRole('button', { name: 'Add a program' }));
    await user.click(screen.getByRole('button', { name: 'Remove Program 2' }));
    expect(screen.queryByLabelText('Name of program 2')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a program' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Add a program' }));
    await user.type(screen.getByLabelText('Name of program 2'), 'Hillside');
    await user.click(screen.getByRole('button', { name: 'Remove Hillside' }));
    const question = screen.getByText('Remove Hillside and all its ticks and notes?');
    expect(question.closest('p')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText('Name of program 2')).toHaveValue('Hillside');
    expect(screen.getByRole('button', { name: 'Remove Hillside' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove Hillside' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove Hillside' }));
    expect(screen.queryByLabelText('Name of program 2')).not.toBeInTheDocument();
    expect(saved().status).toBe('empty');
  });
});

describe('clear everything', () => {
  it('asks first, by keyboard, and then empties the list and the browser storage', async () => {
    const { user, container } = await renderReady();
    await user.type(screen.getByLabelText('Name of program 1'), 'Sunrise');
    await user.click(screen.getByRole('checkbox', { name: `Asked Sunrise: ${first.text}` }));
    expect(window.localStorage.getItem(storageKey)).not.toBeNull();

    screen.getAllByRole('button', { name: 'Clear everything' })[0]!.focus();
    await user.keyboard('{Enter}');
    const confirm = screen.getByRole('group', { name: /Clear every name, tick and note/ });
    expect(within(confirm).getByText(/cannot be undone/).closest('p')).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('button', { name: 'Clear everything' })[0]!).toHaveFocus();
    expect(screen.getByLabelText('Name of program 1')).toHaveValue('Sunrise');

    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Name of program 1')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` })).not.toBeChecked();
    expect(window.localStorage.getItem(storageKey)).toBeNull();
    expect(liveRegion(container)).toHaveTextContent('Everything is cleared.');
    expect(screen.getAllByRole('button', { name: 'Clear everything' })[0]!).toHaveFocus();
  });
});

describe('copy and print', () => {
  it('copies the checklist as text and announces "Copied"', async () => {
    const { user, container } = await renderReady();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.type(screen.getByRole('textbox', { name: `Notes Program 1: ${first.text}` }), 'Yes');
    await user.click(screen.getAllByRole('button', { name: 'Copy as text' })[0]!);
    expect(writeText).toHaveBeenCalledWith(checklistText(setNote(emptyState(), 'p1', first.id, 'Yes'), questionGroups, text));
    await waitFor(() => expect(liveRegion(container)).toHaveTextContent(/^Copied/));
  });

  it('shows the text to copy by hand when the browser will not copy', async () => {
    const { user, container } = await renderReady();
    const writeText = vi.fn().mockRejectedValue(new Error('NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getAllByRole('button', { name: 'Copy as text' })[0]!);
    const box = await screen.findByRole('textbox', { name: 'Your answers as text' });
    expect(box).toHaveValue(checklistText(emptyState(), questionGroups, text));
    expect(box).toHaveFocus();
    expect(liveRegion(container)).toHaveTextContent(/did not let the page copy/);
    await user.click(screen.getByRole('button', { name: 'Hide this text' }));
    expect(screen.queryByRole('textbox', { name: 'Your answers as text' })).not.toBeInTheDocument();
  });

  it('opens the print dialog', async () => {
    const { user } = await renderReady();
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true });
    await user.click(screen.getAllByRole('button', { name: 'Print' })[0]!);
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('more than one on a page', () => {
  it('gives each copy its own ids', async () => {
    render(
      <>
        <QuestionsChecklist groups={questionGroups} text={text} />
        <QuestionsChecklist groups={questionGroups} text={text} headingLevel={3} />
      </>,
    );
    await act(async () => {});
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByLabelText('Name of program 1')).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 3, name: questionGroups[0]!.title })).toHaveLength(1);
  });
});

describe('one program at a time', () => {
  const total = programQuestions.length;

  it('shows how many questions the current program has been asked, at the top and at the end', async () => {
    const { user } = await renderReady();
    expect(screen.getAllByText(`0 of ${total} asked`)).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` }));
    await user.click(screen.getByRole('checkbox', { name: `Asked Program 1: ${second.text}` }));
    expect(screen.getAllByText(`2 of ${total} asked`)).toHaveLength(2);
  });

  it('offers its actions again after the last question', async () => {
    const { container } = await renderReady();
    const copies = screen.getAllByRole('button', { name: 'Copy as text' });
    expect(copies).toHaveLength(2);
    const lastQuestion = [...container.querySelectorAll('.qc-question')].at(-1)!;
    // The second set comes after the last question in reading order.
    expect(lastQuestion.compareDocumentPosition(copies[1]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Print' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Clear everything' })).toHaveLength(2);
  });

  it('switches between programs, marking the one being filled in, and counts each on its own', async () => {
    const { user, container } = await renderReady();
    expect(screen.queryByRole('group', { name: /Fill in the questions for/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: `Asked Program 1: ${first.text}` }));
    await user.click(screen.getByRole('button', { name: 'Add a program' }));
    const picker = screen.getByRole('group', { name: /Fill in the questions for/ });
    // A new program is the one being filled in.
    expect(within(picker).getByRole('button', { name: 'Program 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(picker).getByRole('button', { name: 'Program 1' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByText(`0 of ${total} asked`)).toHaveLength(2);
    // Only the current program's cells are shown on screen (the others are marked for print only).
    const others = container.querySelectorAll('.qc-cell[data-other]');
    expect(others).toHaveLength(total);
    expect(within(others[0] as HTMLElement).getByText('Program 1')).toBeInTheDocument();
    await user.click(within(picker).getByRole('button', { name: 'Program 1' }));
    expect(screen.getAllByText(`1 of ${total} asked`)).toHaveLength(2);
  });

  it('clearing from the end asks there and gives focus back to that button', async () => {
    const { user } = await renderReady();
    const endClear = screen.getAllByRole('button', { name: 'Clear everything' })[1]!;
    await user.click(endClear);
    const question = screen.getByText('Clear every name, tick and note? This cannot be undone.');
    expect(endClear.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByRole('button', { name: 'Clear everything' })[1]).toHaveFocus();
  });
});
