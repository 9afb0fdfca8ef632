export { ENGLISH_UNAVAILABLE, loadedLocalization, loadLocalization, LocalizationProvider, SWEDISH, useHostLocalization, useLocalization } from './localization';
export type { HostLocalization, LanguageTexts, Localization, LocalizationLoad } from './localization';
export type { Strings } from './sv';
