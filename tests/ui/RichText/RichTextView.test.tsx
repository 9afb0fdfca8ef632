/** @jest-environment jsdom */
import * as React from 'react';
import { render } from '@testing-library/react';
import { RichTextView, RichTextViewStrings } from '../../../src/ui/RichText';
import { expectNoActiveContent, provokeEveryHandler } from '../../fixtures/activeContent';
import { HOSTILE_INPUTS, HOSTILE_SCRIPT } from '../../fixtures/hostileInputs';
import { watchHostileWindow } from '../../fixtures/hostileWindow';

const SWEDISH: RichTextViewStrings = { opensInNewWindow: 'Öppnas i ett nytt fönster' };
const ENGLISH: RichTextViewStrings = { opensInNewWindow: 'Opens in a new window' };

const watch = watchHostileWindow();

describe('the script watch', () => {
  it('notices a payload that runs', () => {
    // Guards the corpus test below: in this environment an inline handler really runs when provoked.
    const unsafe = document.createElement('div');
    unsafe.innerHTML = `<p onmouseover="${HOSTILE_SCRIPT}">x</p>`;
    document.body.appendChild(unsafe);

    provokeEveryHandler(unsafe);

    expect(watch.flag()).toBe(true);
    expect(watch.alert()).toHaveBeenCalled();
    unsafe.remove();
  });
});

describe('RichTextView with the hostile corpus', () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name, input.html]))('%s: renders inert content and runs nothing', (_name, html) => {
    const { container } = render(<RichTextView html={html} strings={SWEDISH} />);

    provokeEveryHandler(container);

    expectNoActiveContent(container);
    expect(watch.flag()).toBeUndefined();
    expect(watch.alert()).not.toHaveBeenCalled();
  });
});

describe('RichTextView', () => {
  it('renders headings, lists and emphasis', () => {
    const { container } = render(
      <RichTextView html="<h2>Mål</h2><ul><li><strong>Ett</strong></li><li><em>Två</em></li></ul>" strings={SWEDISH} />
    );

    expect(container.querySelector('h2')?.textContent).toBe('Mål');
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    expect(container.querySelector('li strong')?.textContent).toBe('Ett');
  });

  it.each([
    ['Swedish', SWEDISH],
    ['English', ENGLISH]
  ])('opens links safely in a new window and says so (%s)', (_language, strings) => {
    const { getByRole } = render(
      <RichTextView html='<p>Läs <a href="https://start.stockholm/mr">programmet</a>.</p>' strings={strings} />
    );

    const link = getByRole('link', { name: 'programmet' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const hint = document.getElementById(link.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(strings.opensInNewWindow);
    expect(hint?.hidden).toBe(true);
  });

  it('describes the links of new content after a re-render', () => {
    const { getByRole, rerender } = render(<RichTextView html="<p>Ingen länk</p>" strings={SWEDISH} />);

    rerender(<RichTextView html='<a href="mailto:mr@stockholm.se">Skriv till oss</a>' strings={SWEDISH} />);

    expect(getByRole('link', { name: 'Skriv till oss' }).getAttribute('aria-describedby')).toBeTruthy();
  });
});
