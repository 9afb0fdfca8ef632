/** The two interface languages. Swedish is the default everywhere. */
export type Language = 'sv' | 'en';

export const DEFAULT_LANGUAGE: Language = 'sv';

/** A text kept in both languages, as editors maintain it. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** Picks the text for a language, falling back to Swedish when the English text is still missing. */
export function pick(text: LocalizedText, language: Language): string {
  return (language === 'en' && text.en.trim() !== '' ? text.en : text.sv) || text.en;
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
