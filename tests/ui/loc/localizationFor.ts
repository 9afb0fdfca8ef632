/**
 * The tests' way to a localization in either language at once: both tables side by side, without the app's
 * on-demand load of English (src/ui/loc/loadLocalization.ts), which the loading tests cover on their own.
 */
import { localize } from '../../../src/ui/loc/localize';
import { en } from '../../../src/ui/loc/en';
import { sv } from '../../../src/ui/loc/sv';
import type { Localization } from '../../../src/ui/loc';

export function localizationFor(hostLocale: string | undefined): Localization {
  return localize({ sv, en }, hostLocale);
}
