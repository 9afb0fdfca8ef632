import * as React from 'react';
import { Button, FluentProvider, IdPrefixProvider, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, useId } from '@fluentui/react-components';
import { Heading, HeadingOffsetProvider } from '../shared';
import { ENGLISH_UNAVAILABLE, LocalizationProvider, useHostLocalization, useLocalization } from '../loc';
import { Navigation } from '../Navigation';
import type { ViewKey } from '../routing';
import { ErrorState } from '../shared/states/ErrorState';
import { ListTitlesProvider } from '../shared/states/RowProblems';
import type { NotSetUpProps } from '../shared/states/NotSetUp';
import { fluentTheme } from '../theme';
import type { SearchProps } from '../Search/Search';
import { UnitBar } from '../UnitBar';
import type { HostContext } from './HostContext';
import { CopyLink } from './CopyLink';
import { HelpContact } from '../Help';
import { AppState, useAppState } from './useAppState';
import { useAppStyles } from './useAppStyles';
import { LazyPart } from '../shared/LazyPart';
import { ViewBoundary } from '../shared/ViewBoundary';
import { createViews, ViewDefinition } from './views';

/**
 * The lists are missing or outdated: what a site owner sets them up with, progress bar included. Only a
 * site that is not set up shows it, so it loads then, in a chunk of its own, like the provisioning code.
 */
const loadNotSetUp = (): Promise<React.ComponentType<NotSetUpProps>> =>
  import(/* webpackChunkName: 'mr-set-up' */ '../shared/states/NotSetUp/NotSetUp').then(({ NotSetUp }) => NotSetUp);

/** Search (Fluent's search box and the index it builds) loads after the first view, in a chunk of its own. */
const loadSearch = (): Promise<React.ComponentType<SearchProps>> => import(/* webpackChunkName: 'mr-search' */ '../Search/Search').then(({ Search }) => Search);

/** NotSetUp as soon as its code is there, `fallback` until then; should the code not load, the error and a retry. */
function SetUp({ fallback, ...props }: NotSetUpProps & { fallback: React.ReactElement }): React.ReactElement {
  return <LazyPart load={loadNotSetUp} props={props} fallback={fallback} siteUrl={props.siteUrl} />;
}

/** The web part's component id: the prefix of every Fluent id, so two copies on one page never share one. */
export const COMPONENT_ID = '575732f8-b50e-462e-bbd3-42e9a3f3f155';

export interface AppProps {
  host: HostContext;
}

interface SelectedViewProps {
  host: HostContext;
  state: AppState;
  view: ViewDefinition;
  onRetryView: () => void;
}

/** The selected view, or the state that stands in its place: loading, not set up, or an error. */
function SelectedView({ host, state, view, onRetryView }: SelectedViewProps): React.ReactElement {
  const { site, unit, route, navigate } = state;
  const { skeleton } = view;
  if (site.status === 'loading') return skeleton;
  if (site.status === 'failed') return <ErrorState error={site.error} siteUrl={host.dataSiteUrl} onRetry={state.reloadSite} />;

  const { status, permissions } = site.value;
  const setUp = (
    <SetUp
      site={host.repositories.site}
      state={status.state === 'outdated' ? 'outdated' : 'notProvisioned'}
      canProvision={permissions.canProvision}
      siteUrl={host.dataSiteUrl}
      onProvisioned={state.reloadSite}
      // Not set up: the view's skeleton holds its place; outdated: the view shows, the banner follows.
      fallback={status.state === 'outdated' ? <></> : skeleton}
    />
  );
  if (status.state === 'notProvisioned') return setUp;
  if (unit.status === 'failed') return <ErrorState error={unit.error} siteUrl={host.dataSiteUrl} onRetry={unit.retry} />;

  const View = view.component;
  return (
    <>
      {status.state === 'outdated' && setUp}
      {unit.status === 'resolving' ? (
        skeleton
      ) : (
        // A new start (the batch after the cache) makes the view afresh, so it reads what the batch brought.
        <ViewBoundary key={`${route.view}-${state.startKey}`} fallback={(error) => <ErrorState error={error} siteUrl={host.dataSiteUrl} onRetry={onRetryView} />}>
          <React.Suspense fallback={skeleton}>
            <View
              repositories={state.repositories}
              refreshing={state.refreshing}
              unit={unit.unit}
              unitChoice={{ units: unit.units, ownUnitIds: unit.ownUnitIds, select: state.selectUnit }}
              canChangeUnit={state.canChangeUnit}
              period={host.period}
              route={route}
              navigate={navigate}
              permissions={permissions}
              team={host.team}
              compact={host.hostKind === 'meetingSidePanel'}
              stage={host.hostKind === 'meetingStage'}
              meeting={host.meeting}
              siteUrl={host.dataSiteUrl}
            />
          </React.Suspense>
        </ViewBoundary>
      )}
    </>
  );
}

