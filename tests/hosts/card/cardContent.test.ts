/**
 * The card's words from its data: on a demo site the card view and the quick view say "Exempeldata" before
 * their figures; on a real site neither does.
 */
import type { CardData } from '../../../src/app/card/loadCardData';
import { cardText, quickViewData } from '../../../src/hosts/card/cardContent';
import { cardLocalizationFor } from '../../../src/ui/loc/card';

const DATA: CardData = { period: 2026, newUpdates: 0, latestUpdates: [], skippedRows: 0, exampleData: false };

describe.each(['sv-SE', 'en-US'])('in %s', (culture) => {
  const localization = cardLocalizationFor(culture);
  const { strings } = localization;

  test('a real site: no mark in the card view or the quick view', () => {
    expect(cardText({ status: 'ready', data: DATA }, 'https://site', localization).body).toBe(strings.updatesEmpty);
    expect(quickViewData(DATA, 'https://page', localization).exampleData).toBe('');
  });

  test('a demo site: both say so first', () => {
    const demo = { ...DATA, exampleData: true };
    expect(cardText({ status: 'ready', data: demo }, 'https://site', localization).body).toBe(`${strings.exampleDataTitle}: ${strings.updatesEmpty}`);
    expect(quickViewData(demo, 'https://page', localization).exampleData).toBe(strings.exampleDataTitle);
  });
});
