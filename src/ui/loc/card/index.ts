/** The Viva Connections card's localisation: only the card's texts, so that its bundle stays small. */
import { localize, Localization } from '../localize';
import { cardOwnEn, sharedWithAppEn } from './en';
import { cardOwnSv, CardStrings, SharedWithAppStrings, sharedWithAppSv } from './sv';

export type { CardStrings, SharedWithAppStrings };
export type CardLocalization = Localization<CardStrings>;

// Put together here, where only the card looks: the web part's bundle carries only the shared texts.
const CARD_STRINGS = { sv: { ...sharedWithAppSv, ...cardOwnSv }, en: { ...sharedWithAppEn, ...cardOwnEn } };

export function cardLocalizationFor(hostLocale: string | undefined): CardLocalization {
  return localize(CARD_STRINGS, hostLocale);
}
