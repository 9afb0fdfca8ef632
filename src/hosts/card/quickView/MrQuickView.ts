import { BaseAdaptiveCardQuickView, ISPFxAdaptiveCard } from '@microsoft/sp-adaptive-card-extension-base';
import { cardLocalizationFor } from '../../../ui/loc/card';
import { quickViewData, QuickViewData } from '../cardContent';
import { CardState, MrCardProperties } from '../cardState';
import template from './template.json';

/**
 * The quick view: the unit's plans and their progress, what the next staircase step still needs, and the
 * latest updates, each a deep link into the app. The template binds to data already in the person's language.
 */
export class MrQuickView extends BaseAdaptiveCardQuickView<MrCardProperties, CardState, QuickViewData | {}> {
  public get data(): QuickViewData | {} {
    if (this.state.status !== 'ready') return {};
    const localization = cardLocalizationFor(this.context.pageContext.cultureInfo.currentUICultureName);
    return quickViewData(this.state.data, this.properties.appPageUrl, localization);
  }

  public get template(): ISPFxAdaptiveCard {
    // The JSON's literal types are wider than the Adaptive Card typings (plain strings for `type`).
    return template as unknown as ISPFxAdaptiveCard;
  }
}
