/** @jest-environment jsdom */
import * as React from 'react';
import { screen } from '@testing-library/react';
import { LoadingState } from '../../../../../src/ui/shared/states';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../../../render';

describe.each(LANGUAGES)('LoadingState (%s)', (language: TestLanguage) => {
  it('is announced as loading and keeps the rows the view will show', () => {
    renderInProviders(language, <LoadingState rows={3} />);
    const skeleton = screen.getByRole('progressbar', { name: localization(language).strings.loadingLabel });
    expect(skeleton.getAttribute('aria-busy')).toBe('true');
    expect(skeleton.children).toHaveLength(4);
  });
});
