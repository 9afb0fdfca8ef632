/**
 * The follow-up's selection in its link: the route's item (`?mrView=followUp&mrFilter=…`, or `followUp/…` in Teams),
 * so a copied link opens the same periods and units. Segments joined by `-`: `p2026` the period, `c2023` a comparison
 * other than the previous report's, `t` and the unit types joined by `_` when not all are included, `u12` the part of
 * the city. Nothing is written for the defaults; a segment that does not read is left out, and its default applies.
 */
import { isValidPeriod, Period, previousReportPeriod } from '../../domain/period';
import { isUnitType, UNIT_TYPES, UnitType } from '../../domain/unit';

export interface FollowUpSelection {
  period: Period;
  comparedWith: Period;
  types: readonly UnitType[];
  parentId?: number;
}

export function followUpLinkItem(selection: FollowUpSelection, currentPeriod: Period): string | undefined {
  const segments: string[] = [];
  if (selection.period !== currentPeriod) segments.push(`p${selection.period}`);
  if (selection.comparedWith !== previousReportPeriod(selection.period)) segments.push(`c${selection.comparedWith}`);
  if (UNIT_TYPES.some((type) => !selection.types.includes(type))) segments.push(`t${UNIT_TYPES.filter((type) => selection.types.includes(type)).join('_')}`);
  if (selection.parentId !== undefined) segments.push(`u${selection.parentId}`);
  return segments.length === 0 ? undefined : segments.join('-');
}

/** The selection a link names, over the defaults (the current period, the previous report's, every type, the whole city). */
export function followUpSelectionOf(item: string | undefined, currentPeriod: Period): FollowUpSelection {
  const read = (prefix: string): string | undefined => item?.split('-').find((segment) => segment.startsWith(prefix))?.slice(1);
  const period = Number(read('p'));
  const chosenPeriod = isValidPeriod(period) ? period : currentPeriod;
  const comparedWith = Number(read('c'));
  const types = read('t')?.split('_').filter(isUnitType);
  const parentId = Number(read('u'));
  return {
    period: chosenPeriod,
    comparedWith: isValidPeriod(comparedWith) && comparedWith < chosenPeriod ? comparedWith : previousReportPeriod(chosenPeriod),
    types: types !== undefined && types.length > 0 ? types : [...UNIT_TYPES],
    parentId: Number.isInteger(parentId) && parentId > 0 ? parentId : undefined
  };
}
