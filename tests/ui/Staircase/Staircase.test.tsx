/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessDeniedError, ConflictError } from '../../../src/app';
import { assessmentKey, StaircaseAssessment } from '../../../src/domain/staircase';
import { Staircase } from '../../../src/ui/Staircase';
import { checklistSite, COLLEAGUE } from '../Checklist/checklistFakes';
import { fakeRepositories, PERIOD, READER_PERMISSIONS, UNITS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

/** Steps 1 and 3 fulfilled for the team's unit: level 1, since step 2 is not. */
const STEPS_ONE_AND_THREE: StaircaseAssessment[] = ([1, 3] as const).map((step) => ({
  key: assessmentKey(3, step, PERIOD),
  unitId: 3,
  step,
  period: PERIOD,
  status: 'fulfilled' as const,
  evidence: ''
}));

describe.each(LANGUAGES)('Staircase (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);
  const stepOf = (step: number): HTMLElement =>
    screen.getByRole('heading', { level: 3, name: new RegExp(`^${fill(strings.staircaseStepTitle, { step, title: '' })}`) }).closest('li') as HTMLElement;

  it('draws the unit’s level and says it in words: the highest step fulfilled with all below it', async () => {
    renderInProviders(language, <Staircase {...viewProps({ route: { view: 'staircase' } })} />);
    const level = fill(strings.staircaseLevel, { level: 3, total: 6 });
    expect((await screen.findByRole('img', { name: level })).tagName.toLowerCase()).toBe('svg');
    expect(screen.getByText(level, { selector: 'p' })).toBeTruthy();
    expect((within(stepOf(4)).getByRole('radio', { name: strings.stepInProgress }) as HTMLInputElement).checked).toBe(true);
  });

  it('does not count a fulfilled step above one that is not', async () => {
    renderInProviders(language, <Staircase {...viewProps({ repositories: fakeRepositories({ assessments: STEPS_ONE_AND_THREE }) })} />);
    expect(await screen.findByRole('img', { name: fill(strings.staircaseLevel, { level: 1, total: 6 }) })).toBeTruthy();
  });

  it('raises the level and its drawing as soon as a step is saved as fulfilled, and confirms the save', async () => {
    // Step 1 and 3 fulfilled: level 1. Saving step 2 as fulfilled makes it 3, with no reload.
    renderInProviders(language, <Staircase {...viewProps({ repositories: fakeRepositories({ assessments: STEPS_ONE_AND_THREE }) })} />);
    expect(await screen.findByRole('img', { name: fill(strings.staircaseLevel, { level: 1, total: 6 }) })).toBeTruthy();
    const step = stepOf(2);
    fireEvent.click(within(step).getByRole('radio', { name: strings.stepFulfilled }));
    fireEvent.click(within(step).getByRole('button', { name: fill(strings.staircaseSave, { step: 2 }) }));
    expect(await within(step).findByText(fill(strings.staircaseSaved, { step: 2 }))).toBeTruthy();
    expect(screen.getByRole('img', { name: fill(strings.staircaseLevel, { level: 3, total: 6 }) })).toBeTruthy();
    expect(screen.getByText(fill(strings.staircaseLevel, { level: 3, total: 6 }), { selector: 'p' })).toBeTruthy();
    // A change after the save takes the confirmation away until the next save.
    fireEvent.click(within(step).getByRole('radio', { name: strings.stepInProgress }));
    expect(within(step).queryByText(fill(strings.staircaseSaved, { step: 2 }))).toBeNull();
  });

  it('shows the hint on the step whose items are all done', async () => {
    const site = checklistSite({ assessments: [] });
    site.checklist.tickAs(COLLEAGUE, 101, true);
    site.checklist.tickAs(COLLEAGUE, 102, true);
    renderInProviders(language, <Staircase {...viewProps({ repositories: site.repositories })} />);
    expect(await within(await waitFor(() => stepOf(1))).findByText(strings.staircaseReadyHint)).toBeTruthy();
    expect(within(stepOf(2)).queryByText(strings.staircaseReadyHint)).toBeNull();
  });

  it('saves a step’s status and evidence, and refuses a link that is not one', async () => {
    const repositories = fakeRepositories();
    renderInProviders(language, <Staircase {...viewProps({ repositories })} />);
    const step = await waitFor(() => stepOf(5));
    fireEvent.click(within(step).getByRole('radio', { name: strings.stepInProgress }));
    fireEvent.change(within(step).getByRole('textbox', { name: strings.staircaseEvidence }), { target: { value: 'Plan antagen i nämnden' } });
    fireEvent.change(within(step).getByRole('textbox', { name: strings.staircaseEvidenceLink }), { target: { value: 'javascript:alert(1)' } });
    expect(within(step).getByText(strings.staircaseEvidenceLinkInvalid)).toBeTruthy();
    const save = within(step).getByRole('button', { name: fill(strings.staircaseSave, { step: 5 }) }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(step).getByRole('textbox', { name: strings.staircaseEvidenceLink }), { target: { value: 'https://example.org/plan' } });
    fireEvent.click(save);
    await waitFor(async () => {
      const stored = (await repositories.staircase.forUnit(3, [PERIOD])).value.find((a) => a.step === 5);
      expect([stored?.status, stored?.evidence, stored?.evidenceLink]).toEqual(['inProgress', 'Plan antagen i nämnden', 'https://example.org/plan']);
    });
  });

  it('shows the other person’s version on a conflict and lets the person choose', async () => {
    const repositories = fakeRepositories();
    const theirs: StaircaseAssessment = { key: assessmentKey(3, 6, PERIOD), unitId: 3, step: 6, period: PERIOD, status: 'inProgress', evidence: 'Uppföljning i maj', assessedBy: COLLEAGUE };
    repositories.staircase.save = jest.fn().mockRejectedValueOnce(new ConflictError(theirs));
    renderInProviders(language, <Staircase {...viewProps({ repositories })} />);
    const step = await waitFor(() => stepOf(6));
    fireEvent.click(within(step).getByRole('radio', { name: strings.stepFulfilled }));
    fireEvent.click(within(step).getByRole('button', { name: fill(strings.staircaseSave, { step: 6 }) }));
    expect(await within(step).findByText(strings.staircaseConflictTitle)).toBeTruthy();
    fireEvent.click(within(step).getByRole('button', { name: strings.staircaseConflictUseTheirs }));
    expect((within(step).getByRole('radio', { name: strings.stepInProgress }) as HTMLInputElement).checked).toBe(true);
    expect((within(step).getByRole('textbox', { name: strings.staircaseEvidence }) as HTMLTextAreaElement).value).toBe('Uppföljning i maj');
  });

  it('keeps what the person wrote when SharePoint refuses the save', async () => {
    const repositories = fakeRepositories();
    repositories.staircase.save = jest.fn().mockRejectedValue(new AccessDeniedError());
    renderInProviders(language, <Staircase {...viewProps({ repositories })} />);
    const step = await waitFor(() => stepOf(6));
    fireEvent.change(within(step).getByRole('textbox', { name: strings.staircaseEvidence }), { target: { value: 'Mitt underlag' } });
    fireEvent.click(within(step).getByRole('button', { name: fill(strings.staircaseSave, { step: 6 }) }));
    expect(await within(step).findByText(strings.staircaseSaveDenied)).toBeTruthy();
    expect((within(step).getByRole('textbox', { name: strings.staircaseEvidence }) as HTMLTextAreaElement).value).toBe('Mitt underlag');
  });

  it('shows another unit’s assessments read-only, says why, and shows the history across periods', async () => {
    renderInProviders(language, <Staircase {...viewProps({ permissions: READER_PERMISSIONS, canChangeUnit: false })} />);
    expect(await screen.findByText(fill(strings.staircaseReadOnly, { unit: UNITS[2].name }))).toBeTruthy();
    expect(screen.getAllByRole('radio').every((radio) => (radio as HTMLInputElement).disabled)).toBe(true);
    expect(screen.queryByRole('button', { name: fill(strings.staircaseSave, { step: 1 }) })).toBeNull();
    const history = screen.getByRole('table', { name: strings.staircaseHistory });
    expect(within(history).getByRole('row', { name: new RegExp(`^${PERIOD}`) }).textContent).toContain(fill(strings.staircaseLevel, { level: 3, total: 6 }));
  });

  it('shows the steps without statuses when no unit is chosen, and asks for one right there', async () => {
    const props = viewProps({ unit: undefined });
    renderInProviders(language, <Staircase {...props} />);
    const picker = await screen.findByRole('combobox', { name: strings.staircaseNoUnit });
    expect(screen.queryByText(strings.stepFulfilled)).toBeNull();
    fireEvent.change(picker, { target: { value: UNITS[3].name.slice(0, 12) } });
    // Listed twice: among the member's own units, and in its place.
    fireEvent.click(screen.getAllByRole('option', { name: new RegExp(`^${UNITS[3].name}`) })[0]);
    expect(props.unitChoice.select).toHaveBeenCalledWith(UNITS[3].id);
  });

  it('says so when there is nothing to show', async () => {
    renderInProviders(language, <Staircase {...viewProps({ repositories: fakeRepositories({ programme: [] }) })} />);
    expect(await screen.findByText(strings.programmeMissing)).toBeTruthy();
  });
});

