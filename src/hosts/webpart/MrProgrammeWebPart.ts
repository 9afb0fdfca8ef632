import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import {
  IPropertyPaneConfiguration,
  IPropertyPaneDropdownOption,
  PropertyPaneDropdown
} from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { SPFx } from '@pnp/sp';
import { createApp, MrRepositories } from '../../app';
// Narrow imports: the data barrel also carries provisioning and the seed content, which load only on set-up.
import { createRepositories } from '../../data/repositories/createRepositories';
import { createSp } from '../../data/sp';
import { SCHEMA_VERSION } from '../../data/schema';
import { indexedDbStartCache } from '../indexedDbStartCache';
import { periodOf, periodsUpTo } from '../../domain/period';
import { App, HostContext, isViewKey, localizationFor, Localization, routeFromQuery, routeToQuery, ViewKey } from '../../ui';
import { unitsInOrder, unitWithPath } from '../../ui/shared/UnitPicker/unitHierarchy';
import { browserPorts } from '../browserPorts';
import { pageLink } from '../pageLink';
import { TeamsFacts, watchTeams, withTeamsFacts } from '../teams';
import { dataPropertyGroup } from './dataSiteField';
import { effectiveDataSiteUrl } from './dataSiteUrl';

export interface IMrProgrammeWebPartProps {
  /** The site that holds the lists; empty means the site the page is on. */
  dataSiteUrl: string;
  /** The unit the web part shows; 0 means the visitor's own units. */
  unitId: number;
  defaultView: string;
  /** The follow-up year; 0 means the current year. */
  period: number;
}

type UnitOptions = { status: 'loading' } | { status: 'loaded'; options: IPropertyPaneDropdownOption[] } | { status: 'failed'; message: string };

/**
 * The SPFx host: builds the app's host context from the web part's context (page culture, section
 * theme, Teams when hosted there) and its properties, and renders the app. Everything else is the app's.
 */
export default class MrProgrammeWebPart extends BaseClientSideWebPart<IMrProgrammeWebPartProps> {
  private repositories!: MrRepositories;
  private siteTheme: IReadonlyTheme | undefined;
  private teamsFacts: TeamsFacts | undefined;
  private unitOptions: UnitOptions = { status: 'loading' };

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
    return Promise.resolve();
  }

  public render(): void {
    ReactDom.render(React.createElement(App, { host: this.hostContext() }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  private get localization(): Localization {
    return localizationFor(this.teamsFacts?.locale ?? this.context.pageContext.cultureInfo.currentUICultureName);
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
    if (this.unitOptions.status === 'loaded') return;
    this.repositories.units.list().then(
      (units) => {
        // The organisation's order (Swedish collation), each unit with what it belongs to, as the app's unit picker lists them.
        const options = unitsInOrder(units.value).map((entry) => ({ key: entry.unit.id, text: unitWithPath(entry) }));
        this.unitOptions = { status: 'loaded', options };
        this.context.propertyPane.refresh();
      },
      (error: unknown) => {
        this.unitOptions = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
        this.context.propertyPane.refresh();
      }
    );
  }

  protected onPropertyPaneFieldChanged(propertyPath: string, oldValue: unknown, newValue: unknown): void {
    if (propertyPath === 'dataSiteUrl' && oldValue !== newValue) {
      this.repositories = this.createRepositories();
      this.unitOptions = { status: 'loading' };
      this.onPropertyPaneConfigurationStart();
    }
    super.onPropertyPaneFieldChanged(propertyPath, oldValue, newValue);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const { strings, fill } = this.localization;
    const units = this.unitOptions;
    // Editing content is for editors only, so it is no page's first view.
    const viewLabel: Record<Exclude<ViewKey, 'content'>, string> = {
      overview: strings.viewOverview,
      plans: strings.viewPlans,
      staircase: strings.viewStaircase,
      updates: strings.viewUpdates,
      followUp: strings.viewFollowUp
    };
    const currentYear = periodOf(new Date());
    return {
      pages: [
        {
          header: { description: strings.propertyPaneDescription },
          groups: [
            dataPropertyGroup(
              strings,
              this.context.pageContext.web.absoluteUrl,
              PropertyPaneDropdown('unitId', {
                label: strings.propertyUnit,
                disabled: units.status !== 'loaded',
                selectedKey: this.properties.unitId,
                options: [
                  {
                    key: 0,
                    text:
                      units.status === 'loading'
                        ? strings.propertyUnitsLoading
                        : units.status === 'failed'
                          ? fill(strings.propertyUnitsFailed, { message: units.message })
                          : strings.propertyUnitNone
                  },
                  ...(units.status === 'loaded' ? units.options : [])
                ]
              })
            ),
            {
              groupName: strings.propertyGroupDisplay,
              groupFields: [
                PropertyPaneDropdown('defaultView', {
                  label: strings.propertyDefaultView,
                  selectedKey: this.defaultView,
                  options: (Object.keys(viewLabel) as (keyof typeof viewLabel)[]).map((view) => ({ key: view, text: viewLabel[view] }))
                }),
                PropertyPaneDropdown('period', {
                  label: strings.propertyPeriod,
                  selectedKey: this.properties.period,
                  options: [
                    { key: 0, text: fill(strings.propertyPeriodCurrent, { year: String(currentYear) }) },
                    ...periodsUpTo(currentYear).map((period) => ({ key: period, text: String(period) }))
                  ]
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
