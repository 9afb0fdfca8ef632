/**
 * The card's settings: where the lists are and which page the links open. Loaded only when an editor opens
 * the property pane (loadPropertyPaneResources), so the dashboard never loads it for people who read the card.
 */
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { CardStrings } from '../../ui/loc/card';
import { dataPropertyGroup } from '../webpart/dataSiteField';
import { isUsableDataSiteUrl } from '../webpart/dataSiteUrl';

export function cardPropertyPane(strings: CardStrings, pageSiteUrl: string): IPropertyPaneConfiguration {
  const appPage = PropertyPaneTextField('appPageUrl', {
    label: strings.cardPropertyAppPageUrl,
    description: strings.cardPropertyAppPageUrlDescription,
    onGetErrorMessage: (value: string) => (isUsableDataSiteUrl(value) ? '' : strings.propertyDataSiteUrlInvalid),
    deferredValidationTime: 500
  });
  return { pages: [{ header: { description: strings.propertyPaneDescription }, groups: [dataPropertyGroup(strings, pageSiteUrl, appPage)] }] };
}
