/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { AccessDeniedError, MrRepositories, RowProblem, UnreachableError } from '../../../../src/app';
import { ActionPlans } from '../../../../src/ui/ActionPlans';
import type { ViewProps } from '../../../../src/ui/shared';
import { FollowUp } from '../../../../src/ui/FollowUp';
import { Staircase } from '../../../../src/ui/Staircase';
import { Updates } from '../../../../src/ui/Updates';
import { fakeRepositories, pending } from '../../fakes';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage, viewProps } from '../../render';

type Read = () => Promise<never>;

/** Each list view, and how to replace the one read it loads its data with. */
const VIEWS: [string, React.ComponentType<ViewProps>, (repositories: MrRepositories, read: Read) => void][] = [
  ['ActionPlans', ActionPlans, (r, read) => (r.programme.loadOverview = read)],
  ['Staircase', Staircase, (r, read) => (r.programme.loadOverview = read)],
  ['Updates', Updates, (r, read) => (r.updates.published = read)],
  ['FollowUp', FollowUp, (r, read) => (r.followUp.basisForPeriods = read)]
];

const PROBLEM: RowProblem = { list: 'units', itemId: 9, issues: [{ field: 'Title', code: 'required' }] };

describe.each(LANGUAGES)('the list views’ states (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  describe.each(VIEWS)('%s', (_, View, replaceRead) => {
    function renderWith(read: Read): void {
      const repositories = fakeRepositories();
      replaceRead(repositories, read);
      renderInProviders(language, <View {...viewProps({ repositories })} />);
    }

    it('shows its heading and a skeleton announced as loading', () => {
      renderWith(() => pending());
      expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
      expect(screen.getByRole('progressbar', { name: strings.loadingLabel })).toBeTruthy();
    });

    it('names the unreachable data site and loads again on retry', async () => {
      const read = jest.fn<Promise<never>, []>().mockRejectedValueOnce(new UnreachableError()).mockImplementation(() => pending());
      renderWith(read);
      expect(await screen.findByText(fill(strings.unreachableText, { site: SITE_URL }))).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: strings.retry }));
      expect(await screen.findByRole('progressbar', { name: strings.loadingLabel })).toBeTruthy();
      expect(read).toHaveBeenCalledTimes(2);
    });

    it('says the person has no permission', async () => {
      renderWith(() => Promise.reject(new AccessDeniedError()));
      expect(await screen.findByText(fill(strings.accessDeniedText, { site: SITE_URL }))).toBeTruthy();
    });

    it('reports the rows it could not read above the rest', async () => {
      renderInProviders(language, <View {...viewProps({ repositories: fakeRepositories({ problems: [PROBLEM] }) })} />);
      expect(await screen.findByText(strings.rowProblemsOne)).toBeTruthy();
    });
  });
});
