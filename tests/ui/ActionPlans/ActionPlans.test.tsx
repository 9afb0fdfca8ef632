/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { ActionPlans } from '../../../src/ui/ActionPlans';
import { checklistSite, PLAN, titleOf } from '../Checklist/checklistFakes';
import { validationMessage } from '../../../src/domain/validation';
import { ACTION_PLANS, CHILD_RIGHTS_PROGRAMME, fakeRepositories, OWNER_PERMISSIONS, PERIOD, UNITS } from '../fakes';
import type { ChecklistItem } from '../../../src/domain/checklist';
import type { KnowledgeLink } from '../../../src/domain/knowledgeLink';
import type { MrRepositories } from '../../../src/app';
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

  it('links the plan’s document when an editor has linked it; otherwise tells editors only', async () => {
    const plan = ACTION_PLANS[0];
    const linked = fakeRepositories({ plans: ACTION_PLANS.map((p) => (p.id === plan.id ? { ...p, documentUrl: 'https://start.stockholm/plan.pdf' } : p)) });
    const { unmount } = renderInProviders(language, <ActionPlans {...viewProps({ repositories: linked, route: { view: 'plans', item: plan.key } })} />);
    const link = (await screen.findByRole('link', { name: strings.planDocument })) as HTMLAnchorElement;
    expect(link.href).toBe('https://start.stockholm/plan.pdf');
    unmount();

    const reader = renderInProviders(language, <ActionPlans {...viewProps({ route: { view: 'plans', item: plan.key } })} />);
    await screen.findByRole('article');
    expect(screen.queryByRole('link', { name: strings.planDocument })).toBeNull();
    expect(screen.queryByText(strings.documentNotLinked)).toBeNull();
    reader.unmount();

    renderInProviders(language, <ActionPlans {...viewProps({ permissions: OWNER_PERMISSIONS, route: { view: 'plans', item: plan.key } })} />);
    expect(await screen.findByText(strings.documentNotLinked)).toBeTruthy();
  });

  describe('the plan’s progress across units and its Kunskap och stöd', () => {
    const plan = ACTION_PLANS[0];
    const item = (id: number, focusArea: ChecklistItem['focusArea'], active = true): ChecklistItem => ({
      id,
      planId: plan.id,
      focusArea,
      order: id,
      title: { sv: `Punkt ${id}`, en: `Item ${id}` },
      active,
      isExample: false
    });
    const links: KnowledgeLink[] = [
      { id: 1, focusArea: 'welfare', kind: 'method', title: { sv: 'Metodstöd för likvärdigt bemötande', en: '' }, url: 'https://start.stockholm/metod', description: { sv: '', en: '' } },
      { id: 2, focusArea: 'participation', kind: 'training', title: { sv: 'Utbildning i delaktighet', en: '' }, url: 'https://start.stockholm/delaktighet', description: { sv: '', en: '' } }
    ];

    async function siteWithTicks(): Promise<MrRepositories> {
      const repositories = fakeRepositories({ knowledgeLinks: links });
      for (const saved of [item(11, 'knowledge'), item(12, 'welfare'), item(13, 'welfare'), item(14, 'participation', false)]) await repositories.actionPlans.saveItem(saved);
      const tick = (unitId: number, itemId: number, done = true): Promise<unknown> =>
        repositories.checklist.applyIntent({ unitId, itemId, planId: plan.id, period: PERIOD, done, at: '2025-05-01T10:00:00Z' });
      // Unit 2: all three active items; unit 3: one, and one unticked again; unit 1: only the retired item, which does not count.
      await Promise.all([tick(2, 11), tick(2, 12), tick(2, 13), tick(3, 12), tick(3, 11, false), tick(1, 14)]);
      return repositories;
    }

    it('says how many units have started and finished, and each started unit’s count and share in words', async () => {
      const repositories = await siteWithTicks();
      renderInProviders(language, <ActionPlans {...viewProps({ repositories, route: { view: 'plans', item: plan.key } })} />);
      const region = await screen.findByRole('region', { name: strings.planProgressHeading });
      expect(within(region).getByText(fill(strings.planProgressSummary, { started: 2, units: UNITS.length, complete: 1, period: String(PERIOD) }))).toBeTruthy();
      const rows = within(region).getAllByRole('listitem').map((row) => row.textContent);
      expect(rows).toEqual([
        `${UNITS[1].name}${fill(strings.planProgressCount, { done: 3, total: 3, percent: 100 })}`,
        `${UNITS[2].name}${fill(strings.planProgressCount, { done: 1, total: 3, percent: 33 })}`
      ]);
    });

    it('shows the links of the plan’s focus areas only (its active items’), each with its kind in words', async () => {
      const repositories = await siteWithTicks();
      renderInProviders(language, <ActionPlans {...viewProps({ repositories, route: { view: 'plans', item: plan.key } })} />);
      const region = await screen.findByRole('region', { name: strings.knowledgeHeading });
      const link = within(region).getByRole('link', { name: links[0].title.sv }) as HTMLAnchorElement;
      expect(link.href).toBe(links[0].url);
      expect(link.getAttribute('lang')).toBe(language === 'en' ? 'sv' : null);
      expect(region.textContent).toContain(strings.knowledgeKindMethod);
      // Participation is only a retired item's area: its link is not the plan's.
      expect(within(region).queryByRole('link', { name: links[1].title.sv })).toBeNull();
    });

    it('says so when no unit has started, and shows no Kunskap och stöd where the plan’s areas have none', async () => {
      const repositories = fakeRepositories({ knowledgeLinks: [links[1]] });
      await repositories.actionPlans.saveItem(item(11, 'knowledge'));
      renderInProviders(language, <ActionPlans {...viewProps({ repositories, route: { view: 'plans', item: plan.key } })} />);
      expect(await screen.findByText(fill(strings.planProgressNone, { period: String(PERIOD) }))).toBeTruthy();
      expect(screen.queryByRole('region', { name: strings.knowledgeHeading })).toBeNull();
    });
  });
});
