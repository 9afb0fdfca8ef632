/**
 * The one localisation: texts, plurals, dates and numbers for a host's locale, whatever table of texts a
 * component ships (the app's, or the card's part of it). Free of React and of any table, so that the Viva
 * Connections card uses it without loading React or the app's texts.
 */
import { isIsoDate } from '../../domain/dates';
import { format, Language, languageFromLocale, LocalizedText, pick, pickedLanguage } from '../../domain/language';

/** The locale used when the host gives none, or one the browser does not know. */
const FALLBACK_LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Everything language- and locale-dependent that the interface needs. */
export interface Localization<S> {
  language: Language;
  /** BCP 47 locale for dates and numbers, e.g. sv-SE or en-US. */
  locale: string;
  strings: S;
  /** Fills `{name}` placeholders; numbers are written in the locale. */
  fill(template: string, params?: Record<string, string | number>): string;
  /** Picks the singular or plural template by the locale's plural rules; `{count}` is filled in. */
  plural(count: number, one: string, other: string): string;
  /** A date (yyyy-mm-dd) or timestamp as the locale writes a date; anything else is shown as it is. */
  formatDate(value: string): string;
  /** A timestamp as a short day, month and time (who ticked when); anything else is shown as it is. */
  formatDateTime(value: string): string;
  formatNumber(value: number): string;
  /** Editor-maintained text in the interface language. */
  text(value: LocalizedText): string;
  /**
   * The `lang` attribute for content shown in a language other than the interface's: a text kept in both
   * languages whose English is missing, or content kept in Swedish only ('sv': updates, programme names).
   * Undefined when the content is in the interface language.
   */
  langOf(value: LocalizedText | 'sv'): Language | undefined;
}

function supportedLocale(locale: string | undefined, language: Language): string {
  if (locale === undefined || locale.trim() === '') return FALLBACK_LOCALE[language];
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : FALLBACK_LOCALE[language];
  } catch {
    // A malformed tag such as "sv_SE" throws; the page still has to render.
    return FALLBACK_LOCALE[language];
  }
}

function toDate(value: string): Date | undefined {
  if (isIsoDate(value)) {
    // A calendar date, not a moment: build it in local time so it never shifts a day.
    const [year, month, day] = value.split('-').map(Number);
    return new Date(year, month - 1, day);
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The localization for a host's locale with the given texts: English for en-*, Swedish for everything else. */
export function localize<S>(tables: Readonly<Record<Language, S>>, hostLocale: string | undefined): Localization<S> {
  const language = languageFromLocale(hostLocale);
  return localizeIn(language, tables[language], hostLocale);
}

/** The localization in a language with its texts, dates and numbers written as the host's locale writes them. */
export function localizeIn<S>(language: Language, strings: S, hostLocale: string | undefined): Localization<S> {
  const locale = supportedLocale(hostLocale, language);
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' });
  const dateTimes = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const pluralRules = new Intl.PluralRules(locale);
  const fill = (template: string, params: Record<string, string | number> = {}): string =>
    format(
      template,
      Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? numbers.format(value) : value]))
    );
  return {
    language,
    locale,
    strings,
    fill,
    plural: (count, one, other) => fill(pluralRules.select(count) === 'one' ? one : other, { count }),
    formatDate: (value) => {
      const date = toDate(value);
      return date ? dates.format(date) : value;
    },
    formatDateTime: (value) => {
      const time = Date.parse(value);
      return Number.isNaN(time) ? value : dateTimes.format(new Date(time));
    },
    formatNumber: (value) => numbers.format(value),
    text: (value) => pick(value, language),
    langOf: (value) => {
      const shown = value === 'sv' ? 'sv' : pickedLanguage(value, language);
      return shown === language ? undefined : shown;
    }
  };
}
