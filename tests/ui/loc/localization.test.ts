import { localizationFor } from './localizationFor';
import { en } from '../../../src/ui/loc/en';
import { sv } from '../../../src/ui/loc/sv';

describe('localizationFor', () => {
  it('speaks English for en-* locales and Swedish for everything else', () => {
    expect(localizationFor('en-US').strings).toBe(en);
    expect(localizationFor('en').language).toBe('en');
    expect(localizationFor('sv-SE').strings).toBe(sv);
    expect(localizationFor('fi-FI').language).toBe('sv');
    expect(localizationFor(undefined).language).toBe('sv');
  });

  it('writes dates and numbers in the user’s locale, not the language’s', () => {
    expect(localizationFor('sv-SE').formatDate('2025-03-12')).toBe('12 mars 2025');
    expect(localizationFor('en-US').formatDate('2025-03-12')).toBe('March 12, 2025');
    expect(localizationFor('en-GB').formatDate('2025-03-12')).toBe('12 March 2025');
    expect(localizationFor('fi-FI').formatDate('2025-03-12')).toBe('12. maaliskuuta 2025');
    expect(localizationFor('sv-SE').formatNumber(1234.5)).toBe('1\u00a0234,5');
    expect(localizationFor('en-GB').formatNumber(1234.5)).toBe('1,234.5');
  });

  it('keeps a calendar date on its day in every time zone', () => {
    expect(localizationFor('en-GB').formatDate('2025-01-01')).toBe('1 January 2025');
  });

  it('shows a value that is no date as it is, rather than "Invalid Date"', () => {
    expect(localizationFor('sv-SE').formatDate('snart')).toBe('snart');
  });

  it('falls back to the language’s own locale for a malformed locale', () => {
    expect(localizationFor('sv_SE').locale).toBe('sv-SE');
    expect(localizationFor('en-').locale).toBe('en-GB');
  });

  it('fills placeholders, numbers in the locale', () => {
    const { fill, plural } = localizationFor('sv-SE');
    expect(fill('{count} rader i {list}', { count: 1200, list: 'MrUnits' })).toBe('1\u00a0200 rader i MrUnits');
    expect(plural(1, sv.rowProblemsOne, sv.rowProblemsOther)).toBe('1 rad kunde inte läsas');
    expect(plural(3, sv.rowProblemsOne, sv.rowProblemsOther)).toBe('3 rader kunde inte läsas');
  });

  it('picks editor texts in the language, falling back to Swedish while English is missing', () => {
    expect(localizationFor('en-GB').text({ sv: 'Mål', en: 'Goal' })).toBe('Goal');
    expect(localizationFor('en-GB').text({ sv: 'Mål', en: '' })).toBe('Mål');
  });

  it('marks content shown in the other language with its own language (WCAG 3.1.2), and nothing else', () => {
    const english = localizationFor('en-GB');
    const swedish = localizationFor('sv-SE');
    expect(english.langOf({ sv: 'Mål', en: 'Goal' })).toBeUndefined();
    expect(english.langOf({ sv: 'Mål', en: ' ' })).toBe('sv');
    expect(english.langOf('sv')).toBe('sv');
    expect(swedish.langOf('sv')).toBeUndefined();
    expect(swedish.langOf({ sv: 'Mål', en: 'Goal' })).toBeUndefined();
    expect(swedish.langOf({ sv: '', en: 'Goal' })).toBe('en');
  });
});
