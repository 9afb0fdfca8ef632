/** @jest-environment jsdom */
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { emptyAssignment } from '../../../src/domain/itemAssignment';
import { assessmentKey } from '../../../src/domain/staircase';
import { Staircase } from '../../../src/ui/Staircase';
import { checklistSite, COLLEAGUE, PLAN, titleOf, UNIT } from '../Checklist/checklistFakes';
import { PERIOD } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

describe.each(LANGUAGES)('the staircase’s next step (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const nextStep = async (step: number): Promise<HTMLElement> =>
    (await screen.findByRole('heading', { level: 3, name: fill(strings.staircaseNextHeading, { step }) })).closest('section') as HTMLElement;

  it('lists the step’s items not ticked, each linking to its checklist, and the missing assessment, linking to the step', async () => {
    const site = checklistSite({
      assessments: [],
      assignments: [{ ...emptyAssignment(UNIT.id, 101, PLAN.id, PERIOD), id: 1, evidence: [{ url: 'https://intranat.stockholm.se/utbildning', title: 'Kallelse' }] }]
    });
    site.checklist.tickAs(COLLEAGUE, 101, true);
    renderInProviders(language, <Staircase {...viewProps({ repositories: site.repositories })} />);
    const section = await nextStep(1);
    // The checklist fake answers every plan with the same items, so an item may be listed once per plan.
    const links = within(section).getAllByText(titleOf(102, language)).map((title) => title.closest('a')?.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toContain(`mrPlan=${PLAN.key}`);
    expect(within(section).queryByText(titleOf(101, language))).toBeNull();
    expect(within(section).getByText(strings.staircaseNextNotAssessed)).toBeTruthy();
    const assess = within(section).getByText(fill(strings.staircaseNextAssess, { step: 1 })).closest('a') as HTMLAnchorElement;
    const target = document.getElementById((assess.getAttribute('href') ?? '').slice(1));
    expect(target?.textContent).toContain(fill(strings.staircaseStepTitle, { step: 1, title: '' }).trim());
    expect(within(section).queryByText(strings.staircaseNextWithoutEvidence)).toBeNull();
  });

  it('once every item is ticked, names what is left: the assessment, and the done items without evidence', async () => {
    const site = checklistSite({
      assessments: [{ key: assessmentKey(UNIT.id, 1, PERIOD), unitId: UNIT.id, step: 1, period: PERIOD, status: 'inProgress', evidence: '' }]
    });
    site.checklist.tickAs(COLLEAGUE, 101, true);
    site.checklist.tickAs(COLLEAGUE, 102, true);
    renderInProviders(language, <Staircase {...viewProps({ repositories: site.repositories })} />);
    const section = await nextStep(1);
    expect(within(section).getByText(strings.staircaseNextOnlyAssessment)).toBeTruthy();
    expect(within(section).getByText(strings.staircaseNextNotFulfilled)).toBeTruthy();
    expect(within(section).getByText(strings.staircaseNextWithoutEvidence)).toBeTruthy();
    expect(within(section).getAllByText(titleOf(101, language)).length).toBeGreaterThan(0);
    expect(within(section).getAllByText(titleOf(102, language)).length).toBeGreaterThan(0);
    expect(within(section).getByText(fill(strings.staircaseNextAssessmentWithoutEvidence, { step: 1 }))).toBeTruthy();
  });
});
