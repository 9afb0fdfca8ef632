import * as React from 'react';
import { Field, FluentProvider, IdPrefixProvider, Select, webLightTheme } from '@fluentui/react-components';
import type { MrRepositories, StartCache } from '../../app';
import { SCHEMA_VERSION } from '../../data/schema';
import { periodOf } from '../../domain/period';
import { App, COMPONENT_ID, HostContext, HostKind, routeFromQuery, routeToQuery, routeToSubPageId, SiteTheme, useHostLocalization } from '../../ui';
import { TeamsFacts, watchTeams, withTeamsFacts } from '../teams';
import { DEV_PAGE_HOSTS, DEV_PAGE_LANGUAGES, DevPageHostKind, DevPageOptions, DevPageTheme, groupPeople, LocalPerson, PeopleGroup, personOf, themesFor } from './devPageOptions';
import { createDevPageTeams, DEV_PAGE_TEAM_NAMES, devPageMeeting, DevPageTeams } from './devPageTeams';
import { SITE_THEME, SITE_THEME_DARK_SECTION } from './sampleSiteTheme';
import { useDevPageHostStyles } from './useDevPageHostStyles';
import { pageLink } from '../pageLink';

export interface DevPageHostProps {
  repositories: MrRepositories;
  dataSiteUrl: string;
  initialOptions: DevPageOptions;
  /** The local tenant's people, for the user menu. */
  people: readonly LocalPerson[];
  /** The page's query when it opened: it holds the deep link. */
  initialSearch: string;
  /** Keeps the options and the deep link in the address. */
  onAddressChange: (options: DevPageOptions, route: string) => void;
  /** The local SharePoint knows the user by a cookie, so a new user means a fresh page. */
  onUserChange: (options: DevPageOptions, route: string) => void;
  /** Where the last start is kept (IndexedDB on the page), per user as the page knows them; none: every start is cold. */
  startCache?: StartCache;
}

/** The locale a host reports for each of the page's languages. */
export const LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;
const TEAMS_THEME: Record<DevPageTheme, string> = { light: 'default', dark: 'dark', contrast: 'contrast', site: 'default' };
const SITE_THEMES: Record<DevPageTheme, SiteTheme | undefined> = { site: SITE_THEME, dark: SITE_THEME_DARK_SECTION, light: undefined, contrast: undefined };
type TeamsHostKind = 'teams' | 'personal' | 'meeting' | 'stage';
const FRAME: Record<TeamsHostKind, string> = { teams: 'content', personal: 'content', meeting: 'sidePanel', stage: 'meetingStage' };
const isTeamsHost = (host: DevPageHostKind): host is TeamsHostKind => host in FRAME;
const HOST_KIND: Record<Exclude<DevPageHostKind, 'viva'>, HostKind> = {
  sharepoint: 'sharePointPage',
  teams: 'teamsTab',
  personal: 'teamsPersonal',
  meeting: 'meetingSidePanel',
  stage: 'meetingStage'
};
// The card and the Adaptive Cards renderer and templating load only when the dashboard is chosen.
const VivaConnectionsDashboard = React.lazy(() => import(/* webpackChunkName: 'mr-dev-page-viva' */ './vivaConnections/VivaConnectionsDashboard'));

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}

