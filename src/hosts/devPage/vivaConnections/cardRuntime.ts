/**
 * Runs an Adaptive Card Extension as the Viva Connections dashboard does, for the local page and the
 * tests: it creates the extension with a context and properties, hands onInit what the card cache kept,
 * keeps the card cache (getCacheSettings, getCachedState, the card view's isCacheEnabled) in browser
 * storage, and turns the card view's parameters and the quick view's template and data into Adaptive Cards.
 *
 * The dashboard draws a component card view (card bar, header, body, footer buttons) with a layout of its
 * own; here that layout is an Adaptive Card of the same parts, so the card and the quick view are both
 * drawn by the `adaptivecards` renderer. The quick view is the card's own template, expanded with its data
 * by the Adaptive Cards templating engine, as SharePoint expands it.
 */
import { Template } from 'adaptivecards-templating';
import type { CardSize, IActionArguments, ICachedLoadParameters, StandInContext } from './aceStandIn';

/** The extension as its host drives it: the lifecycle methods SPFx's typings keep protected. */
export interface RuntimeExtension {
  context: StandInContext;
  properties: object;
  cardSize: CardSize;
  state: object;
  onRender: () => void;
  onInit(cached?: ICachedLoadParameters): Promise<void>;
  renderCard(): string | undefined;
  getCacheSettings(): { isEnabled?: boolean; expiryTimeInSeconds?: number };
  getCachedState(state: object): object;
  cardNavigator: { push(id: string): void; currentView?: RuntimeCardView };
  quickViewNavigator: { push(id: string): void; close(): void; currentView?: RuntimeQuickView };
}

interface CardButton {
  title: string;
  action: { type: string; parameters: Record<string, unknown> };
}

interface RuntimeCardView {
  cardViewParameters: { cardBar: { title?: string }[]; header: { text: string }[]; body?: { text: string }[]; footer?: CardButton[] };
  isCacheEnabled: boolean;
  onAction(action: IActionArguments): void;
}

interface RuntimeQuickView {
  template: object;
  data: object;
  onAction(action: IActionArguments): void;
}

/** Where the card cache lives: `window.localStorage` on the local page. */
export type CardStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface RunningCard {
  /** The card view as an Adaptive Card; its actions carry the card view's buttons by index. */
  cardView(): object;
  /** The open quick view, its template expanded with its data; undefined while none is open. */
  quickView(): object | undefined;
  /** A card button pressed: opens the quick view, or passes a Submit to the card view. External links are the host's. */
  pressCardButton(index: number): void;
  closeQuickView(): void;
}

export interface CardRuntimeOptions {
  context: StandInContext;
  properties: object;
  cardSize: CardSize;
  /** Where the card cache lives, under `cacheKey`. */
  storage?: CardStorage;
  cacheKey: string;
  /** Called after every render (state change or navigation). */
  onRender: () => void;
}

interface CacheEntry {
  savedAt: number;
  expirySeconds: number;
  state: object;
  cardNavigatorState: string[];
}

function readCache(storage: CardStorage | undefined, key: string, now: number): ICachedLoadParameters | undefined {
  try {
    const stored = storage?.getItem(key);
    if (!stored) return undefined;
    const entry = JSON.parse(stored) as CacheEntry;
    if (now - entry.savedAt > entry.expirySeconds * 1000) return undefined;
    return { state: entry.state, cardNavigatorState: entry.cardNavigatorState };
  } catch {
    return undefined;
  }
}

export async function runCard(extension: RuntimeExtension, options: CardRuntimeOptions): Promise<RunningCard> {
  const { storage, cacheKey } = options;
  extension.context = options.context;
  extension.properties = options.properties;
  extension.cardSize = options.cardSize;
  /** The card view SPFx would restore from the cache: known once the card has named it. */
  const cardNavigatorState: string[] = [];
  const keepInCache = (): void => {
    const settings = { isEnabled: true, expiryTimeInSeconds: 86400, ...extension.getCacheSettings() };
    const view = extension.cardNavigator.currentView;
    if (!settings.isEnabled || !view?.isCacheEnabled || cardNavigatorState.length === 0) return;
    const entry: CacheEntry = {
      savedAt: Date.now(),
      expirySeconds: settings.expiryTimeInSeconds,
      state: extension.getCachedState({ ...extension.state }),
      cardNavigatorState
    };
    storage?.setItem(cacheKey, JSON.stringify(entry));
  };
  extension.onRender = () => {
    keepInCache();
    options.onRender();
  };
  await extension.onInit(readCache(storage, cacheKey, Date.now()));
  const cardViewId = extension.renderCard();
  if (cardViewId === undefined) throw new Error('The card names no card view to render.');
  cardNavigatorState.push(cardViewId);
  extension.cardNavigator.push(cardViewId);

  const currentCard = (): RuntimeCardView => extension.cardNavigator.currentView as RuntimeCardView;
  return {
    cardView: () => {
      const { cardBar, header, body, footer } = currentCard().cardViewParameters;
      return {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'TextBlock', text: cardBar[0]?.title ?? '', weight: 'Bolder', wrap: true, style: 'heading' },
          { type: 'TextBlock', text: header[0]?.text ?? '', size: 'Medium', wrap: true },
          ...(body ? [{ type: 'TextBlock', text: body[0]?.text ?? '', wrap: true, isSubtle: true }] : [])
        ],
        // The dashboard shows one button in the medium size and up to two in the large.
        actions: (footer ?? []).slice(0, extension.cardSize === 'Large' ? 2 : 1).map((button, index) =>
          button.action.type === 'ExternalLink'
            ? { type: 'Action.OpenUrl', title: button.title, url: String(button.action.parameters.target) }
            : { type: 'Action.Submit', title: button.title, id: String(index), data: { button: index } }
        )
      };
    },
    quickView: () => {
      const view = extension.quickViewNavigator.currentView;
      return view === undefined ? undefined : new Template(view.template).expand({ $root: view.data });
    },
    pressCardButton: (index) => {
      const button = currentCard().cardViewParameters.footer?.[index];
      if (button?.action.type === 'QuickView') extension.quickViewNavigator.push(String(button.action.parameters.view));
      else if (button?.action.type === 'Submit') currentCard().onAction({ type: 'Submit', data: button.action.parameters });
    },
    closeQuickView: () => extension.quickViewNavigator.close()
  };
}
