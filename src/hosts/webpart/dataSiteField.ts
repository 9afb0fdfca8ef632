import { IPropertyPaneField, IPropertyPaneGroup, IPropertyPaneTextFieldProps, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { SharedWithAppStrings } from '../../ui/loc/card';
import { isUsableDataSiteUrl } from './dataSiteUrl';

/** The property pane's data site field, validated as typed; the web part and the card both offer it. */
export function dataSiteUrlField(strings: SharedWithAppStrings, pageSiteUrl: string): IPropertyPaneField<IPropertyPaneTextFieldProps> {
  return PropertyPaneTextField('dataSiteUrl', {
    label: strings.propertyDataSiteUrl,
    description: strings.propertyDataSiteUrlDescription,
    placeholder: pageSiteUrl,
    onGetErrorMessage: (value: string) => (isUsableDataSiteUrl(value) ? '' : strings.propertyDataSiteUrlInvalid),
    deferredValidationTime: 500
  });
}

/** The property pane's data group: the data site first, then what else the component asks for there. */
export function dataPropertyGroup(strings: SharedWithAppStrings, pageSiteUrl: string, ...fields: IPropertyPaneField<unknown>[]): IPropertyPaneGroup {
  return { groupName: strings.propertyGroupData, groupFields: [dataSiteUrlField(strings, pageSiteUrl), ...fields] };
}
