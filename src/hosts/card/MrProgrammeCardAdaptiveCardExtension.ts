import { BaseAdaptiveCardExtension } from '@microsoft/sp-adaptive-card-extension-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { SPFx } from '@pnp/sp';
import { CardData, loadCardData } from '../../app/card/loadCardData';
import { errorKind } from '../../app/failures';
import { updateVisits } from '../../app/updates/visits';
import { browserStorage } from '../browserPorts';
import { SpCardRepository } from '../../data/repositories/SpCardRepository';
import { createSp } from '../../data/sp';
import { periodOf } from '../../domain/period';
import { cardLocalizationFor } from '../../ui/loc/card';
import { effectiveDataSiteUrl } from '../webpart/dataSiteUrl';
import { CARD_VIEW_ID, CardState, MrCardProperties, QUICK_VIEW_ID } from './cardState';
import { MrCardView } from './cardView/MrCardView';
import { MrQuickView } from './quickView/MrQuickView';

/** What SharePoint hands back from the card's cache (see getCachedState): the state the card last showed. */
interface CachedLoad {
  state?: Partial<CardState>;
}

/** A day: the programme's figures change over days, and every load refreshes them anyway. */
const CACHE_SECONDS = 24 * 60 * 60;

/**
 * MR-programmet as a Viva Connections card. The card shows the person's unit at a glance and opens a quick
 * view with the details; it loads everything in one batched request once it knows the unit (remembered in
 * the card's cache from the last load), and SharePoint shows the cached card view while it does.
 */
export default class MrProgrammeCardAdaptiveCardExtension extends BaseAdaptiveCardExtension<MrCardProperties, CardState> {
  private propertyPane?: typeof import('./cardPropertyPane');

  public onInit(cached?: CachedLoad): Promise<void> {
    const cachedData = cached?.state?.status === 'ready' ? (cached.state as { data: CardData }).data : undefined;
    this.state = cachedData ? { status: 'ready', data: cachedData } : { status: 'loading' };
    this.cardNavigator.register(CARD_VIEW_ID, () => new MrCardView({ siteUrl: this.siteUrl, retry: () => this.refresh() }));
    this.quickViewNavigator.register(QUICK_VIEW_ID, () => new MrQuickView());
    // Not awaited: the card (cached or "loading") shows at once and renders again when the data arrives.
    void this.refresh(cachedData?.unit?.id);
    return Promise.resolve();
  }

  protected renderCard(): string | undefined {
    return CARD_VIEW_ID;
  }

  /** SharePoint's card cache: on (the default) for a day, explicitly. */
  protected getCacheSettings(): { isEnabled: boolean; expiryTimeInSeconds: number } {
    return { isEnabled: true, expiryTimeInSeconds: CACHE_SECONDS };
  }

  /** What the cache keeps: the loaded data, so the next load renders it and knows the unit (one request). */
  protected getCachedState(state: CardState): Partial<CardState> {
    return state.status === 'ready' ? state : {};
  }

  /** The configured data site; the dashboard's own site while none (or an unusable one) is set. */
  public get siteUrl(): string {
    return effectiveDataSiteUrl(this.properties.dataSiteUrl, this.context.pageContext.web.absoluteUrl);
  }

  /** Loads the card's data again; the card view says "loading" only when it has nothing to show yet. */
  public async refresh(knownUnitId?: number): Promise<void> {
    const siteUrl = this.siteUrl;
    try {
      const data = await loadCardData(
        {
          repository: new SpCardRepository(createSp({ siteUrl, behavior: SPFx(this.context) })),
          lastVisit: updateVisits(browserStorage(), siteUrl).last
        },
        { period: periodOf(new Date()), now: new Date(), knownUnitId: knownUnitId ?? this.knownUnitId }
      );
      this.setState({ status: 'ready', data });
    } catch (error) {
      this.setState({ status: 'failed', kind: errorKind(error), message: error instanceof Error ? error.message : String(error) });
    }
  }

  private get knownUnitId(): number | undefined {
    return this.state.status === 'ready' ? this.state.data.unit?.id : undefined;
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (oldValue !== newValue && propertyPath === 'dataSiteUrl') void this.refresh();
  }

  /** SPFx asks for the property pane's code first, and for its configuration only once that has loaded. */
  protected loadPropertyPaneResources(): Promise<void> {
    return import(/* webpackChunkName: 'mr-card-property-pane' */ './cardPropertyPane').then((propertyPane) => {
      this.propertyPane = propertyPane;
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const { strings } = cardLocalizationFor(this.context.pageContext.cultureInfo.currentUICultureName);
    if (!this.propertyPane) throw new Error('The property pane was asked for before loadPropertyPaneResources resolved.');
    return this.propertyPane.cardPropertyPane(strings, this.context.pageContext.web.absoluteUrl);
  }
}
