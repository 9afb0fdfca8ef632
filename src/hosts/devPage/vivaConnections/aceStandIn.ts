/**
 * A stand-in for @microsoft/sp-adaptive-card-extension-base, so that the local page (and the card's tests)
 * can run the real card class without a tenant. SPFx's own build of that package cannot run outside
 * SharePoint: its npm and AMD builds require Microsoft-internal modules (@msinternal/sp-telemetry,
 * @msinternal/odsp-analytics) that only SharePoint serves. So, as tests/hosts/webpart does for the web part,
 * this file plays the part of its public contract the card uses, in SPFx's lifecycle order: the extension
 * (context, properties, state and setState, the card and quick view navigators, card size, onInit with the
 * cached load, renderCard, the cache settings, the property pane's loading), the component card view with
 * PrimaryTextCardView, and the Adaptive Card quick view. Everything the card decides (its data, words,
 * templates, actions, caching) is the card's own code.
 */
export type CardSize = 'Medium' | 'Large';

/** The part of an SPFx context the card reads. */
export interface StandInContext {
  pageContext: {
    web: { absoluteUrl: string };
    cultureInfo: { currentUICultureName: string };
    legacyPageContext: Record<string, unknown>;
  };
  sdks: Record<string, unknown>;
}

export interface IActionArguments {
  type: string;
  id?: string;
  data?: unknown;
}

type AnyView = BaseView<object, object>;

export class ViewNavigator<TView extends AnyView> {
  private readonly factories = new Map<string, () => TView>();
  private readonly stack: TView[] = [];

  public constructor(
    private readonly ace: BaseAdaptiveCardExtension<object, object>,
    private readonly onChange: () => void
  ) {}

  public register(id: string, factory: () => TView): void {
    this.factories.set(id, factory);
  }

  public push(id: string): void {
    const factory = this.factories.get(id);
    if (factory === undefined) throw new Error(`No view registered as ${id}`);
    const view = factory();
    view._ace = this.ace;
    this.stack.push(view);
    this.onChange();
  }

  public pop(): void {
    this.stack.pop();
    this.onChange();
  }

  public close(): void {
    this.stack.splice(0);
    this.onChange();
  }

  public get currentView(): TView | undefined {
    return this.stack[this.stack.length - 1];
  }
}

export class BaseView<TProperties extends object = object, TState extends object = object> {
  /** Set by the navigator that created the view, as SPFx does. */
  public _ace!: BaseAdaptiveCardExtension<object, object>;

  public get properties(): TProperties {
    return this._ace.properties as TProperties;
  }

  public get state(): Readonly<TState> {
    return this._ace.state as TState;
  }

  public get context(): StandInContext {
    return this._ace.context;
  }

  public get cardNavigator(): ViewNavigator<AnyView> {
    return this._ace.cardNavigator;
  }

  public get quickViewNavigator(): ViewNavigator<AnyView> {
    return this._ace.quickViewNavigator;
  }

  public setState(newState?: Partial<TState>): void {
    this._ace.setState(newState as object);
  }
}

export abstract class BaseCardView<TProperties extends object = object, TState extends object = object> extends BaseView<TProperties, TState> {
  public get cardSize(): CardSize {
    return this._ace.cardSize;
  }

  public get isCacheEnabled(): boolean {
    return true;
  }

  public get onCardSelection(): unknown {
    return undefined;
  }

  public onAction(action: IActionArguments): void {}
}

export abstract class BaseComponentsCardView<TProperties extends object = object, TState extends object = object, TParameters = unknown> extends BaseCardView<
  TProperties,
  TState
> {
  public abstract get cardViewParameters(): TParameters;
}

export abstract class BaseAdaptiveCardQuickView<TProperties extends object = object, TState extends object = object, TData = object> extends BaseView<
  TProperties,
  TState
> {
  public get data(): TData {
    return {} as TData;
  }

  public abstract get template(): object;

  public onAction(action: IActionArguments): void {}
}

interface ComponentConfiguration {
  componentName: string;
}

/** SPFx's PrimaryTextCardView: the configuration as the card view parameters the host renders. */
export function PrimaryTextCardView(configuration: {
  cardBar: ComponentConfiguration;
  header: ComponentConfiguration;
  body: ComponentConfiguration;
  footer?: ComponentConfiguration | ComponentConfiguration[];
}): object {
  const { cardBar, header, body, footer } = configuration;
  return {
    cardViewType: 'text',
    image: undefined,
    cardBar: [cardBar],
    header: [header],
    body: [body],
    footer: footer === undefined ? undefined : Array.isArray(footer) ? footer : [footer]
  };
}

/** What SPFx hands onInit from the card's cache. */
export interface ICachedLoadParameters {
  state: object;
  cardNavigatorState: string[];
}

export class BaseAdaptiveCardExtension<TProperties extends object = object, TState extends object = object> {
  public context!: StandInContext;
  public properties!: TProperties;
  public cardSize: CardSize = 'Medium';
  public readonly cardNavigator: ViewNavigator<AnyView>;
  public readonly quickViewNavigator: ViewNavigator<AnyView>;
  /** The host's re-render: SPFx renders again after setState and navigation. */
  public onRender: () => void = () => undefined;
  private currentState?: TState;

  public constructor() {
    this.cardNavigator = new ViewNavigator(this as BaseAdaptiveCardExtension<object, object>, () => this.onRender());
    this.quickViewNavigator = new ViewNavigator(this as BaseAdaptiveCardExtension<object, object>, () => this.onRender());
  }

  public get state(): Readonly<TState> {
    return this.currentState as TState;
  }

  public set state(initialState: Readonly<TState>) {
    this.currentState = initialState;
  }

  public setState(newState?: Partial<TState>): void {
    this.currentState = { ...(this.currentState as TState), ...newState };
    this.onRender();
  }

  public onInit(cachedLoadParameters?: ICachedLoadParameters): Promise<void> {
    return Promise.resolve();
  }

  public renderCard(): string | undefined {
    return undefined;
  }

  public getCacheSettings(): { isEnabled?: boolean; expiryTimeInSeconds?: number } {
    return { isEnabled: true, expiryTimeInSeconds: 86400 };
  }

  public getCachedState(state: TState): Partial<TState> {
    return {};
  }

  public loadPropertyPaneResources(): Promise<void> {
    return Promise.resolve();
  }

  public getPropertyPaneConfiguration(): unknown {
    return { pages: [] };
  }

  public onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {}
}
