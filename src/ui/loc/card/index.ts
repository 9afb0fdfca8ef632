/** The Viva Connections card's localisation: only the card's texts, so that its bundle stays small. */
import { localize, Localization } from '../localize';
import { cardEn } from './en';
import { cardSv, CardStrings } from './sv';

export type { CardStrings };
export type CardLocalization = Localization<CardStrings>;

const CARD_STRINGS = { sv: cardSv, en: cardEn };

export function cardLocalizationFor(hostLocale: string | undefined): CardLocalization {
  return localize(CARD_STRINGS, hostLocale);
}
