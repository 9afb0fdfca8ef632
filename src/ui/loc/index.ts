export { localizationFor, LocalizationProvider, useLocalization } from './localization';
export type { Localization } from './localization';
export type { Strings } from './sv';
