// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { careLevelOrder, careLevels, type CareLevelId } from '../../src/data/care-levels.ts';
import { comparisonSummary, defaultLevels, maxLevels, minLevels } from '../../src/lib/compare.ts';
import { fill } from '../../src/lib/fill.ts';
import { uiText } from '../../src/i18n/index.ts';
import { careLevelWordsEs } from '../../src/data/es/care-levels.ts';

const en = uiText('en').tools.compare;
const es = uiText('es').tools.compare;
/** The English words, with the limits filled in as a reader sees them. */
const compareText = { ...en, tooFew: fill(en.tooFew, { min: minLevels }), tooMany: fill(en.tooMany, { max: maxLevels }) };
import { levelHoursText } from '../../src/lib/facts.ts';
import CompareLevels from '../../src/widgets/CompareLevels.tsx';

const toolPath = '/tools/compare-levels/';
const box = (id: CareLevelId) => screen.getByRole('checkbox', { name: careLevels[id].name });
const table = () => screen.getByRole('table');
const columnHeaders = () => within(table()).getAllByRole('columnheader').map((th) => th.textContent);
const headerFor = (id: CareLevelId) => `${careLevels[id].shortName} (ASAM ${careLevels[id].asamLevel})`;

beforeEach(() => {
  window.history.replaceState(null, '', '/tools/compare-levels/');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('CompareLevels', () => {
  it('offers every level as a labelled checkbox in one fieldset, the default ones ticked', () => {
    render(<CompareLevels text={en} toolPath={toolPath} />);
    const group = screen.getByRole('group', { name: compareText.legend });
    expect(group).toHaveAccessibleDescription(compareText.hint);
    expect(within(group).getAllByRole('checkbox')).toHaveLength(careLevelOrder.length);
    for (const id of careLevelOrder) {
      if (defaultLevels.includes(id)) expect(box(id)).toBeChecked();
      else expect(box(id)).not.toBeChecked();
    }
    expect(screen.getByText(compareText.assessment)).toBeInTheDocument();
  });

  it('shows the chosen levels side by side, values from the data module', () => {
    render(<CompareLevels text={en} toolPath={toolPath} />);
    expect(columnHeaders()).toEqual(defaultLevels.map(headerFor));
    const hoursRow = within(table()).getByRole('row', { name: /Hours a week \(adults\)/ });
    expect(within(hoursRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(defaultLevels.map((id) => levelHoursText(id, 'adult')));
  });

  it('has the same facts as cards for narrow screens', () => {
    render(<CompareLevels text={en} toolPath={toolPath} headingLevel={2} />);
    for (const id of defaultLevels) {
      const heading = screen.getByRole('heading', { level: 2, name: new RegExp(careLevels[id].name.replace(/[()]/g, '\\$&')) });
      const card = heading.closest('li')!;
      expect(card).toHaveTextContent(careLevels[id].workOrSchool);
      expect(card).toHaveTextContent(levelHoursText(id, 'teen'));
    }
  });

  it('adds a level as a new column and announces what is compared', async () => {
    const user = userEvent.setup();
    render(<CompareLevels text={en} toolPath={toolPath} />);
    await user.click(box('residential'));
    expect(box('residential')).toBeChecked();
    const chosen: CareLevelId[] = [...defaultLevels, 'residential'];
    expect(columnHeaders()).toEqual(chosen.map(headerFor));
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(comparisonSummary(chosen, en));
  });

  it('will not drop below two levels: the box stays ticked and a message is tied to the group', async () => {
    const user = userEvent.setup();
    render(<CompareLevels text={en} toolPath={toolPath} />);
    const [first] = defaultLevels;
    await user.click(box(first!));
    expect(box(first!)).toBeChecked();
    const group = screen.getByRole('group', { name: compareText.legend });
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(expect.stringContaining(compareText.tooFew));
    expect(columnHeaders()).toEqual(defaultLevels.map(headerFor));
  });

  it('puts a refused box back even when the same refusal comes twice in a row', async () => {
    // The second time the message is unchanged, so no state changes and nothing re-renders.
    const user = userEvent.setup();
    render(<CompareLevels text={en} toolPath={toolPath} />);
    const [first, second] = defaultLevels;
    await user.click(box(first!));
    await user.click(box(first!));
    await user.click(box(second!));
    expect(box(first!)).toBeChecked();
    expect(box(second!)).toBeChecked();
    await user.click(box('outpatient'));
    await user.click(box('inpatient'));
    await user.click(box('inpatient'));
    expect(box('inpatient')).not.toBeChecked();
    expect(screen.getByText(compareText.tooMany)).toBeInTheDocument();
  });

  it('will not go above three levels, and clears the message after a valid change', async () => {
    const user = userEvent.setup();
    render(<CompareLevels text={en} toolPath={toolPath} />);
    await user.click(box('outpatient'));
    await user.click(box('inpatient'));
    expect(box('inpatient')).not.toBeChecked();
    expect(screen.getByText(compareText.tooMany)).toBeInTheDocument();
    expect(columnHeaders()).toHaveLength(3);
    await user.click(box('outpatient'));
    expect(screen.queryByText(compareText.tooMany)).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: compareText.legend })).not.toHaveAttribute('aria-invalid');
  });

  it('works with the keyboard alone', async () => {
    const user = userEvent.setup();
    render(<CompareLevels text={en} toolPath={toolPath} />);
    box('outpatient').focus();
    await user.keyboard(' ');
    expect(box('outpatient')).toBeChecked();
  });

  it('on the tool page, opens on the levels in the address and keeps the address up to date', async () => {
    window.history.replaceState(null, '', '/tools/compare-levels/?levels=Residential,%20iop#top');
    const replace = vi.spyOn(window.history, 'replaceState');
    const user = userEvent.setup();
    render(<CompareLevels text={en} toolPath={toolPath} syncUrl />);
    expect(await screen.findByRole('columnheader', { name: headerFor('residential') })).toBeInTheDocument();
    expect(columnHeaders()).toEqual([headerFor('iop'), headerFor('residential')]);
    // The tidied address replaces the typed one; nothing is pushed onto the history.
    expect(window.location.search).toBe('?levels=iop,residential');
    expect(window.location.hash).toBe('#top');
    await user.click(box('php'));
    expect(window.location.search).toBe('?levels=iop,php,residential');
    expect(replace).toHaveBeenCalled();
  });

  it('says what it left out of a bad link', async () => {
    window.history.replaceState(null, '', '/tools/compare-levels/?levels=iop,<b>detox</b>');
    render(<CompareLevels text={en} toolPath={toolPath} syncUrl />);
    expect(await screen.findByText(compareText.notesTitle)).toBeInTheDocument();
    expect(screen.getByText(/“<b>detox<\/b>” is not a level we know/)).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
    expect(columnHeaders()).toEqual([headerFor('iop'), headerFor('php')]);
  });

  it('leaves the address alone when embedded in a guide', async () => {
    window.history.replaceState(null, '', '/guides/levels-of-care/?levels=inpatient,outpatient');
    const user = userEvent.setup();
    render(<CompareLevels text={en} toolPath={toolPath} />);
    await user.click(box('outpatient'));
    expect(columnHeaders()).toEqual([...['outpatient' as const], ...defaultLevels].map(headerFor));
    expect(window.location.search).toBe('?levels=inpatient,outpatient');
  });

  it('copies a link to the tool page with the choice, and says so', async () => {
    window.history.replaceState(null, '', '/guides/levels-of-care/');
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CompareLevels text={en} toolPath={toolPath} />);
    await user.click(box('inpatient'));
    await user.click(screen.getByRole('button', { name: compareText.copyLink }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/tools/compare-levels/?levels=iop,php,inpatient`);
    expect(await screen.findByText(compareText.linkCopied)).toHaveAttribute('role', 'status');
  });

  it('shows the link to copy by hand when the browser refuses', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<CompareLevels text={en} toolPath={toolPath} />);
    await user.click(screen.getByRole('button', { name: compareText.copyLink }));
    expect(await screen.findByText(compareText.copyFailed)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: compareText.linkLabel })).toHaveValue(
      `${window.location.origin}/tools/compare-levels/?levels=iop,php`,
    );
  });

  it('gives each copy its own ids, so a page can hold two', () => {
    render(
      <>
        <CompareLevels text={en} toolPath={toolPath} />
        <CompareLevels text={en} toolPath={toolPath} />
      </>,
    );
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByRole('checkbox', { name: careLevels.iop.name })).toHaveLength(2);
  });
});

describe('CompareLevels in Spanish', () => {
  it('labels every choice, row and button in Spanish, from the Spanish level words', async () => {
    const user = userEvent.setup();
    render(<CompareLevels text={es} toolPath="/es/herramientas/comparar-niveles/" headingLevel={2} />);
    expect(screen.getByRole('group', { name: es.legend })).toHaveAccessibleDescription(es.hint);
    for (const id of careLevelOrder) expect(screen.getByRole('checkbox', { name: careLevelWordsEs[id].name })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Dónde vive' })).toBeInTheDocument();
    expect(table).toHaveTextContent(careLevelWordsEs.php.workOrSchool);
    const iop = careLevels.iop.hoursPerWeek.adult!;
    expect(table).toHaveTextContent(`de ${iop.min} a ${iop.max} horas por semana`);
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(`Está comparando ${careLevelWordsEs.iop.shortName} y ${careLevelWordsEs.php.shortName}.`);
    expect(screen.getByText(es.assessment)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Where you live|Comparing|Choose two|Copy link/);

    await user.click(screen.getByRole('checkbox', { name: careLevelWordsEs.php.name }));
    expect(screen.getByRole('group', { name: es.legend })).toHaveAccessibleDescription(
      expect.stringContaining(`Error: Deje al menos ${minLevels} niveles.`),
    );
    await user.click(screen.getByRole('button', { name: es.copyLink }));
    expect(await screen.findByText(es.linkCopied)).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toMatch(/\/es\/herramientas\/comparar-niveles\/\?levels=iop,php$/);
  });

  it('reads the same ?levels= key and explains a bad link in Spanish', async () => {
    window.history.replaceState(null, '', '/es/herramientas/comparar-niveles/?levels=residential,detox');
    render(<CompareLevels text={es} toolPath="/es/herramientas/comparar-niveles/" syncUrl />);
    expect(await screen.findByText(es.notesTitle)).toBeInTheDocument();
    expect(screen.getByText(/“detox” no es un nivel que conozcamos/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: careLevelWordsEs.residential.name })).toBeChecked();
  });
});
