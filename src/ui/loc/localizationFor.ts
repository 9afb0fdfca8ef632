/** The app's localisation: its whole table of texts (sv.ts, en.ts). The app reads it through LocalizationProvider. */
import { en } from './en';
import { localize, Localization as LocalizationOf } from './localize';
import { Strings, sv } from './sv';

export type Localization = LocalizationOf<Strings>;

const STRINGS = { sv, en };

/** The app's localization for a host's locale: English for en-*, Swedish for everything else. */
export function localizationFor(hostLocale: string | undefined): Localization {
  return localize(STRINGS, hostLocale);
}
