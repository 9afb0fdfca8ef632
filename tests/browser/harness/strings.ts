/**
 * The interface texts the tests find elements by (roles and accessible names), from the product's own string
 * tables, so that a reworded text does not break a journey. A text that does not exist fails loudly with its
 * key, instead of matching nothing.
 */
import type { LocalizedText } from '../../../src/domain/language';
import { localizationFor } from '../../ui/loc/localizationFor';
import { cardLocalizationFor } from '../../../src/ui/loc/card';
import type { DevPageLanguage as Language } from '../../../src/hosts/devPage/devPageOptions';

export type UiStrings = Readonly<Record<string, string>>;

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export interface Ui {
  strings: UiStrings;
  /** Fills `{name}` placeholders as the app does. */
  fill(template: string, params: Record<string, string | number>): string;
  /** Editor-maintained text (a plan's title, an item's) in this language. */
  text(value: LocalizedText): string;
}

export function ui(lang: Language): Ui {
  const localization = localizationFor(LOCALES[lang]);
  // The app's texts and the Viva card's own (which the app's table leaves to the card's).
  const table: Record<string, unknown> = { ...cardLocalizationFor(LOCALES[lang]).strings, ...localization.strings };
  const strings = new Proxy(table, {
    get(target, key) {
      const value = typeof key === 'string' ? target[key] : undefined;
      if (typeof value !== 'string') throw new Error(`The interface text "${String(key)}" does not exist in src/ui/loc/${lang}.ts nor src/ui/loc/card/${lang}.ts.`);
      return value;
    }
  }) as UiStrings;
  return { strings, fill: (template, params) => localization.fill(template, params), text: (value) => localization.text(value) };
}

export function uiStrings(lang: Language): UiStrings {
  return ui(lang).strings;
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression that matches `text` literally, anywhere. */
export function literally(text: string): RegExp {
  return new RegExp(escapeRegExp(text));
}
