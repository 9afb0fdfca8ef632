/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { ActionPlans } from '../../../src/ui/ActionPlans';
import { checklistSite, PLAN, titleOf } from '../Checklist/checklistFakes';
import { CHILD_RIGHTS_PROGRAMME, fakeRepositories, PERIOD, UNITS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

describe.each(LANGUAGES)('ActionPlans (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  it('lists every plan in order with its status and the gap warning', async () => {
    renderInProviders(language, <ActionPlans {...viewProps({ route: { view: 'plans' } })} />);
    expect(screen.getByRole('heading', { level: 2, name: strings.viewPlans })).toBeTruthy();
    const plans = await screen.findAllByRole('article');
    expect(plans).toHaveLength(6);
    expect(plans[0].textContent).toContain(language === 'sv' ? 'Att motverka rasism' : 'Countering racism');
    expect(within(plans[1]).getByText(fill(strings.governanceGapText, { programme: CHILD_RIGHTS_PROGRAMME }))).toBeTruthy();
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
