/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { Content } from '../../../src/ui/Content';
import { Navigation } from '../../../src/ui/Navigation';
import { routeFromQuery, routeFromSubPageId, routeToQuery } from '../../../src/ui/routing';
import { fakeRepositories, MEMBER_PERMISSIONS, OWNER_PERMISSIONS, READER_PERMISSIONS, UNITS } from '../fakes';
import { LANGUAGES, localization, renderInProviders, TestLanguage, viewProps } from '../render';

const EDITOR_PERMISSIONS = { canContribute: true, canEdit: true, canProvision: false };

describe.each(LANGUAGES)('Content (%s)', (language: TestLanguage) => {
  const { strings } = localization(language);

  it.each([
    ['a reader', READER_PERMISSIONS],
    ['a member', MEMBER_PERMISSIONS]
  ])('shows %s no editing controls, only why', async (_who, permissions) => {
    renderInProviders(language, <Content {...viewProps({ permissions, route: { view: 'content', item: 'units' } })} />);
    expect(screen.getByText(strings.contentNotEditor)).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByText(strings.contentUnitNew)).toBeNull();
    expect(screen.queryByText(strings.contentEdit)).toBeNull();
  });

  it.each([
    ['an editor', EDITOR_PERMISSIONS],
    ['a site owner', OWNER_PERMISSIONS]
  ])('gives %s the units to edit, opened by default', async (_who, permissions) => {
    renderInProviders(language, <Content {...viewProps({ permissions, route: { view: 'content' } })} />);
    const list = await screen.findByRole('list', { name: strings.contentSectionUnits });
    expect(within(list).getAllByRole('listitem')).toHaveLength(UNITS.length);
    expect(screen.getByRole('tab', { name: strings.contentSectionUnits }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText(strings.contentUnitNew, { selector: 'button' })).toBeTruthy();
  });

  it('opens the section a deep link names, and moves between sections by route', async () => {
    const navigate = jest.fn();
    renderInProviders(
      language,
      <Content {...viewProps({ permissions: EDITOR_PERMISSIONS, route: { view: 'content', item: 'checklist' }, navigate, repositories: fakeRepositories() })} />
    );
    expect(await screen.findByLabelText(strings.contentItemsPlan)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: strings.contentSectionPlans }));
    expect(navigate).toHaveBeenCalledWith({ view: 'content', item: 'plans' });
  });

  it('opens the plans section', async () => {
    renderInProviders(language, <Content {...viewProps({ permissions: EDITOR_PERMISSIONS, route: { view: 'content', item: 'plans' } })} />);
    expect(await screen.findByText(strings.contentPlanEdit, { selector: 'button' })).toBeTruthy();
  });

  it('shows the "Edit content" tab only to editors', () => {
    const props = { selected: 'overview' as const, onSelect: jest.fn(), compact: false, panelId: 'p', tabId: (view: string) => `t-${view}`, siteUrl: 'https://contoso.sharepoint.com/sites/mr' };
    const { unmount } = renderInProviders(language, <Navigation {...props} />);
    expect(screen.queryByRole('tab', { name: strings.viewContent })).toBeNull();
    unmount();
    renderInProviders(language, <Navigation {...props} canEdit />);
    fireEvent.click(screen.getByRole('tab', { name: strings.viewContent }));
    expect(props.onSelect).toHaveBeenCalledWith('content');
  });
});

describe('content deep links', () => {
  it('carry the section in the query and in Teams’ sub-page id', () => {
    expect(routeFromQuery('?mrView=content&mrSection=units', { view: 'overview' })).toEqual({ route: { view: 'content', item: 'units' } });
    expect(routeToQuery({ view: 'content', item: 'checklist' })).toBe('?mrView=content&mrSection=checklist');
    expect(routeFromSubPageId('content/plans', { view: 'overview' })).toEqual({ route: { view: 'content', item: 'plans' } });
  });
});
