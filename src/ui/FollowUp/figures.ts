import * as React from 'react';
import { format } from '../../domain/language';
import { Localization, useLocalization } from '../loc';

/** The follow-up's numbers as the locale writes them; changes always carry their sign, so they never need colour. */
export interface Figures {
  /** A share in percent with one decimal: "42,3 %". */
  percent(value: number): string;
  /** A change in percentage points: "+12,5 procentenheter". */
  points(value: number): string;
  /** A change in whole numbers: "+2", "−1", "0". */
  change(value: number): string;
}

/** The figures as a locale writes them: the view's hook and the report draft both use this. */
export function figuresFor({ locale, strings }: Pick<Localization, 'locale' | 'strings'>): Figures {
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signedOneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
  return {
    percent: (value) => format(strings.followUpPercent, { value: oneDecimal.format(value) }),
    points: (value) => format(strings.followUpPoints, { value: signedOneDecimal.format(value) }),
    change: (value) => signed.format(value)
  };
}

export function useFigures(): Figures {
  const { locale, strings } = useLocalization();
  return React.useMemo(() => figuresFor({ locale, strings }), [locale, strings]);
}
