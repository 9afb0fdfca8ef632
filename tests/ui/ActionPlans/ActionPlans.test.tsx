/** @jest-environment jsdom */
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { ActionPlans } from '../../../src/ui/ActionPlans';
import { CHILD_RIGHTS_PROGRAMME, fakeRepositories } from '../fakes';
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

  it('marks the plan a deep link opens', async () => {
    renderInProviders(language, <ActionPlans {...viewProps({ route: { view: 'plans', item: 'genderEquality' } })} />);
    const current = (await screen.findAllByRole('article')).filter((plan) => plan.getAttribute('aria-current') === 'true');
    expect(current.map((plan) => plan.querySelector('h3')?.textContent)).toEqual([language === 'sv' ? 'Ett jämställt Stockholm' : 'A gender-equal Stockholm']);
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
