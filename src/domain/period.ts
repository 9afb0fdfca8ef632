/**
 * A follow-up period is a calendar year: the city follows the programme up in the ordinary
 * yearly follow-up and reports to the city council every second year.
 */
export type Period = number;

export const FIRST_PERIOD: Period = 2025;

export function periodOf(date: Date): Period {
  return date.getFullYear();
}

export function previousPeriod(period: Period): Period {
  return period - 1;
}

/** The city executive office reports to the city council every second year. */
export const REPORT_CYCLE_YEARS = 2;

/** The period a report compares with by default: the one of the previous report, two years before. */
export function previousReportPeriod(period: Period): Period {
  return period - REPORT_CYCLE_YEARS;
}

/** The range of years a period may name; anything outside is a typing error. */
export const MIN_PERIOD: Period = 2000;
export const MAX_PERIOD: Period = 2100;

export function isValidPeriod(value: unknown): value is Period {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_PERIOD && value <= MAX_PERIOD;
}

/** The periods from the first programme year up to and including `current`, newest first. */
export function periodsUpTo(current: Period): Period[] {
  const periods: Period[] = [];
  for (let p = current; p >= FIRST_PERIOD; p--) periods.push(p);
  return periods;
}
