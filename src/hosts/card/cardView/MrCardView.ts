import {
  BaseComponentsCardView,
  ComponentsCardViewParameters,
  IActionArguments,
  ICardButtonConfiguration,
  IQuickViewCardAction,
  PrimaryTextCardView
} from '@microsoft/sp-adaptive-card-extension-base';
import { cardLocalizationFor } from '../../../ui/loc/card';
import { cardText } from '../cardContent';
import { CardState, MrCardProperties, QUICK_VIEW_ID, RETRY_ACTION } from '../cardState';
import { deepLink } from '../deepLinks';

/** What the card view needs from the extension beyond state and properties. */
export interface CardViewHost {
  /** The data site as people know it, named in messages. */
  readonly siteUrl: string;
  retry(): void;
}

/**
 * The card view: "Din enhet: nivå 3 av 6 · 12 kvar att göra · 1 ny uppdatering" (or the goal and the
 * latest update for someone with no unit); the unit and period in the large size. Selecting the card
 * opens the quick view; the large size also links into the app. Cached, so the next load shows it at once.
 */
export class MrCardView extends BaseComponentsCardView<MrCardProperties, CardState, ComponentsCardViewParameters> {
  public constructor(private readonly host: CardViewHost) {
    super();
  }

  /** Only loaded data is worth showing again before the next load; a loading or failed card is not. */
  public get isCacheEnabled(): boolean {
    return this.state.status === 'ready';
  }

  public get cardViewParameters(): ComponentsCardViewParameters {
    const localization = cardLocalizationFor(this.context.pageContext.cultureInfo.currentUICultureName);
    const { strings } = localization;
    const content = cardText(this.state, this.host.siteUrl, localization);
    const buttons: ICardButtonConfiguration[] = [];
    if (content.canShowMore) buttons.push({ componentName: 'cardButton', title: strings.cardShowMore, action: this.openQuickView });
    if (content.canShowMore && this.cardSize === 'Large') {
      const app = deepLink(this.properties.appPageUrl, { view: 'overview' });
      buttons.push({ componentName: 'cardButton', title: strings.cardOpenApp, action: { type: 'ExternalLink', parameters: { target: app.url, isTeamsDeepLink: app.isTeamsDeepLink } } });
    }
    if (content.canRetry) buttons.push({ componentName: 'cardButton', title: strings.retry, action: { type: 'Submit', parameters: { id: RETRY_ACTION } } });
    return PrimaryTextCardView({
      cardBar: { componentName: 'cardBar', title: strings.appTitle },
      header: { componentName: 'text', text: content.header },
      body: { componentName: 'text', text: content.body },
      footer: buttons.length === 0 ? undefined : buttons.length === 1 ? buttons[0] : [buttons[0], buttons[1]]
    });
  }

  public get onCardSelection(): IQuickViewCardAction | undefined {
    return this.state.status === 'ready' ? this.openQuickView : undefined;
  }

  public onAction(action: IActionArguments): void {
    if (action.type === 'Submit' && (action.data as { id?: string } | undefined)?.id === RETRY_ACTION) this.host.retry();
  }

  private get openQuickView(): IQuickViewCardAction {
    return { type: 'QuickView', parameters: { view: QUICK_VIEW_ID } };
  }
}
