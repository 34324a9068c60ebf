// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { careLevels, schedulePresets } from '../../src/data/care-levels.ts';
import { bandSentence, defaultSchedule, estimate, fieldWords, numberFields, scheduleToUrl, type NumberField, type Schedule } from '../../src/lib/hours.ts';
import { uiText } from '../../src/i18n/index.ts';
import { HoursEstimator } from '../../src/widgets/HoursEstimator.tsx';

const en = uiText('en').tools.hours;
const es = uiText('es').tools.hours;
const words = (field: NumberField) => fieldWords(field, en);
const toolPath = '/tools/hours-estimator/';
const labels = {
  days: words('daysPerWeek').label,
  hours: words('hoursPerSession').label,
  weeks: words('weeks').label,
  travel: words('travelMinutes').label,
};

const results = () => {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no live region for results');
  return region;
};

async function setField(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  if (value !== '') await user.type(input, value);
  return input;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('HoursEstimator', () => {
  it('shows every field with its label and hint, and the estimate for the default schedule', async () => {
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    for (const field of numberFields.map(words)) {
      const input = await screen.findByLabelText(field.label);
      expect(input).toHaveAccessibleDescription(field.hint);
      expect(input).not.toHaveAttribute('readonly');
      expect(input).toHaveAttribute('spellcheck', 'false');
    }
    expect(screen.getByLabelText(labels.days)).toHaveValue(String(defaultSchedule.daysPerWeek));
    expect(screen.getByRole('group', { name: 'Age group' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Adult' })).toBeChecked();
    expect(results()).toHaveTextContent(bandSentence(defaultSchedule.daysPerWeek * defaultSchedule.hoursPerSession, 'adult', en));
    expect(screen.getByText(/This is an estimate\. Programs set their own schedules/)).toBeInTheDocument();
    // The "needs JavaScript" note is for the server HTML only.
    expect(screen.queryByText(en.notReady)).toBeNull();
  });

  it('updates the estimate as the reader types', async () => {
    const user = userEvent.setup();
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    await setField(user, labels.days, '5');
    await setField(user, labels.hours, '2.5');
    await setField(user, labels.weeks, '6');
    await setField(user, labels.travel, '0');
    const expected = estimate({ daysPerWeek: 5, hoursPerSession: 2.5, weeks: 6, ageGroup: 'adult', travelMinutes: 0 }, en);
    for (const line of expected.lines) {
      expect(within(results()).getByText(line.label)).toBeInTheDocument();
      expect(within(results()).getByText(line.value)).toBeInTheDocument();
    }
    expect(results()).toHaveTextContent(expected.sentence);
  });

  it('places the hours for the chosen age group', async () => {
    const user = userEvent.setup();
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    const teenMin = careLevels.iop.hoursPerWeek.teen!.min;
    await setField(user, labels.days, '2');
    await setField(user, labels.hours, String(teenMin / 2));
    expect(results()).toHaveTextContent(bandSentence(teenMin, 'adult', en));
    await user.click(screen.getByRole('radio', { name: /Teen/ }));
    expect(results()).toHaveTextContent(bandSentence(teenMin, 'teen', en));
  });

  it('ties an error to the field, keeps the last valid estimate and marks it, and never shows NaN', async () => {
    const user = userEvent.setup();
    const { container } = render(<HoursEstimator text={en} toolPath={toolPath} />);
    await setField(user, labels.days, '4');
    const before = results().querySelector('dl')!.textContent;
    const input = await setField(user, labels.days, 'abc');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(`${words('daysPerWeek').hint} Error: ${words('daysPerWeek').error}`);
    expect(screen.getByText(words('daysPerWeek').error)).toBeVisible();
    expect(results()).toHaveTextContent('This is from your last valid entry.');
    expect(results().querySelector('dl')!.textContent).toBe(before);
    expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);

    await setField(user, labels.days, '');
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await setField(user, labels.days, '3');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(words('daysPerWeek').error)).toBeNull();
    expect(results()).not.toHaveTextContent('last valid entry');
  });

  it('shows an error for each bad field at once', async () => {
    const user = userEvent.setup();
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    await setField(user, labels.hours, '2.25');
    await setField(user, labels.weeks, '53');
    await setField(user, labels.travel, '-5');
    expect(screen.getByText(words('hoursPerSession').error)).toBeInTheDocument();
    expect(screen.getByText(words('weeks').error)).toBeInTheDocument();
    expect(screen.getByText(words('travelMinutes').error)).toBeInTheDocument();
    expect(screen.getByLabelText(labels.days)).not.toHaveAttribute('aria-invalid');
  });

  it('fills the form from a preset button, age group included', async () => {
    const user = userEvent.setup();
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    const teen = schedulePresets.find((p) => p.ageGroup === 'teen')!;
    await user.click(screen.getByRole('button', { name: teen.label }));
    expect(screen.getByLabelText(labels.days)).toHaveValue(String(teen.daysPerWeek));
    expect(screen.getByLabelText(labels.hours)).toHaveValue(String(teen.hoursPerSession));
    expect(screen.getByRole('radio', { name: /Teen/ })).toBeChecked();
    expect(results()).toHaveTextContent(bandSentence(teen.daysPerWeek * teen.hoursPerSession, 'teen', en));
    for (const preset of schedulePresets) expect(screen.getByRole('button', { name: preset.label })).toBeEnabled();
  });

  it('draws the week as a hidden picture with a list that says the same in words', async () => {
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    const week = estimate(defaultSchedule, en).week;
    const list = (await screen.findAllByRole('list')).find((l) => l.classList.contains('hours-week-list'))!;
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(week.map((d) => d.text));
    const picture = document.querySelector('svg')!;
    expect(picture).toHaveAttribute('aria-hidden', 'true');
    expect(picture.querySelectorAll('.hours-bar-treatment')).toHaveLength(defaultSchedule.daysPerWeek);
    expect(picture.outerHTML).not.toContain('style=');
  });

  it('copies a link to the tool page with the estimate, and says so', async () => {
    const user = userEvent.setup();
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    await setField(user, labels.days, '4');
    await user.click(screen.getByRole('button', { name: 'Copy link to this estimate' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    const schedule: Schedule = { ...defaultSchedule, daysPerWeek: 4 };
    expect(await navigator.clipboard.readText()).toBe(new URL(`${toolPath}?${scheduleToUrl(schedule)}`, window.location.href).href);
    // Changing the estimate clears the old message, so a second copy is announced again.
    await setField(user, labels.days, '5');
    expect(screen.queryByText('Link copied')).toBeNull();
  });

  it('shows the link selected in a box when the clipboard refuses', async () => {
    const user = userEvent.setup();
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Permission denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link to this estimate' }));
    const box = await screen.findByLabelText('Link to this estimate');
    expect(box).toHaveValue(new URL(`${toolPath}?${scheduleToUrl(defaultSchedule)}`, window.location.href).href);
    expect(box).toHaveFocus();
    expect(screen.getByText(/Copying did not work here/)).toHaveAttribute('role', 'status');
  });

  describe('with syncUrl, on the tool page', () => {
    it('opens on the schedule in the address', async () => {
      window.history.replaceState(null, '', `${toolPath}?days=5&hours=2.5&weeks=12&age=teen&travel=0`);
      render(<HoursEstimator text={en} syncUrl toolPath={toolPath} />);
      expect(await screen.findByDisplayValue('2.5')).toBe(screen.getByLabelText(labels.hours));
      expect(screen.getByLabelText(labels.days)).toHaveValue('5');
      expect(screen.getByLabelText(labels.weeks)).toHaveValue('12');
      expect(screen.getByLabelText(labels.travel)).toHaveValue('0');
      expect(screen.getByRole('radio', { name: /Teen/ })).toBeChecked();
      expect(results()).toHaveTextContent(bandSentence(5 * 2.5, 'teen', en));
    });

    it('names what it ignored in a bad link, and clears the note once the reader changes something', async () => {
      const user = userEvent.setup();
      window.history.replaceState(null, '', `${toolPath}?days=99&age=child`);
      render(<HoursEstimator text={en} syncUrl toolPath={toolPath} />);
      expect(await screen.findByText(/We ignored “99” for days per week/)).toBeInTheDocument();
      expect(screen.getByText(/We ignored “child” for age group/)).toBeInTheDocument();
      expect(screen.getByLabelText(labels.days)).toHaveValue(String(defaultSchedule.daysPerWeek));
      await setField(user, labels.weeks, '10');
      expect(screen.queryByText(/We ignored/)).toBeNull();
    });

    it('keeps the address up to date without adding history entries', async () => {
      const user = userEvent.setup();
      window.history.replaceState(null, '', `${toolPath}#top`);
      render(<HoursEstimator text={en} syncUrl toolPath={toolPath} />);
      const entries = window.history.length;
      await setField(user, labels.days, '4');
      expect(window.location.search).toBe(`?${scheduleToUrl({ ...defaultSchedule, daysPerWeek: 4 })}`);
      expect(window.location.hash).toBe('#top');
      await setField(user, labels.days, 'x');
      // A bad entry leaves the address at the last valid estimate.
      expect(window.location.search).toBe(`?${scheduleToUrl({ ...defaultSchedule, daysPerWeek: 4 })}`);
      expect(window.history.length).toBe(entries);
    });

    it('copies the current page address', async () => {
      const user = userEvent.setup();
      window.history.replaceState(null, '', `/base${toolPath}?days=2`);
      render(<HoursEstimator text={en} syncUrl toolPath={toolPath} />);
      await screen.findByDisplayValue('2');
      await user.click(screen.getByRole('button', { name: 'Copy link to this estimate' }));
      expect(await navigator.clipboard.readText()).toBe(
        new URL(`/base${toolPath}?${scheduleToUrl({ ...defaultSchedule, daysPerWeek: 2 })}`, window.location.href).href,
      );
    });
  });

  it('when embedded, neither reads nor writes the address', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/guides/what-to-expect/?days=6');
    render(<HoursEstimator text={en} toolPath={toolPath} />);
    expect(await screen.findByLabelText(labels.days)).toHaveValue(String(defaultSchedule.daysPerWeek));
    await setField(user, labels.days, '4');
    expect(window.location.search).toBe('?days=6');
  });

  it('gives every instance its own ids, so a guide and a page can both hold one', () => {
    const { container } = render(
      <>
        <HoursEstimator text={en} toolPath={toolPath} />
        <HoursEstimator text={en} toolPath={toolPath} headingLevel={4} />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getAllByLabelText(labels.days)).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(2);
  });

  it('renders a useful, read-only version on the server, before any script runs', () => {
    const html = renderToString(<HoursEstimator text={en} syncUrl toolPath={toolPath} />);
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(page.querySelectorAll('input[type="text"][readonly]')).toHaveLength(4);
    // Numbers, not words: no spelling marks or saved entries over them (spellcheck="false" written out).
    for (const input of page.querySelectorAll('input[type="text"]')) {
      expect(input).toHaveAttribute('spellcheck', 'false');
      expect(input).toHaveAttribute('autocomplete', 'off');
      expect(input).toHaveAttribute('inputmode');
    }
    for (const button of page.querySelectorAll('button')) expect(button).toBeDisabled();
    expect(page.textContent).toContain(estimate(defaultSchedule, en).sentence);
    expect(page.textContent).toContain(en.notReady);
    expect(page.textContent).not.toMatch(/NaN|Infinity|undefined/);
    expect(html).not.toContain('style=');
  });
});

describe('HoursEstimator in Spanish', () => {
  const esWords = (field: NumberField) => fieldWords(field, es);

  it('shows Spanish labels, hints, presets, results and day names', async () => {
    const user = userEvent.setup();
    render(<HoursEstimator text={es} toolPath="/es/herramientas/calculadora-de-horas/" />);
    for (const field of numberFields.map(esWords)) {
      expect(await screen.findByLabelText(field.label)).toHaveAccessibleDescription(field.hint);
    }
    expect(screen.getByRole('group', { name: 'Grupo de edad' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Adulto' })).toBeChecked();
    for (const preset of schedulePresets) expect(screen.getByRole('button', { name: es.presets[preset.id] })).toBeEnabled();

    await setField(user, esWords('daysPerWeek').label, '4');
    await setField(user, esWords('hoursPerSession').label, '2.5');
    await setField(user, esWords('weeks').label, '6');
    await setField(user, esWords('travelMinutes').label, '45');
    expect(within(results()).getByText('Tratamiento cada semana')).toBeInTheDocument();
    expect(within(results()).getByText('10 horas')).toBeInTheDocument();
    expect(within(results()).getByText('60 horas (24 sesiones)')).toBeInTheDocument();
    expect(results()).toHaveTextContent(bandSentence(10, 'adult', es));
    expect(results()).toHaveTextContent(/^.*10 horas por semana está dentro del rango habitual de un IOP para adultos/);
    const list = (await screen.findAllByRole('list')).find((l) => l.classList.contains('hours-week-list'))!;
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Lunes: 2.5 horas de tratamiento, más 45 minutos de viaje');
    expect(within(list).getAllByRole('listitem')[2]).toHaveTextContent('Miércoles: sin sesión');
    expect(document.querySelector('svg')!.textContent).toContain('lun');
    expect(document.body.textContent).not.toMatch(/Days per week|Your estimate|Monday|hours of treatment/);
  });

  it('shows errors in Spanish and copies a link with the same query keys', async () => {
    const user = userEvent.setup();
    const path = '/es/herramientas/calculadora-de-horas/';
    render(<HoursEstimator text={es} toolPath={path} />);
    const input = await setField(user, esWords('daysPerWeek').label, '9');
    expect(input).toHaveAccessibleDescription(`${esWords('daysPerWeek').hint} Error: ${esWords('daysPerWeek').error}`);
    expect(results()).toHaveTextContent(es.staleLead);
    await setField(user, esWords('daysPerWeek').label, '4');
    await user.click(screen.getByRole('button', { name: 'Copiar el enlace a este cálculo' }));
    expect(await screen.findByText('Enlace copiado')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe(
      new URL(`${path}?${scheduleToUrl({ ...defaultSchedule, daysPerWeek: 4 })}`, window.location.href).href,
    );
  });

  it('explains a bad link in Spanish', async () => {
    window.history.replaceState(null, '', '/es/herramientas/calculadora-de-horas/?days=99&age=child');
    render(<HoursEstimator text={es} syncUrl toolPath="/es/herramientas/calculadora-de-horas/" />);
    expect(await screen.findByText(/En el enlace, “99” no sirve para días por semana/)).toBeInTheDocument();
    expect(screen.getByText(es.linkNotesLead)).toBeInTheDocument();
  });

  it('renders the Spanish server version with the Spanish waiting note', () => {
    const page = document.createElement('div');
    page.innerHTML = renderToString(<HoursEstimator text={es} syncUrl toolPath="/es/herramientas/calculadora-de-horas/" />);
    expect(page.textContent).toContain(es.notReady);
    expect(page.textContent).toContain(estimate(defaultSchedule, es).sentence);
  });
});
