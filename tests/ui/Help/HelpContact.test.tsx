/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { AccessDeniedError } from '../../../src/app';
import { HelpContact } from '../../../src/ui/Help';
import type { HelpContact as HelpText } from '../../../src/domain/helpContact';
import { LANGUAGES, localization, renderInProviders, TestLanguage } from '../render';

const SITE = 'https://contoso.sharepoint.com/sites/mr';

describe.each(LANGUAGES)('HelpContact (%s)', (language: TestLanguage) => {
  const { strings } = localization(language);

  it('opens from its button and says plainly when there is no contact yet', async () => {
    renderInProviders(language, <HelpContact help={undefined} canEdit={false} repository={{ saveHelp: jest.fn() }} siteUrl={SITE} />);
    const button = screen.getByRole('button', { name: strings.helpTitle });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(strings.helpEmpty)).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // The panel's code is a chunk of its own, fetched on the first click.
    expect(await screen.findByText(strings.helpEmpty)).toBeTruthy();
    expect(screen.queryByRole('button', { name: strings.helpEdit })).toBeNull();
  });

  it('shows the editors’ text, marked with its language when it is the other one', async () => {
    renderInProviders(language, <HelpContact help={{ sv: 'Fråga samordnaren.', en: '' }} canEdit={false} repository={{ saveHelp: jest.fn() }} siteUrl={SITE} />);
    fireEvent.click(screen.getByRole('button', { name: strings.helpTitle }));
    const text = await screen.findByText('Fråga samordnaren.');
    expect(text.getAttribute('lang')).toBe(language === 'en' ? 'sv' : null);
  });

  it('lets an editor write it, saves both languages and confirms', async () => {
    const saveHelp = jest.fn(async (help: HelpText) => help);
    renderInProviders(language, <HelpContact help={undefined} canEdit repository={{ saveHelp }} siteUrl={SITE} />);
    fireEvent.click(screen.getByRole('button', { name: strings.helpTitle }));
    expect(await screen.findByText(strings.helpEmptyEditor)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: strings.helpEdit }));
    fireEvent.change(screen.getByRole('textbox', { name: strings.helpTextSv }), { target: { value: 'Skriv till MR-samordnaren.' } });
    fireEvent.change(screen.getByRole('textbox', { name: strings.helpTextEn }), { target: { value: 'Write to the MR coordinator.' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: strings.editSave }));
    });
    expect(saveHelp).toHaveBeenCalledWith({ sv: 'Skriv till MR-samordnaren.', en: 'Write to the MR coordinator.' });
    expect(screen.getByRole('status').textContent).toBe(strings.helpSaved);
    expect(screen.getByText(language === 'sv' ? 'Skriv till MR-samordnaren.' : 'Write to the MR coordinator.')).toBeTruthy();
  });

  it('keeps the draft and says why when SharePoint refuses the save', async () => {
    const saveHelp = jest.fn(async () => {
      throw new AccessDeniedError('no');
    });
    renderInProviders(language, <HelpContact help={undefined} canEdit repository={{ saveHelp }} siteUrl={SITE} />);
    fireEvent.click(screen.getByRole('button', { name: strings.helpTitle }));
    fireEvent.click(await screen.findByRole('button', { name: strings.helpEdit }));
    fireEvent.change(screen.getByRole('textbox', { name: strings.helpTextSv }), { target: { value: 'Utkast' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: strings.editSave }));
    });
    expect(screen.getByText(strings.editAccessDenied)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: strings.helpTextSv }) as HTMLTextAreaElement).value).toBe('Utkast');
  });

  it('keeps an editor’s draft when the panel is closed and opened again', async () => {
    renderInProviders(language, <HelpContact help={undefined} canEdit repository={{ saveHelp: jest.fn() }} siteUrl={SITE} />);
    const button = screen.getByRole('button', { name: strings.helpTitle });
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: strings.helpEdit }));
    fireEvent.change(screen.getByRole('textbox', { name: strings.helpTextSv }), { target: { value: 'Utkast' } });
    fireEvent.click(button);
    expect(screen.queryByRole('textbox', { name: strings.helpTextSv })).toBeNull();
    fireEvent.click(button);
    expect(((await screen.findByRole('textbox', { name: strings.helpTextSv })) as HTMLTextAreaElement).value).toBe('Utkast');
  });
});
