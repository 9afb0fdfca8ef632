/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { ActionPlans } from '../../../src/ui/ActionPlans';
import { checklistSite, PLAN, titleOf } from '../Checklist/checklistFakes';
import { validationMessage } from '../../../src/domain/validation';
import { ACTION_PLANS, CHILD_RIGHTS_PROGRAMME, fakeRepositories, OWNER_PERMISSIONS, PERIOD, UNITS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

describe.each(LANGUAGES)('ActionPlans (%s)', (language: TestLanguage) => {
  const { strings, fill, formatDate } = localization(language);

  it('lists every plan in order with its status and the gap warning', async () => {
    renderInProviders(language, <ActionPlans {...viewProps({ route: { view: 'plans' } })} />);
    expect(screen.getByRole('heading', { level: 2, name: strings.viewPlans })).toBeTruthy();
    const plans = await screen.findAllByRole('article');
    expect(plans).toHaveLength(6);
    expect(plans[0].textContent).toContain(language === 'sv' ? 'Att motverka rasism' : 'Countering racism');
    expect(plans[1].textContent).toContain(fill(strings.governanceGapText, { programme: CHILD_RIGHTS_PROGRAMME }));
    // The replaced programme's name is Swedish: in English it says so.
    expect(within(plans[1]).getAllByText(CHILD_RIGHTS_PROGRAMME).every((name) => name.getAttribute('lang') === (language === 'en' ? 'sv' : null))).toBe(true);
    expect(screen.getByText(strings.plansIntro)).toBeTruthy();
  });

  it('opens the checklist of the plan a deep link names, for the unit and period, with a way back', async () => {
    const { repositories } = checklistSite();
    const navigate = jest.fn();
    renderInProviders(language, <ActionPlans {...viewProps({ repositories, navigate, route: { view: 'plans', item: PLAN.key } })} />);
    expect(await screen.findByLabelText(titleOf(101, language))).toBeTruthy();
    expect(screen.getByText(fill(strings.checklistTitle, { plan: PLAN.title[language], unit: UNITS[2].name, period: String(PERIOD) }))).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: strings.checklistBack }));
    expect(navigate).toHaveBeenCalledWith({ view: 'plans' });
  });

  it('gives each plan a page: its status, what it replaces and since when, the gap warning and its description, above the checklist', async () => {
    const childRights = ACTION_PLANS[1];
    const description = { sv: '<p>Planen tas fram av stadsledningskontoret.</p>', en: '' };
    const repositories = fakeRepositories({ plans: ACTION_PLANS.map((plan) => (plan.id === childRights.id ? { ...plan, description } : plan)) });
    renderInProviders(language, <ActionPlans {...viewProps({ repositories, unit: undefined, route: { view: 'plans', item: childRights.key } })} />);
    const page = await screen.findByRole('article');
    expect(within(page).getByRole('heading', { level: 3 }).textContent).toBe(childRights.title[language]);
    expect(within(page).queryByRole('link')).toBeNull();
    expect(page.textContent).toContain(strings.planStatusConsultation);
    expect(page.textContent).toContain(fill(strings.planReplacesCeased, { programme: CHILD_RIGHTS_PROGRAMME, date: formatDate('2025-01-01') }));
    expect(within(page).getByText(strings.governanceGapTitle)).toBeTruthy();
    // The description is kept in Swedish only: in English it is shown in Swedish, marked so.
    const text = screen.getByText('Planen tas fram av stadsledningskontoret.');
    expect(text.closest('[lang]')?.getAttribute('lang') ?? null).toBe(language === 'en' ? 'sv' : null);
    expect(screen.getByText(strings.checklistNoUnit)).toBeTruthy();
  });

  it('lets an editor change a plan’s status from its page in two steps, confirms it, and offers to write an update', async () => {
    const repositories = fakeRepositories();
    const plan = ACTION_PLANS[2];
    renderInProviders(language, <ActionPlans {...viewProps({ repositories, permissions: OWNER_PERMISSIONS, route: { view: 'plans', item: plan.key } })} />);
    fireEvent.click(await screen.findByRole('button', { name: strings.planStatusChange }));
    fireEvent.click(screen.getByRole('radio', { name: strings.planStatusAdopted }));
    // An adopted plan needs its date: nothing is saved without it, and the form says what is missing.
    fireEvent.click(screen.getByRole('button', { name: strings.planStatusSave }));
    expect(await screen.findByText(validationMessage({ field: 'adoptionDate', code: 'required' }, language, strings.contentPlanAdoptionDate))).toBeTruthy();
    expect((await repositories.actionPlans.list()).value.find((p) => p.id === plan.id)?.status).toBe('draft');
    fireEvent.change(screen.getByLabelText(new RegExp(`^${strings.contentPlanAdoptionDate}`)), { target: { value: '2026-11-30' } });
    fireEvent.click(screen.getByRole('button', { name: strings.planStatusSave }));
    expect(await screen.findByText(fill(strings.planStatusSaved, { status: strings.planStatusAdopted }))).toBeTruthy();
    expect((await repositories.actionPlans.list()).value.find((p) => p.id === plan.id)).toMatchObject({ status: 'adopted', adoptionDate: '2026-11-30' });
    expect(screen.getByRole('article').textContent).toContain(fill(strings.planAdoptedOn, { date: formatDate('2026-11-30') }));
    fireEvent.click(screen.getByRole('button', { name: strings.planStatusWriteUpdate }));
    // The draft is about this plan, in Swedish as updates are.
    const title = (await screen.findByLabelText(new RegExp(`^${strings.updateFieldTitle}`), { selector: 'input' }, { timeout: 10000 })) as HTMLInputElement;
    expect(title.value).toBe(`${plan.title.sv}: Antagen`);
  });

  it('shows readers no way to change a plan’s status', async () => {
    renderInProviders(language, <ActionPlans {...viewProps({ route: { view: 'plans', item: ACTION_PLANS[2].key } })} />);
    await screen.findByRole('article');
    expect(screen.queryByRole('button', { name: strings.planStatusChange })).toBeNull();
  });

  it('asks for a unit before it shows a checklist, with a way to choose one', async () => {
    const props = viewProps({ unit: undefined, route: { view: 'plans', item: PLAN.key } });
    renderInProviders(language, <ActionPlans {...props} />);
    const picker = await screen.findByRole('combobox', { name: strings.checklistNoUnit });
    fireEvent.click(picker);
    fireEvent.click(screen.getAllByRole('option', { name: new RegExp(`^${UNITS[2].name}`) })[0]);
    expect(props.unitChoice.select).toHaveBeenCalledWith(UNITS[2].id);
  });

  it('says when a deep link names a plan that does not exist, and shows all plans', async () => {
    renderInProviders(language, <ActionPlans {...viewProps({ route: { view: 'plans', item: 'noSuchPlan' } })} />);
    expect(await screen.findByText(fill(strings.planNotFound, { key: 'noSuchPlan' }))).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(6);
  });

  it('says so when there is nothing to show', async () => {
    renderInProviders(language, <ActionPlans {...viewProps({ repositories: fakeRepositories({ plans: [] }) })} />);
    expect(await screen.findByText(strings.plansEmpty)).toBeTruthy();
  });
});