/** One of the toolbar's labelled choices. */
function Choice<T extends string>({ label, value, choices, labels, onChange }: ChoiceProps<T>): React.ReactElement {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface UserMenuProps {
  label: string;
  value: string;
  people: readonly LocalPerson[];
  groupLabel: (group: PeopleGroup) => string;
  onChange: (key: string) => void;
}

/** The user menu: everyone, grouped by role and unit (someone in two units is under both). */
function UserMenu({ label, value, people, groupLabel, onChange }: UserMenuProps): React.ReactElement {
  return (
    <Field label={label}>
      <Select value={personOf(people, value)?.key ?? value} onChange={(_, data) => onChange(data.value)}>
        {groupPeople(people).map((group) => (
          <optgroup key={groupLabel(group)} label={groupLabel(group)}>
            {group.people.map((person) => (
              <option key={person.key} value={person.key}>
                {person.name}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
    </Field>
  );
}

/**
 * The page `npm start` serves: a toolbar to choose the host, theme, user and language, above the same
 * app the web part renders, framed as a SharePoint page, a Teams tab or a meeting's side panel. In the
 * Teams frames a local stand-in for the Teams SDK goes through the same adapter as in Teams.
 */
export function DevPageHost({ repositories, dataSiteUrl, initialOptions, people, initialSearch, onAddressChange, onUserChange, startCache }: DevPageHostProps): React.ReactElement {
  const styles = useDevPageHostStyles();
  const [options, setOptions] = React.useState(initialOptions);
  const [teamsFacts, setTeamsFacts] = React.useState<TeamsFacts>();
  const teams = React.useRef<DevPageTeams>();
  const link = React.useMemo(() => routeFromQuery(initialSearch, { view: 'overview' }), [initialSearch]);
  const [route, setRoute] = React.useState(link.route);
  // The toolbar speaks the chosen language; while English loads the first time, it keeps the one it had.
  const { localization } = useHostLocalization(LOCALE[options.lang]);
  const inTeams = isTeamsHost(options.host);

  // A new Teams frame (another host, team or language) is a new Teams context, as when the tab opens.
  React.useEffect(() => {
    setTeamsFacts(undefined);
    if (!isTeamsHost(options.host)) return undefined;
    const devPageTeams = createDevPageTeams({
      app: { theme: TEAMS_THEME[options.theme], locale: LOCALE[options.lang] },
      page: { frameContext: FRAME[options.host], subPageId: routeToSubPageId(route) },
      team: options.host === 'personal' ? undefined : { groupId: options.team, displayName: DEV_PAGE_TEAM_NAMES[options.team] },
      // The side panel and the stage of one team's meeting: every browser on the page is in the same meeting.
      ...(options.host === 'meeting' || options.host === 'stage' ? devPageMeeting(options.team) : {})
    });
    teams.current = devPageTeams;
    // A frame replaced or a page closed before its Teams answered: the late answer is not this frame's.
    let current = true;
    watchTeams(devPageTeams.sdk, (facts) => {
      if (current) setTeamsFacts(facts);
    });
    return () => {
      current = false;
    };
    // The route seeds the context once; later moves are the app's own.
  }, [options.host, options.team, options.lang]);

  const update = (changes: Partial<DevPageOptions>): void => {
    const next = { ...options, ...changes };
    if (changes.host !== undefined && !themesFor(changes.host).includes(next.theme)) next.theme = themesFor(changes.host)[0];
    // In Teams a theme switch is an event to the running tab, not a new tab.
    if (changes.theme !== undefined && inTeams && changes.host === undefined) teams.current?.switchTheme(TEAMS_THEME[changes.theme]);
    setOptions(next);
    onAddressChange(next, routeToQuery(route));
  };

  const base: HostContext = {
    repositories,
    // The dashboard shows the card, not the app; the app's context there is never rendered.
    hostKind: HOST_KIND[options.host === 'viva' ? 'sharepoint' : options.host],
    locale: LOCALE[options.lang],
    theme: { source: 'sharePoint', siteTheme: SITE_THEMES[options.theme] },
    unitSource: { kind: 'membership' },
    route,
    invalidLink: link.invalidLink,
    linkTo: pageLink,
    onRouteChange: (next) => {
      setRoute(next);
      onAddressChange(options, routeToQuery(next));
    },
    period: periodOf(new Date()),
    dataSiteUrl,
    // The page knows its user before any request, as SPFx's pageContext does.
    startCache: startCache && { cache: startCache, person: options.user, schemaVersion: SCHEMA_VERSION }
  };
  const app = <App host={inTeams ? withTeamsFacts(base, teamsFacts) : base} />;

  // Nothing until the first language is at hand (the page's entry loads it before the first render).
  if (localization === undefined) return <></>;
  const { strings } = localization;
  const hostLabel: Record<DevPageHostKind, string> = {
    sharepoint: strings.devPageHostSharePoint,
    teams: strings.devPageHostTeamsTab,
    personal: strings.devPageHostTeamsPersonal,
    meeting: strings.devPageHostMeeting,
    stage: strings.devPageHostMeetingStage,
    viva: strings.devPageHostViva
  };
  const themeLabel: Record<DevPageTheme, string> = {
    light: strings.devPageThemeLight,
    dark: strings.devPageThemeDark,
    contrast: strings.devPageThemeContrast,
    site: strings.devPageThemeSite
  };
  const groupLabel = (group: PeopleGroup): string =>
    group.kind === 'editors' ? strings.devPageUsersEditors : group.kind === 'noUnit' ? strings.devPageUsersNoUnit : group.unit;
  const languageLabel: Record<DevPageOptions['lang'], string> = { sv: 'Svenska', en: 'English' };

  return (
    <div className={styles.page}>
      <IdPrefixProvider value={`mr-local-${COMPONENT_ID}-`}>
        <FluentProvider theme={webLightTheme} lang={options.lang}>
          <form className={styles.toolbar} aria-label={strings.devPageToolbarLabel} onSubmit={(event) => event.preventDefault()}>
            <Choice label={strings.devPageHost} value={options.host} labels={hostLabel} choices={DEV_PAGE_HOSTS} onChange={(host) => update({ host })} />
            <Choice label={strings.devPageTheme} value={options.theme} labels={themeLabel} choices={themesFor(options.host)} onChange={(theme) => update({ theme })} />
            <UserMenu
              label={strings.devPageUser}
              value={options.user}
              people={people}
              groupLabel={groupLabel}
              onChange={(user) => onUserChange({ ...options, user }, routeToQuery(route))}
            />
            <Choice label={strings.devPageLanguage} value={options.lang} labels={languageLabel} choices={DEV_PAGE_LANGUAGES} onChange={(lang) => update({ lang })} />
          </form>
        </FluentProvider>
      </IdPrefixProvider>
      {options.host === 'sharepoint' && (
        <main className={styles.sharePointPage}>
          <h1 className={styles.sharePointTitle}>{strings.devPagePageTitle}</h1>
          <div className={styles.sharePointSection}>{app}</div>
        </main>
      )}
      {(options.host === 'teams' || options.host === 'personal') && <div className={styles.teamsFrame}>{app}</div>}
      {options.host === 'viva' && (
        <React.Suspense fallback={null}>
          <VivaConnectionsDashboard
            dataSiteUrl={dataSiteUrl}
            locale={LOCALE[options.lang]}
            strings={strings}
            theme={options.theme === 'site' ? 'light' : options.theme}
            appPageUrl={`${window.location.origin}/?host=sharepoint&lang=${options.lang}&user=${options.user}`}
            user={options.user}
          />
        </React.Suspense>
      )}
      {options.host === 'meeting' && (
        <div className={styles.meeting}>
          <div className={styles.meetingStage}>
            <p className={styles.meetingTitle}>{strings.devPageMeetingTitle}</p>
          </div>
          <div className={styles.sidePanel}>{app}</div>
        </div>
      )}
      {options.host === 'stage' && <div className={styles.stage}>{app}</div>}
    </div>
  );
}