/** English was asked for and could not load: the app is in Swedish, and says so in English with a way to try again. */
function EnglishUnavailable({ onRetry }: { onRetry: () => void }): React.ReactElement {
  return (
    <MessageBar intent="warning" layout="multiline" lang="en">
      <MessageBarBody>{ENGLISH_UNAVAILABLE.message}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{ENGLISH_UNAVAILABLE.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface AppFrameProps extends AppProps {
  /** Said under the title, in every view: English could not load. */
  languageNotice?: React.ReactElement;
}

/** The frame: title, unit and period, the view tabs, and the selected view as the tab panel. */
function AppFrame({ host, languageNotice }: AppFrameProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useAppStyles();
  const baseId = useId('mr-app');
  const panelRef = React.useRef<HTMLDivElement>(null);
  const state = useAppState(host, () => panelRef.current ?? undefined);
  const [views, setViews] = React.useState(createViews);
  const [viewAttempt, setViewAttempt] = React.useState(0);
  const compact = host.hostKind === 'meetingSidePanel';
  // The meeting's stage is read across the room: no search, no link to copy; the views show large and read-only.
  const stage = host.hostKind === 'meetingStage';
  const tabId = (view: ViewKey): string => `${baseId}-tab-${view}`;
  const panelId = `${baseId}-panel`;
  // On a SharePoint page the page owns the main landmark; in Teams the app is the page.
  const Main = host.hostKind === 'sharePointPage' ? 'div' : 'main';
  const site = state.site.status === 'loaded' ? state.site.value : undefined;

  const selectedView = views[state.route.view];
  // The view's code is fetched as the app first commits, beside the start's request, not once the frame is there.
  React.useLayoutEffect(() => selectedView.preload?.(), [selectedView]);
  // The first render only starts the start (in useAppState); the frame follows, so that the start's request
  // leaves before the frame's first render, not after it, and the two overlap. PnPjs sends each request a task
  // after it is made, and a $batch a task after its parts: hence two tasks.
  const [framed, setFramed] = React.useState(false);
  React.useLayoutEffect(() => {
    let later = setTimeout(() => {
      later = setTimeout(() => setFramed(true), 0);
    }, 0);
    return () => clearTimeout(later);
  }, []);

  const retryView = (): void => {
    setViews(createViews());
    setViewAttempt((n) => n + 1);
  };

  if (!framed) return <></>;
  return (
    <div className={mergeClasses(styles.root, compact && styles.compact)}>
      <header className={styles.header}>
        <Heading level={1} className={mergeClasses(styles.title, compact && styles.compactTitle)}>
          {strings.appTitle}
        </Heading>
        {!compact && <p className={styles.subtitle}>{strings.appSubtitle}</p>}
        {languageNotice}
        {site?.status.exampleData === true && (
          // In the header, so that every view in every host says it.
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.exampleDataTitle}</MessageBarTitle>
              {strings.exampleDataText}
            </MessageBarBody>
          </MessageBar>
        )}
        {host.linkTo && !stage && <CopyLink link={host.linkTo(state.route)} siteUrl={host.dataSiteUrl} />}
        {state.refreshing && (
          <p role="status" className={styles.subtitle}>
            {strings.startRefreshing}
          </p>
        )}
        {site && site.status.state === 'ready' && !stage && <HelpContact help={site.status.help} canEdit={site.permissions.canEdit} repository={host.repositories.site} siteUrl={host.dataSiteUrl} />}
        {site && site.status.state === 'ready' && !stage && <LazyPart load={loadSearch} props={{ repositories: host.repositories, period: host.period, navigate: state.navigate }} fallback={<></>} siteUrl={host.dataSiteUrl} />}
        {site && site.status.state !== 'notProvisioned' && state.unit.status !== 'failed' && (
          <UnitBar
            resolution={state.unit}
            period={host.period}
            canEdit={site.permissions.canEdit}
            canChangeUnit={state.canChangeUnit}
            onSelect={state.selectUnit}
            siteUrl={host.dataSiteUrl}
          />
        )}
      </header>
      <Navigation
        selected={state.route.view}
        onSelect={(view) => state.navigate({ view })}
        compact={compact}
        panelId={panelId}
        tabId={tabId}
        canEdit={site?.permissions.canEdit ?? false}
        siteUrl={host.dataSiteUrl}
      />
      <Main className={styles.panel}>
        <div ref={panelRef} id={panelId} role="tabpanel" aria-labelledby={tabId(state.route.view)} className={styles.panel}>
          {state.invalidLink !== undefined && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{fill(strings.deepLinkInvalid, { link: state.invalidLink })}</MessageBarBody>
            </MessageBar>
          )}
          <SelectedView key={viewAttempt} host={host} state={state} view={selectedView} onRetryView={retryView} />
        </div>
      </Main>
    </div>
  );
}

/**
 * MR-programmet, the same in every host: Fluent's providers with the host's theme, the language from
 * the host's locale, and headings that continue the host page's outline.
 */
export function App({ host }: AppProps): React.ReactElement {
  const { localization, englishUnavailable, retry } = useHostLocalization(host.locale);
  const themeKey = host.theme.source === 'teams' ? host.theme.name : host.theme.siteTheme;
  // Rebuilding the theme re-inserts every CSS variable, so only a different theme rebuilds it.
  const theme = React.useMemo(() => fluentTheme(host.theme), [host.theme.source, themeKey]);
  const styles = useAppStyles();
  // English on its first load: nothing rather than Swedish first (hosts load it before they render, so this is rare).
  if (localization === undefined) return <></>;
  return (
    <IdPrefixProvider value={`mr-${COMPONENT_ID}-`}>
      <FluentProvider theme={theme} lang={localization.language} className={styles.provider}>
        <LocalizationProvider value={localization}>
          <ListTitlesProvider value={host.repositories.titles}>
            <HeadingOffsetProvider value={host.hostKind === 'sharePointPage' ? 1 : 0}>
              <AppFrame host={host} languageNotice={englishUnavailable ? <EnglishUnavailable onRetry={retry} /> : undefined} />
            </HeadingOffsetProvider>
          </ListTitlesProvider>
        </LocalizationProvider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
