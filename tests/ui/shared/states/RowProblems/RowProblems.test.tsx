/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { LIST_TITLES } from '../../../../../src/data';
import type { RowProblem } from '../../../../../src/app';
import { describeRowProblem, RowProblems } from '../../../../../src/ui/shared/states';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../../../render';

const PROBLEM: RowProblem = { list: 'units', itemId: 31, issues: [{ field: 'UnitType', code: 'notAChoice', params: { value: 'Kontor' } }] };

describe.each(LANGUAGES)('RowProblems (%s)', (language: TestLanguage) => {
  const { strings } = localization(language);

  it('shows nothing when every row was read', () => {
    const { container } = renderInProviders(language, <RowProblems problems={[]} />);
    expect(container.textContent).toBe('');
  });

  it('counts the skipped rows and lists them on request, in words an editor can act on', () => {
    renderInProviders(language, <RowProblems problems={[PROBLEM]} />);
    expect(screen.getByText(strings.rowProblemsOne)).toBeTruthy();
    expect(screen.getByText(strings.rowProblemsText)).toBeTruthy();
    expect(screen.queryByText(describeRowProblem(PROBLEM, localization(language), LIST_TITLES))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: strings.rowProblemsShowDetails }));
    expect(screen.getByText(describeRowProblem(PROBLEM, localization(language), LIST_TITLES))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.rowProblemsHideDetails }));
    expect(screen.queryByText(describeRowProblem(PROBLEM, localization(language), LIST_TITLES))).toBeNull();
  });
});
