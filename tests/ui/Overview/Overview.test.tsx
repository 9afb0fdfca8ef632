/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { UnreachableError } from '../../../src/app';
import { Overview } from '../../../src/ui/Overview';
import { CHILD_RIGHTS_PROGRAMME, fakeRepositories, GOAL_EN, GOAL_SV, OWNER_PERMISSIONS, pending, PROGRAMME_ENTRIES, UNITS } from '../fakes';
import type { KnowledgeLink } from '../../../src/domain/knowledgeLink';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage, viewProps } from '../render';

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe.each(LANGUAGES)('Overview (%s)', (language: TestLanguage) => {
  const { strings, fill, formatDate } = localization(language);
  const sv = language === 'sv';

  it('quotes the goal and names the three focus areas', async () => {
    renderInProviders(language, <Overview {...viewProps()} />);
    const goal = await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    expect(goal.closest('blockquote')).toBeTruthy();
    const areas = within(section(strings.focusAreasHeading)).getAllByRole('listitem');
    expect(areas.map((area) => area.firstChild?.textContent)).toEqual(
      sv ? ['Kunskap och information', 'Välfärd och service', 'Delaktighet och inflytande'] : ['Knowledge and information', 'Welfare and service', 'Participation and influence']
    );
  });

  it('lists the six action plans with their status in words and an icon', async () => {
    renderInProviders(language, <Overview {...viewProps()} />);
    await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    const plans = within(section(strings.plansHeading)).getAllByRole('article');
    expect(plans).toHaveLength(6);
    expect(plans[0].textContent).toContain(fill(strings.planAdoptedOn, { date: formatDate('2025-03-12') }));
    expect(plans[1].textContent).toContain(strings.planStatusConsultation);
    expect(plans[2].textContent).toContain(strings.planStatusDraft);
    for (const plan of plans) expect(plan.querySelector('svg[aria-hidden="true"]')).toBeTruthy();
  });

  it('warns where a programme has ceased but the plan replacing it is not adopted', async () => {
    renderInProviders(language, <Overview {...viewProps()} />);
    await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    const warnings = screen.getAllByText(strings.governanceGapTitle);
    expect(warnings).toHaveLength(1);
    const plan = warnings[0].closest('article') as HTMLElement;
    expect(plan.textContent).toContain(fill(strings.governanceGapText, { programme: CHILD_RIGHTS_PROGRAMME }));
    expect(plan.textContent).toContain(fill(strings.planReplaces, { programme: CHILD_RIGHTS_PROGRAMME }));
  });

  it('lists the method steps and the staircase in order, with the unit’s level in words', async () => {
    renderInProviders(language, <Overview {...viewProps()} />);
    await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    const method = within(section(strings.methodHeading)).getByRole('list');
    expect(method.tagName).toBe('OL');
    expect(within(method).getAllByRole('listitem')).toHaveLength(3);
    const staircase = section(strings.staircaseHeading);
    expect(within(staircase).getByText(fill(strings.staircaseUnitLevel, { unit: UNITS[2].name, level: 3, total: 6 }))).toBeTruthy();
    const steps = within(within(staircase).getByRole('list')).getAllByRole('listitem');
    expect(steps).toHaveLength(6);
    expect(steps.map((step) => [strings.stepFulfilled, strings.stepInProgress, strings.stepNotStarted].find((status) => step.textContent?.endsWith(status)))).toEqual([
      strings.stepFulfilled,
      strings.stepFulfilled,
      strings.stepFulfilled,
      strings.stepInProgress,
      strings.stepNotStarted,
      strings.stepNotStarted
    ]);
  });

  it('asks for a unit instead of a level when there is none', async () => {
    renderInProviders(language, <Overview {...viewProps({ unit: undefined })} />);
    expect(await screen.findByText(strings.staircaseNoUnit)).toBeTruthy();
    expect(screen.queryByText(strings.stepNotStarted)).toBeNull();
  });

  it('shows the latest published updates with the date in the locale, pinned marked in words', async () => {
    renderInProviders(language, <Overview {...viewProps()} />);
    await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    const updates = within(section(strings.updatesHeading));
    expect(updates.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Handlingsplanen mot rasism är antagen',
      'Grundutbildning i mänskliga rättigheter'
    ]);
    expect(updates.getByText(fill(strings.updatePublished, { date: formatDate('2025-03-14T09:00:00Z') }))).toBeTruthy();
    expect(updates.getByText(strings.updatePinned)).toBeTruthy();
    expect(updates.queryByText('Utkast: nyhetsbrev')).toBeNull();
  });

  it('links a plan, an update and all updates to their views', async () => {
    const navigate = jest.fn();
    renderInProviders(language, <Overview {...viewProps({ navigate })} />);
    fireEvent.click(await screen.findByRole('link', { name: sv ? 'Romsk inkludering' : 'Roma inclusion' }));
    expect(navigate).toHaveBeenLastCalledWith({ view: 'plans', item: 'romaInclusion' });
    fireEvent.click(screen.getByRole('link', { name: 'Grundutbildning i mänskliga rättigheter' }));
    expect(navigate).toHaveBeenLastCalledWith({ view: 'updates', item: '2' });
    fireEvent.click(screen.getByRole('link', { name: strings.updatesShowAll }));
    expect(navigate).toHaveBeenLastCalledWith({ view: 'updates' });
  });

  it('shows its skeleton while loading', () => {
    const repositories = fakeRepositories();
    repositories.programme.loadOverview = () => pending();
    renderInProviders(language, <Overview {...viewProps({ repositories })} />);
    expect(screen.getByRole('progressbar', { name: strings.loadingLabel })).toBeTruthy();
  });

  it('says what is empty: no programme content, no plans, no updates', async () => {
    const repositories = fakeRepositories({ programme: [], plans: [], updates: [] });
    renderInProviders(language, <Overview {...viewProps({ repositories })} />);
    expect(await screen.findByText(strings.programmeMissing)).toBeTruthy();
    expect(screen.getByText(strings.plansEmpty)).toBeTruthy();
    expect(screen.getByText(strings.updatesEmpty)).toBeTruthy();
  });

  it('tells which rows could not be read, and shows the rest', async () => {
    const repositories = fakeRepositories({
      problems: [
        { list: 'actionPlans', itemId: 7, issues: [{ field: 'PlanStatus', code: 'notAChoice', params: { value: 'Klar' } }] },
        { list: 'updates', itemId: 12, issues: [{ field: 'Title', code: 'required' }] }
      ]
    });
    renderInProviders(language, <Overview {...viewProps({ repositories })} />);
    expect(await screen.findByText(fill(strings.rowProblemsOther, { count: 2 }))).toBeTruthy();
    expect(screen.getByText(sv ? GOAL_SV : GOAL_EN)).toBeTruthy();
    const details = screen.getByRole('button', { name: strings.rowProblemsShowDetails });
    expect(details.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(details);
    const rows = screen.getAllByRole('listitem').filter((item) => item.textContent?.startsWith('MrActionPlans') || item.textContent?.startsWith('MrUpdates'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('7');
    expect(screen.getByRole('button', { name: strings.rowProblemsHideDetails }).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows a load failure with a retry', async () => {
    const repositories = fakeRepositories();
    const load = repositories.programme.loadOverview.bind(repositories.programme);
    repositories.programme.loadOverview = jest.fn().mockRejectedValueOnce(new UnreachableError()).mockImplementation(load);
    renderInProviders(language, <Overview {...viewProps({ repositories })} />);
    expect(await screen.findByText(fill(strings.unreachableText, { site: SITE_URL }))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.retry }));
    expect(await screen.findByText(sv ? GOAL_SV : GOAL_EN)).toBeTruthy();
  });

  it('links the programme’s document under the goal once an editor has linked it, and tells only editors when none is', async () => {
    const programme = PROGRAMME_ENTRIES.map((entry) => (entry.kind === 'goal' ? { ...entry, documentUrl: 'https://start.stockholm/mr-programmet.pdf' } : entry));
    const linked = renderInProviders(language, <Overview {...viewProps({ repositories: fakeRepositories({ programme }) })} />);
    const link = (await screen.findByRole('link', { name: strings.programmeDocument })) as HTMLAnchorElement;
    expect(link.href).toBe('https://start.stockholm/mr-programmet.pdf');
    expect(link.getAttribute('target')).toBe('_blank');
    linked.unmount();

    const reader = renderInProviders(language, <Overview {...viewProps()} />);
    await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    expect(screen.queryByRole('link', { name: strings.programmeDocument })).toBeNull();
    expect(screen.queryByText(strings.documentNotLinked)).toBeNull();
    reader.unmount();

    renderInProviders(language, <Overview {...viewProps({ permissions: OWNER_PERMISSIONS })} />);
    expect(await screen.findByText(strings.documentNotLinked)).toBeTruthy();
  });

  it('shows Kunskap och stöd under each focus area, by kind in words, and no section while there are no links', async () => {
    const links: KnowledgeLink[] = [
      { id: 1, focusArea: 'participation', kind: 'training', title: { sv: 'Öppen utbildning', en: 'Open training' }, url: 'https://start.stockholm/a', description: { sv: 'Två timmar.', en: '' } },
      { id: 2, focusArea: 'knowledge', kind: 'material', title: { sv: 'Broschyr', en: 'Brochure' }, url: 'https://start.stockholm/b', description: { sv: '', en: '' } },
      { id: 3, focusArea: 'knowledge', kind: 'training', title: { sv: 'Ämnesdag', en: 'Subject day' }, url: 'https://start.stockholm/c', description: { sv: '', en: '' } }
    ];
    const withLinks = renderInProviders(language, <Overview {...viewProps({ repositories: fakeRepositories({ knowledgeLinks: links }) })} />);
    await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    const region = section(strings.knowledgeHeading);
    expect(within(region).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(
      sv ? ['Kunskap och information', 'Delaktighet och inflytande'] : ['Knowledge and information', 'Participation and influence']
    );
    // Within an area: training before material, whatever the order they were added in.
    expect(within(region).getAllByRole('link').map((link) => link.textContent)).toEqual(sv ? ['Ämnesdag', 'Broschyr', 'Öppen utbildning'] : ['Subject day', 'Brochure', 'Open training']);
    expect(region.textContent).toContain(`· ${strings.knowledgeKindMaterial}`);
    // The description is in Swedish only: in English it is marked so.
    expect(within(region).getByText('Två timmar.').getAttribute('lang')).toBe(sv ? null : 'sv');
    withLinks.unmount();

    renderInProviders(language, <Overview {...viewProps()} />);
    await screen.findByText(sv ? GOAL_SV : GOAL_EN);
    expect(screen.queryByRole('region', { name: strings.knowledgeHeading })).toBeNull();
  });
});
