import * as React from 'react';
import { Localization, localizationFor } from './localizationFor';

export { localizationFor } from './localizationFor';
export type { Localization } from './localizationFor';

const LocalizationContext = React.createContext<Localization>(localizationFor(undefined));

export const LocalizationProvider = LocalizationContext.Provider;

export function useLocalization(): Localization {
  return React.useContext(LocalizationContext);
}
