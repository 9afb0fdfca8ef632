import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { SPFx } from '@pnp/sp';
import { createApp, MrRepositories } from '../../app';
// Narrow imports: the data barrel also carries provisioning and the seed content, which load only on set-up.
import { createRepositories } from '../../data/repositories/createRepositories';
import { createSp } from '../../data/sp';
import { SCHEMA_VERSION } from '../../data/schema';
import { indexedDbStartCache } from '../indexedDbStartCache';
import { periodOf } from '../../domain/period';
import { App, HostContext, isViewKey, loadLocalization, Localization, routeFromQuery, routeToQuery, ViewKey } from '../../ui';
import { browserPorts } from '../browserPorts';
import { pageLink } from '../pageLink';
import { TeamsFacts, watchTeams, withTeamsFacts } from '../teams';
import { effectiveDataSiteUrl } from './dataSiteUrl';
import type { UnitChoices } from './webPartPropertyPane';

export interface IMrProgrammeWebPartProps {
  /** The site that holds the lists; empty means the site the page is on. */
  dataSiteUrl: string;
  /** The unit the web part shows; 0 means the visitor's own units. */
  unitId: number;
  defaultView: string;
  /** The follow-up year; 0 means the current year. */
  period: number;
}

/**
 * The SPFx host: builds the app's host context from the web part's context (page culture, section
 * theme, Teams when hosted there) and its properties, and renders the app. Everything else is the app's.
 */
export default class MrProgrammeWebPart extends BaseClientSideWebPart<IMrProgrammeWebPartProps> {
  private repositories!: MrRepositories;
  private siteTheme: IReadonlyTheme | undefined;
  private teamsFacts: TeamsFacts | undefined;
  private unitChoices: UnitChoices = { status: 'loading' };
  private propertyPane?: { code: typeof import('./webPartPropertyPane'); localization: Localization };

  protected onInit(): Promise<void> {
    this.repositories = this.createRepositories();
    const teams = this.context.sdks.microsoftTeams;
    // Not awaited: the first render never waits for Teams; the app renders again when Teams answers.
    if (teams) {
      watchTeams(teams.teamsJs, (facts) => {
        this.teamsFacts = facts;
        this.render();
      });
    }
    // English is a chunk of its own: the first render waits for it rather than show Swedish first (Swedish needs no load).
    return loadLocalization(this.locale).then(() => undefined);
  }

  public render(): void {
    ReactDom.render(React.createElement(App, { host: this.hostContext() }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  /** The person's language: Teams' once it has answered, the page's until then. */
  private get locale(): string {
    return this.teamsFacts?.locale ?? this.context.pageContext.cultureInfo.currentUICultureName;
  }

  /** The configured data site; the page's own site while none (or an unusable one, which the pane flags) is set. */
  private get dataSiteUrl(): string {
    return effectiveDataSiteUrl(this.properties.dataSiteUrl, this.context.pageContext.web.absoluteUrl);
  }

  private get defaultView(): ViewKey {
    return isViewKey(this.properties.defaultView) ? this.properties.defaultView : 'overview';
  }

  /** The last start, for a warm start next time (IndexedDB; none where the browser refuses it). */
  private readonly startCache = indexedDbStartCache(typeof indexedDB === 'undefined' ? undefined : indexedDB);

  private createRepositories(): MrRepositories {
    const sp = createSp({ siteUrl: this.dataSiteUrl, behavior: SPFx(this.context) });
    return createApp(createRepositories(sp), { ...browserPorts(), siteUrl: sp.web.toUrl() });
  }

  private hostContext(): HostContext {
    const inTeams = this.context.sdks.microsoftTeams !== undefined;
    const link = routeFromQuery(inTeams ? '' : window.location.search, { view: this.defaultView });
    const base: HostContext = {
      repositories: this.repositories,
      hostKind: inTeams ? 'teamsTab' : 'sharePointPage',
      locale: this.context.pageContext.cultureInfo.currentUICultureName,
      theme: { source: 'sharePoint', siteTheme: this.siteTheme },
      unitSource: this.properties.unitId > 0 ? { kind: 'configured', unitId: this.properties.unitId } : { kind: 'membership' },
      route: link.route,
      invalidLink: link.invalidLink,
      // On a page the address carries the view, so a copied link opens it; Teams keeps its own address.
      onRouteChange: inTeams ? undefined : (route) => window.history.replaceState(window.history.state, '', routeToQuery(route, window.location.search)),
      linkTo: pageLink,
      period: this.properties.period > 0 ? this.properties.period : periodOf(new Date()),
      dataSiteUrl: this.dataSiteUrl,
      startCache: this.startCache && { cache: this.startCache, person: this.context.pageContext.user.loginName, schemaVersion: SCHEMA_VERSION }
    };
    return inTeams ? withTeamsFacts(base, this.teamsFacts) : base;
  }

  /** SPFx calls this with the site theme, or the section's variant of it, and renders again itself. */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.siteTheme = theme;
  }

  protected onPropertyPaneConfigurationStart(): void {
    if (this.unitChoices.status === 'loaded') return;
    this.repositories.units.list().then(
      (units) => {
        this.unitChoices = { status: 'loaded', units: units.value };
        this.context.propertyPane.refresh();
      },
      (error: unknown) => {
        this.unitChoices = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
        this.context.propertyPane.refresh();
      }
    );
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath === 'dataSiteUrl' && oldValue !== newValue) {
      this.repositories = this.createRepositories();
      this.unitChoices = { status: 'loading' };
      this.onPropertyPaneConfigurationStart();
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }

  /** SPFx asks for the property pane's code (and its texts) first, and for its configuration only once they have loaded. */
  protected loadPropertyPaneResources(): Promise<void> {
    return Promise.all([import(/* webpackChunkName: 'mr-web-part-property-pane' */ './webPartPropertyPane'), loadLocalization(this.locale)]).then(([code, { localization }]) => {
      this.propertyPane = { code, localization };
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.propertyPane) throw new Error('The property pane was asked for before loadPropertyPaneResources resolved.');
    const settings = { unitId: this.properties.unitId, defaultView: this.defaultView, period: this.properties.period };
    return this.propertyPane.code.webPartPropertyPane(this.propertyPane.localization, this.context.pageContext.web.absoluteUrl, settings, this.unitChoices);
  }
}
