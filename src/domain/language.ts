/** The two interface languages. Swedish is the default everywhere. */
export type Language = 'sv' | 'en';

export const DEFAULT_LANGUAGE: Language = 'sv';

/**
 * Swedish alphabetical order (å, ä and ö after z), for names and titles whatever the interface language:
 * the content is Swedish. The one way the app sorts text.
 */
const SWEDISH = new Intl.Collator('sv');

export function compareSwedish(a: string, b: string): number {
  return SWEDISH.compare(a, b);
}

/** A text kept in both languages, as editors maintain it. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** Picks the text for a language, falling back to Swedish when the English text is still missing. */
export function pick(text: LocalizedText, language: Language): string {
  return (language === 'en' && text.en.trim() !== '' ? text.en : text.sv) || text.en;
}

/** The language of the text that `pick` returns, so that content shown in the other language can say so (WCAG 3.1.2). */
export function pickedLanguage(text: LocalizedText, language: Language): Language {
  if (language === 'en' && text.en.trim() !== '') return 'en';
  return text.sv ? 'sv' : 'en';
}

/** Maps a locale such as "sv-SE", "en-us" or "en" to a supported language; anything else gets Swedish. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale !== undefined && locale.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANGUAGE;
}

/** Fills `{name}` placeholders in a template. Unknown placeholders are left as they are, so a missing value is visible. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}
