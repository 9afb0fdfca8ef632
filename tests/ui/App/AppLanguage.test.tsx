/** @jest-environment jsdom */
/**
 * English is loaded on demand. The app never shows Swedish first to someone who asked for English, keeps the
 * language it shows whole while another loads, and says so (in English) when English cannot load, with a way to
 * try again. One story, in order: this file's page loads English once, at the end.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { ENGLISH_UNAVAILABLE } from '../../../src/ui/loc';
import { hostContext, localization } from '../render';

const EN_MODULE = '../../../src/ui/loc/en';
let mockOffline = true;
// English's module as the page's loader asks for it: failing while offline, as a chunk that cannot be fetched does.
jest.doMock(EN_MODULE, () => {
  if (mockOffline) throw new Error('ChunkLoadError: Loading chunk mr-strings-en failed.');
  return jest.requireActual(EN_MODULE);
});

const sv = localization('sv').strings;
const en = localization('en').strings;

test('an English first render shows nothing in Swedish; when English cannot load, Swedish, and why, in English', async () => {
  const { container, unmount } = render(<App host={hostContext('en')} />);
  expect(container.textContent).toBe('');
  expect(await screen.findByText(ENGLISH_UNAVAILABLE.message)).toBeTruthy();
  expect(screen.getByText(sv.appSubtitle)).toBeTruthy();
  expect(screen.queryByText(en.appSubtitle)).toBeNull();
  unmount();
});

test('switching to English keeps Swedish whole until English is there; a failed load can be tried again', async () => {
  const { rerender } = render(<App host={hostContext('sv')} />);
  expect(await screen.findByText(sv.appSubtitle)).toBeTruthy();
  rerender(<App host={hostContext('en')} />);
  // Not blank, not a mix: the Swedish app, until English has loaded or has failed to.
  expect(screen.getByText(sv.appSubtitle)).toBeTruthy();
  const retry = await screen.findByRole('button', { name: ENGLISH_UNAVAILABLE.retry });
  expect(screen.getByText(ENGLISH_UNAVAILABLE.message).closest('[lang]')?.getAttribute('lang')).toBe('en');

  mockOffline = false;
  fireEvent.click(retry);
  expect(await screen.findByText(en.appSubtitle)).toBeTruthy();
  expect(screen.queryByText(sv.appSubtitle)).toBeNull();
  expect(screen.queryByText(ENGLISH_UNAVAILABLE.message)).toBeNull();

  // English is at hand now: switching back and forth needs no load, and shows each language at once.
  rerender(<App host={hostContext('sv')} />);
  expect(screen.getByText(sv.appSubtitle)).toBeTruthy();
  rerender(<App host={hostContext('en')} />);
  expect(screen.getByText(en.appSubtitle)).toBeTruthy();
});
