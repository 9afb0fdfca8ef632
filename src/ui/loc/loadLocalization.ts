/**
 * The app's localisation for a host's locale. Swedish, the default, is in the initial script; English is a chunk
 * of its own (mr-strings-en), loaded the first time a host asks for it, so that a Swedish page never carries it.
 */
import { Language, languageFromLocale } from '../../domain/language';
import { localizeIn, Localization as LocalizationOf } from './localize';
import { Strings, sv } from './sv';

export type Localization = LocalizationOf<Strings>;

/** A language's texts, for code that words things in a given language (a row problem, an export). */
export type LanguageTexts = Pick<Localization, 'language' | 'strings'>;

/** What a load gives: the localization to show, and whether that is Swedish because English could not load. */
export interface LocalizationLoad {
  localization: Localization;
  /** English was asked for, but its texts could not be loaded (offline, a missing file): the app is in Swedish. */
  englishUnavailable: boolean;
}

/**
 * Said in English when English was asked for and could not load: it cannot come from the English table,
 * and the person asked for English, so it is not in Swedish either.
 */
export const ENGLISH_UNAVAILABLE = {
  message: 'The English texts could not be loaded, so MR-programmet is shown in Swedish.',
  retry: 'Try English again'
} as const;

/** Swedish: the default before a host says anything, and for texts written in Swedish whatever the interface language. */
export const SWEDISH: Localization = localizeIn('sv', sv, 'sv-SE');

const tables: Partial<Record<Language, Strings>> = { sv };
// One localization per locale, so that a component given the same locale again gets the same object.
const localizations = new Map<string, Localization>([['sv-SE', SWEDISH]]);

/** The localization for a host's locale if its texts are at hand without loading: Swedish always, English once loaded. */
export function loadedLocalization(hostLocale: string | undefined): Localization | undefined {
  const key = hostLocale ?? '';
  const known = localizations.get(key);
  if (known) return known;
  const language = languageFromLocale(hostLocale);
  const strings = tables[language];
  if (strings === undefined) return undefined;
  const localization = localizeIn(language, strings, hostLocale);
  localizations.set(key, localization);
  return localization;
}

/**
 * The localization for a host's locale: English for en-*, Swedish for everything else. Swedish is at hand at once;
 * English loads once per page. If English cannot load, the outcome is Swedish, said so (`englishUnavailable`), and
 * the next call tries again.
 */
export function loadLocalization(hostLocale: string | undefined): Promise<LocalizationLoad> {
  const atHand = loadedLocalization(hostLocale);
  if (atHand) return Promise.resolve({ localization: atHand, englishUnavailable: false });
  return import(/* webpackChunkName: 'mr-strings-en' */ './en').then(
    ({ en }) => {
      tables.en = en;
      return { localization: loadedLocalization(hostLocale) ?? SWEDISH, englishUnavailable: false };
    },
    () => ({ localization: SWEDISH, englishUnavailable: true })
  );
}
