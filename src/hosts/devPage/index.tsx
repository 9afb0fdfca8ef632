import * as React from 'react';
import * as ReactDom from 'react-dom';
import { SPBrowser } from '@pnp/sp';
import { createApp } from '../../app';
import { createRepositories, createSp } from '../../data';
import { DEMO_TEAMS_GROUP_ID } from '../../data/seed/content';
import { browserPorts } from '../browserPorts';
import { DevPageHost, LOCALE } from './DevPageHost';
import { loadLocalization } from '../../ui';
import { LocalPageContext, PageDigest } from '../../data/pageDigest';
import { indexedDbStartCache } from '../indexedDbStartCache';
import { LOCAL_PAGE_CONTEXT_PATH, LOCAL_PEOPLE_PATH, LocalPerson, readOptions, USER_COOKIE, writeOptions } from './devPageOptions';

/**
 * The development page's entry: the app against the local SharePoint at /sites/mr on the same server, with
 * the same PnPjs code as in SharePoint; only the site address and how requests authenticate differ.
 */
const dataSiteUrl = `${window.location.origin}/sites/mr`;
const root = document.getElementById('root');

async function main(): Promise<void> {
  // Both before the app starts, side by side: what a SharePoint page would carry in its HTML.
  const [people, pageContext] = (await Promise.all([LOCAL_PEOPLE_PATH, LOCAL_PAGE_CONTEXT_PATH].map(async (path) => (await fetch(path)).json()))) as [LocalPerson[], LocalPageContext];
  const options = readOptions(window.location.search, document.cookie, DEMO_TEAMS_GROUP_ID, people);
  // As the web part does: English (a chunk of its own) is at hand before the first render, so nothing shows in Swedish first.
  await loadLocalization(LOCALE[options.lang]);
  // The cookie, not the address, is what the local SharePoint reads, so the two must agree before any request.
  document.cookie = `${USER_COOKIE}=${options.user}; path=/; SameSite=Lax`;
  const sp = createSp({ siteUrl: dataSiteUrl, behavior: (instance) => instance.using(SPBrowser({ baseUrl: dataSiteUrl }), PageDigest(pageContext)) });
  ReactDom.render(
    <DevPageHost
      repositories={createApp(createRepositories(sp), { ...browserPorts(), siteUrl: sp.web.toUrl() })}
      dataSiteUrl={dataSiteUrl}
      initialOptions={options}
      people={people}
      initialSearch={window.location.search}
      onAddressChange={(next, route) => window.history.replaceState(null, '', writeOptions(next, route))}
      onUserChange={(next, route) => window.location.assign(writeOptions(next, route))}
      startCache={indexedDbStartCache()}
    />,
    root
  );
}

main().catch((error: unknown) => {
  // Without its people the page cannot choose who is signed in; say so instead of showing nothing.
  if (root) root.textContent = 'Den lokala sidan kunde inte starta (The local page could not start): ' + String(error);
});
// Unmounting runs the app's clean-ups: open checklists stop polling; ticks not yet saved stay queued.
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root as HTMLElement));
