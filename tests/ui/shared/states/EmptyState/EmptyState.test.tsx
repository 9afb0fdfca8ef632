/** @jest-environment jsdom */
import * as React from 'react';
import { screen } from '@testing-library/react';
import { EmptyState } from '../../../../../src/ui/shared/states';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../../../render';

describe.each(LANGUAGES)('EmptyState (%s)', (language: TestLanguage) => {
  it('says in words what is missing, where the content would be', () => {
    const { strings } = localization(language);
    renderInProviders(language, <EmptyState>{strings.updatesEmpty}</EmptyState>);
    expect(screen.getByText(strings.updatesEmpty).tagName).toBe('P');
  });
});
