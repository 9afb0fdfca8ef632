import * as React from 'react';
import { loadedLocalization, loadLocalization, Localization, LocalizationLoad, SWEDISH } from './loadLocalization';

export { ENGLISH_UNAVAILABLE, loadedLocalization, loadLocalization, SWEDISH } from './loadLocalization';
export type { LanguageTexts, Localization, LocalizationLoad } from './loadLocalization';

const LocalizationContext = React.createContext<Localization>(SWEDISH);

export const LocalizationProvider = LocalizationContext.Provider;

export function useLocalization(): Localization {
  return React.useContext(LocalizationContext);
}

/** The localization a host's locale asks for, as a component sees it while English may still be loading. */
export interface HostLocalization {
  /**
   * The locale's localization once its texts are at hand. While another language loads, the one shown before
   * (never a mix of the two); undefined only while the first language loads, when there is nothing to show.
   */
  localization: Localization | undefined;
  /** English could not load: `localization` is Swedish. */
  englishUnavailable: boolean;
  /** Tries to load English again after it failed. */
  retry: () => void;
}

/** The localization for a host's locale, loading English on demand; the locale may change while the component runs. */
export function useHostLocalization(hostLocale: string | undefined): HostLocalization {
  const [failedLoad, setFailedLoad] = React.useState<LocalizationLoad>();
  const [attempt, setAttempt] = React.useState(0);
  const [, setLoaded] = React.useState(0);
  const atHand = loadedLocalization(hostLocale);
  // What was shown last, so that while another language loads the screen keeps one language, whole.
  const shown = React.useRef(atHand);
  React.useEffect(() => {
    if (atHand) shown.current = atHand;
  });
  React.useEffect(() => {
    if (loadedLocalization(hostLocale)) return undefined;
    // A locale replaced before its texts arrived: the late answer is not this locale's.
    let current = true;
    // Never rejects: a failed load of English is an outcome (Swedish, said so), not an error.
    void loadLocalization(hostLocale).then((load) => {
      if (!current) return;
      if (load.englishUnavailable) setFailedLoad(load);
      else setLoaded((count) => count + 1);
    });
    return () => {
      current = false;
    };
  }, [hostLocale, attempt]);
  const retry = React.useCallback(() => setAttempt((count) => count + 1), []);
  if (atHand) return { localization: atHand, englishUnavailable: false, retry };
  if (failedLoad) return { ...failedLoad, retry };
  return { localization: shown.current, englishUnavailable: false, retry };
}
