/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import { AccessDeniedError, UnreachableError } from '../../../../../src/app';
import { ErrorState, problemKind } from '../../../../../src/ui/shared/states';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage } from '../../../render';

describe('problemKind', () => {
  it('sorts the repositories’ errors by what the person can do', () => {
    expect(problemKind(new AccessDeniedError())).toBe('accessDenied');
    expect(problemKind(new UnreachableError())).toBe('unreachable');
    expect(problemKind(new Error('odd'))).toBe('unexpected');
    expect(problemKind('a string')).toBe('unexpected');
  });
});

describe.each(LANGUAGES)('ErrorState (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  it('announces no permission with the site to ask about, and no retry', () => {
    renderInProviders(language, <ErrorState error={new AccessDeniedError()} siteUrl={SITE_URL} onRetry={jest.fn()} />);
    expect(screen.getByRole('alert').textContent).toContain(strings.accessDeniedTitle);
    expect(screen.getByText(fill(strings.accessDeniedText, { site: SITE_URL }))).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names the unreachable site and retries', () => {
    const onRetry = jest.fn();
    renderInProviders(language, <ErrorState error={new UnreachableError()} siteUrl={SITE_URL} onRetry={onRetry} />);
    expect(screen.getByText(strings.unreachableTitle)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.retry }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows an unexpected error’s own message', () => {
    renderInProviders(language, <ErrorState error={new Error('Column Title is missing')} siteUrl={SITE_URL} onRetry={jest.fn()} />);
    expect(screen.getByText(strings.unexpectedErrorTitle)).toBeTruthy();
    expect(screen.getByText(fill(strings.unexpectedErrorText, { message: 'Column Title is missing' }))).toBeTruthy();
  });
});
