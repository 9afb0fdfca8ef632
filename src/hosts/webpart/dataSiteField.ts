import { IPropertyPaneField, IPropertyPaneTextFieldProps, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { Strings } from '../../ui/loc';
import { isUsableDataSiteUrl } from './dataSiteUrl';

/** The property pane's data site field, validated as typed; the web part and the card both offer it. */
export function dataSiteUrlField(strings: Strings, pageSiteUrl: string): IPropertyPaneField<IPropertyPaneTextFieldProps> {
  return PropertyPaneTextField('dataSiteUrl', {
    label: strings.propertyDataSiteUrl,
    description: strings.propertyDataSiteUrlDescription,
    placeholder: pageSiteUrl,
    onGetErrorMessage: (value: string) => (isUsableDataSiteUrl(value) ? '' : strings.propertyDataSiteUrlInvalid),
    deferredValidationTime: 500
  });
}
