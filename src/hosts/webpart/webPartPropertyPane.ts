/**
 * The web part's settings: the data site, the unit, the first view and the period. Loaded only when an
 * editor opens the property pane (loadPropertyPaneResources), so that no reader's page loads it.
 */
import { IPropertyPaneConfiguration, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import { periodOf, periodsUpTo } from '../../domain/period';
import type { Unit } from '../../domain/unit';
import type { Localization, ViewKey } from '../../ui';
import { unitsInOrder, unitWithPath } from '../../ui/shared/UnitPicker/unitHierarchy';
import { dataPropertyGroup } from './dataSiteField';

/** The units the unit field offers, as far as they have loaded. */
export type UnitChoices = { status: 'loading' } | { status: 'loaded'; units: readonly Unit[] } | { status: 'failed'; message: string };

export interface WebPartSettings {
  unitId: number;
  defaultView: ViewKey;
  period: number;
}

export function webPartPropertyPane(
  { strings, fill }: Localization,
  pageSiteUrl: string,
  settings: WebPartSettings,
  units: UnitChoices
): IPropertyPaneConfiguration {
  // Editing content is for editors only, so it is no page's first view.
  const viewLabel: Record<Exclude<ViewKey, 'content'>, string> = {
    overview: strings.viewOverview,
    plans: strings.viewPlans,
    staircase: strings.viewStaircase,
    updates: strings.viewUpdates,
    followUp: strings.viewFollowUp
  };
  const currentYear = periodOf(new Date());
  const firstUnitOption =
    units.status === 'loading'
      ? strings.propertyUnitsLoading
      : units.status === 'failed'
        ? fill(strings.propertyUnitsFailed, { message: units.message })
        : strings.propertyUnitNone;
  // The organisation's order (Swedish collation), each unit with what it belongs to, as the app's unit picker lists them.
  const unitOptions = units.status === 'loaded' ? unitsInOrder(units.units).map((entry) => ({ key: entry.unit.id, text: unitWithPath(entry) })) : [];
  return {
    pages: [
      {
        header: { description: strings.propertyPaneDescription },
        groups: [
          dataPropertyGroup(
            strings,
            pageSiteUrl,
            PropertyPaneDropdown('unitId', {
              label: strings.propertyUnit,
              disabled: units.status !== 'loaded',
              selectedKey: settings.unitId,
              options: [{ key: 0, text: firstUnitOption }, ...unitOptions]
            })
          ),
          {
            groupName: strings.propertyGroupDisplay,
            groupFields: [
              PropertyPaneDropdown('defaultView', {
                label: strings.propertyDefaultView,
                selectedKey: settings.defaultView,
                options: (Object.keys(viewLabel) as (keyof typeof viewLabel)[]).map((view) => ({ key: view, text: viewLabel[view] }))
              }),
              PropertyPaneDropdown('period', {
                label: strings.propertyPeriod,
                selectedKey: settings.period,
                options: [
                  { key: 0, text: fill(strings.propertyPeriodCurrent, { year: String(currentYear) }) },
                  ...periodsUpTo(currentYear).map((period) => ({ key: period, text: String(period) }))
                ]
              })
            ]
          }
        ]
      }
    ]
  };
}
