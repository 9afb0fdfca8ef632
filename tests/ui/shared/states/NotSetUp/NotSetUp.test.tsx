/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import type { ProvisioningProgress } from '../../../../../src/app';
import { NotSetUp } from '../../../../../src/ui/shared/states/NotSetUp';
import { fakeRepositories } from '../../../fakes';
import { LANGUAGES, localization, renderInProviders, SITE_URL, TestLanguage } from '../../../render';

describe.each(LANGUAGES)('NotSetUp (%s)', (language: TestLanguage) => {
  const { strings, fill } = localization(language);

  it('lets a site owner set up the lists, with the progress announced, and reports when done', async () => {
    const { site } = fakeRepositories({ siteStatus: { state: 'notProvisioned' } });
    let report: (progress: ProvisioningProgress) => void = () => undefined;
    let finish: () => void = () => undefined;
    site.provision = (onProgress) =>
      new Promise<void>((resolve) => {
        report = (progress) => onProgress?.(progress);
        finish = resolve;
      });
    const onProvisioned = jest.fn();
    renderInProviders(language, <NotSetUp site={site} state="notProvisioned" canProvision siteUrl={SITE_URL} onProvisioned={onProvisioned} />);
    const button = screen.getByRole('button', { name: strings.notSetUpProvisionButton });
    fireEvent.click(button);
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(strings.loadingLabel);
    act(() => report({ step: 'MrActionPlans', done: 4, total: 8 }));
    expect(screen.getByRole('status').textContent).toBe(fill(strings.notSetUpProgress, { step: 'MrActionPlans', done: 4, total: 8 }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.5');
    await act(async () => finish());
    expect(onProvisioned).toHaveBeenCalledTimes(1);
  });

  it('tells everyone else whom to ask', () => {
    const { site } = fakeRepositories();
    renderInProviders(language, <NotSetUp site={site} state="notProvisioned" canProvision={false} siteUrl={SITE_URL} onProvisioned={jest.fn()} />);
    expect(screen.getByText(strings.notSetUpTitle)).toBeTruthy();
    expect(screen.getByText(fill(strings.notSetUpContact, { site: SITE_URL }))).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers to update outdated lists', () => {
    const { site } = fakeRepositories();
    renderInProviders(language, <NotSetUp site={site} state="outdated" canProvision siteUrl={SITE_URL} onProvisioned={jest.fn()} />);
    expect(screen.getByText(strings.outdatedOwnerText)).toBeTruthy();
    expect(screen.getByRole('button', { name: strings.outdatedUpgradeButton })).toBeTruthy();
  });
});
