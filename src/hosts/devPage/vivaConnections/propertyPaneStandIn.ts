/**
 * A stand-in for @microsoft/sp-property-pane, which (like the card base class, see aceStandIn.ts) needs
 * SharePoint-served modules: its field factories return the descriptors SPFx's own do.
 */
export function PropertyPaneTextField(targetProperty: string, properties: object): object {
  return { type: 'TextField', targetProperty, properties };
}
