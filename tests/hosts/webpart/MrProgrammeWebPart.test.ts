/**
 * @jest-environment jsdom
 *
 * The packaged web part renders the app: the script SharePoint loads is taken out of the built .sppkg
 * and run in jsdom as SharePoint's module loader runs it (an AMD `define` whose externals are handed in),
 * with a minimal SPFx context, and the app must appear in the web part's element. Its lazy chunks come out
 * of the same package when a view first needs them, the way webpack's loader asks for them.
 *
 * The externals are the real React and ReactDOM. The SPFx runtime itself (sp-webpart-base,
 * sp-property-pane) cannot run outside SharePoint: both its npm builds and its AMD bundles require
 * Microsoft-internal modules (@msinternal/*, @ms/odsp-*) that are only served by SharePoint. In its place
 * stands the part of its public contract the web part uses, in SPFx's lifecycle order: the base class
 * (context, domElement, properties; onThemeChanged, onInit, render, onDispose) and the property pane
 * field factories, which return the descriptors SPFx's own do.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ensurePackage } from '../../packaging/ensurePackage';
import { componentId } from '../../packaging/repository';
import { localizationFor } from '../../ui/loc/localizationFor';

const DATA_SITE = 'https://stockholm.sharepoint.com/sites/mr';
const PAGE_SITE = 'https://stockholm.sharepoint.com/sites/intranet';

/**
 * SPFx's BaseClientSideWebPart as the web part sees it. The lifecycle methods are protected in SPFx's
 * typings; here they are public because this test plays SPFx's runtime, which calls them.
 */
class BaseClientSideWebPart {
  public properties: Record<string, unknown> = {};
  public context: any;
  public domElement!: HTMLElement;
  public onInit(): Promise<void> {
    return Promise.resolve();
  }
  public onThemeChanged(theme: unknown): void {}
  public onDispose(): void {}
  public onPropertyPaneFieldChanged(): void {}
}

/** The web part class the bundle defines: the base class plus what the web part adds. */
type WebPart = BaseClientSideWebPart & {
  render(): void;
  loadPropertyPaneResources(): Promise<void>;
  getPropertyPaneConfiguration(): any;
  onPropertyPaneConfigurationStart(): void;
};

const propertyPane = {
  PropertyPaneTextField: (targetProperty: string, properties: object) => ({ type: 'TextField', targetProperty, properties }),
  PropertyPaneDropdown: (targetProperty: string, properties: object) => ({ type: 'Dropdown', targetProperty, properties })
};

/** sp-property-pane's component id, by which a chunk asks SharePoint's module loader for it. */
const PROPERTY_PANE_COMPONENT_ID = ((): string => {
  const dist = path.join(path.dirname(require.resolve('@microsoft/sp-property-pane/package.json')), 'dist');
  const manifest = readdirSync(dist).find((file) => file.endsWith('.manifest.json')) as string;
  return JSON.parse(readFileSync(path.join(dist, manifest), 'utf8')).id as string;
})();

/**
 * SharePoint's module loader: the property pane's chunk, loaded when the pane opens, gets sp-property-pane
 * from it (SPFx shares a framework module with a lazy chunk that way), and asks for nothing else.
 */
const spLoader = {
  SPComponentLoader: {
    loadComponentById: (id: string): Promise<unknown> =>
      id === PROPERTY_PANE_COMPONENT_ID ? Promise.resolve(propertyPane) : Promise.reject(new Error(`The loader was asked for ${id}`))
  }
};

const EXTERNALS: Record<string, unknown> = {
  react: React,
  'react-dom': ReactDom,
  '@microsoft/sp-webpart-base': { BaseClientSideWebPart },
  '@microsoft/sp-loader': spLoader
};

interface LoadedWebPart {
  WebPart: new () => WebPart;
  dependencies: string[];
}

let assets: JSZip;

/** Runs a script from the package as a page would: an inline <script>, so `document.currentScript` is set. */
function runScript(code: string): void {
  const script = document.createElement('script');
  script.textContent = code;
  document.head.appendChild(script);
}

async function asset(pattern: RegExp): Promise<string> {
  const [name] = Object.keys(assets.files).filter((file) => pattern.test(file));
  if (!name) throw new Error(`No ${pattern} in the .sppkg; it holds ${Object.keys(assets.files).join(', ')}`);
  return assets.file(name)!.async('string');
}

async function loadWebPart(): Promise<LoadedWebPart> {
  let loaded: LoadedWebPart | undefined;
  Object.assign(window, {
    define: (id: string, dependencies: string[], factory: (...modules: unknown[]) => { default: LoadedWebPart['WebPart'] }) => {
      expect(id).toBe(`${componentId}_1.0.0`);
      const missing = dependencies.filter((name) => !(name in EXTERNALS));
      if (missing.length > 0) throw new Error(`The bundle needs externals this test does not provide: ${missing.join(', ')}`);
      loaded = { WebPart: factory(...dependencies.map((name) => EXTERNALS[name])).default, dependencies };
    }
  });
  runScript(await asset(/^ClientSideAssets\/mr-programme-web-part_\w+\.js$/));
  if (!loaded) throw new Error('The web part bundle did not define its module.');
  return loaded;
}

/**
 * Webpack asks for a lazy chunk by adding a <script src>; answer it from the package, then report the
 * load as a browser would. Returns the files served and the errors their code raised.
 */
function serveChunksFromPackage(): { served: string[]; errors: unknown[]; stop: () => void } {
  const served: string[] = [];
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(event.error ?? event.message);
  };
  window.addEventListener('error', onError);
  const observer = new MutationObserver((mutations) => {
    for (const node of mutations.flatMap((mutation) => Array.from(mutation.addedNodes))) {
      if (!(node instanceof HTMLScriptElement) || !node.src) continue;
      const file = node.src.split('/').pop() as string;
      asset(new RegExp(`^ClientSideAssets/${file.replace(/\./g, '\\.')}$`)).then((code) => {
        runScript(code);
        served.push(file);
        node.dispatchEvent(new Event('load'));
      }, (error: unknown) => errors.push(error));
    }
  });
  observer.observe(document.head, { childList: true });
  return {
    served,
    errors,
    stop: () => {
      observer.disconnect();
      window.removeEventListener('error', onError);
    }
  };
}

function spfxContext(culture: string): Record<string, unknown> {
  return {
    pageContext: {
      cultureInfo: { currentUICultureName: culture },
      web: { absoluteUrl: PAGE_SITE },
      // A digest issued now, as on a freshly loaded page.
      legacyPageContext: { formDigestValue: `0x1,${new Date().toUTCString()}`, formDigestTimeoutSeconds: 1800 }
    },
    sdks: {},
    propertyPane: { refresh: jest.fn() }
  };
}

const mounted: WebPart[] = [];

/** What SPFx does with a web part on a page: context and properties, the section's theme, onInit, render. */
async function mount(WebPart: LoadedWebPart['WebPart'], culture: string, properties: Record<string, unknown>): Promise<WebPart> {
  const webPart = new WebPart();
  webPart.context = spfxContext(culture);
  webPart.domElement = document.body.appendChild(document.createElement('div'));
  webPart.properties = properties;
  webPart.onThemeChanged({ palette: { themePrimary: '#00468b' }, semanticColors: { bodyBackground: '#ffffff' }, isInverted: false });
  await webPart.onInit();
  webPart.render();
  mounted.push(webPart);
  return webPart;
}

async function waitFor<T>(find: () => T | undefined | null, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for ${what}; the web part shows: ${document.body.textContent}`);
}

beforeAll(async () => {
  assets = await JSZip.loadAsync(readFileSync(await ensurePackage()));
}, 10 * 60 * 1000);

let fetchedUrls: string[];
let lastRequestAt = 0;

/**
 * No SharePoint here: every request is answered as by a site that is down for an hour. The data layer
 * does not wait that long, so the app says at once that the data site cannot be reached.
 */
function unavailable(): Pick<Response, 'ok' | 'status' | 'statusText' | 'headers' | 'text'> & { clone(): unknown } {
  const response = {
    ok: false,
    status: 503,
    statusText: 'Service Unavailable',
    headers: new Headers({ 'Retry-After': '3600' }),
    text: async () => '',
    clone: () => response
  };
  return response;
}

beforeEach(() => {
  fetchedUrls = [];
  Object.assign(window, {
    fetch: jest.fn(async (url: string) => {
      fetchedUrls.push(String(url));
      lastRequestAt = Date.now();
      return unavailable();
    })
  });
});

afterEach(async () => {
  // SPFx disposes a web part when it leaves the page. Requests it already started still go out (one after
  // another, and a lazy chunk may load in between on a busy machine); the next test begins once they have,
  // so that it counts only its own.
  mounted.splice(0).forEach((webPart) => webPart.onDispose());
  while (Date.now() - lastRequestAt < 1500) await new Promise((resolve) => setTimeout(resolve, 100));
  document.body.innerHTML = '';
  // A fresh page: webpack keeps the chunks it installed in a global, and would not ask for them again. (SPFx
  // names it after the component while the solution has one bundle, by a hash once it has more.)
  for (const key of Object.keys(window).filter((name) => name.startsWith('webpackJsonp_'))) delete (window as unknown as Record<string, unknown>)[key];
});

test('the package’s script is an AMD module that needs only React, ReactDOM and SPFx', async () => {
  const { dependencies } = await loadWebPart();
  // The property pane's module comes through the loader, with the pane's chunk, when the pane opens.
  expect([...dependencies].sort()).toEqual(['@microsoft/sp-loader', '@microsoft/sp-webpart-base', 'react', 'react-dom']);
});

describe.each([
  ['sv-SE', 'sv'],
  ['en-US', 'en']
] as const)('the packaged web part on a page in %s', (culture, language) => {
  const { strings, fill } = localizationFor(culture);

  test('renders the app into its element, in the page’s language, against the configured data site', async () => {
    const { WebPart } = await loadWebPart();
    // English is a chunk of its own, loaded before the first render; Swedish is in the web part's script.
    const chunks = serveChunksFromPackage();
    const webPart = await mount(WebPart, culture, { dataSiteUrl: DATA_SITE, unitId: 0, defaultView: 'overview', period: 2025 });
    expect(chunks.served.filter((file) => file.startsWith('chunk.mr-strings-en_'))).toHaveLength(language === 'en' ? 1 : 0);
    const element = webPart.domElement;
    // The frame follows the start's request by a task or two (src/ui/App/App.tsx).
    await waitFor(() => element.querySelector('h2'), 'the app’s title');
    expect(element.querySelector('h2')?.textContent).toBe(strings.appTitle);
    expect(element.querySelector(`[lang="${language}"]`)).toBeTruthy();
    expect(Array.from(element.querySelectorAll('[role="tab"]')).map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false']);
    await waitFor(() => element.textContent?.includes(fill(strings.unreachableText, { site: DATA_SITE })), 'the unreachable data site to be named');
    expect(fetchedUrls.length).toBeGreaterThan(0);
    expect(fetchedUrls.filter((url) => !url.startsWith(`${DATA_SITE}/_api/`))).toEqual([]);

    mounted.splice(mounted.indexOf(webPart), 1);
    webPart.onDispose();
    expect(element.innerHTML).toBe('');
    chunks.stop();
    expect(chunks.errors).toEqual([]);
  });

  test('fetches the first view’s chunk from the package at once, while it asks SharePoint about the site', async () => {
    const chunks = serveChunksFromPackage();
    try {
      const { WebPart } = await loadWebPart();
      await mount(WebPart, culture, { dataSiteUrl: '', unitId: 0, defaultView: 'staircase', period: 0 });
      await waitFor(() => chunks.served.find((file) => /^chunk\.mr-staircase_\w+\.js$/.test(file)), 'the staircase chunk');
      expect(chunks.errors).toEqual([]);
      await waitFor(() => fetchedUrls.find((url) => url.startsWith(`${PAGE_SITE}/_api/`)), 'a request to the page’s own site');
    } finally {
      chunks.stop();
    }
  });

  test('offers localized settings, from a chunk that loads when the pane opens: data site (validated), unit, first view and period', async () => {
    const chunks = serveChunksFromPackage();
    const { WebPart } = await loadWebPart();
    const webPart = await mount(WebPart, culture, { dataSiteUrl: '', unitId: 0, defaultView: 'overview', period: 0 });
    // SPFx asks for the pane's code first; until then the first script has none of it.
    expect(() => webPart.getPropertyPaneConfiguration()).toThrow();
    try {
      await webPart.loadPropertyPaneResources();
    } finally {
      chunks.stop();
    }
    expect(chunks.served.filter((file) => /^chunk\.mr-web-part-property-pane_\w+\.js$/.test(file))).toHaveLength(1);
    expect(chunks.errors).toEqual([]);
    const configuration = webPart.getPropertyPaneConfiguration();
    const [data, display] = configuration.pages[0].groups;
    expect(data.groupName).toBe(strings.propertyGroupData);
    expect(display.groupName).toBe(strings.propertyGroupDisplay);
    const [siteField, unitField] = data.groupFields;
    expect(siteField.properties.label).toBe(strings.propertyDataSiteUrl);
    expect(siteField.properties.onGetErrorMessage('http://insecure.example/sites/mr')).toBe(strings.propertyDataSiteUrlInvalid);
    expect(siteField.properties.onGetErrorMessage(DATA_SITE)).toBe('');
    expect(unitField.properties.label).toBe(strings.propertyUnit);
    const [viewField, periodField] = display.groupFields;
    expect(viewField.properties.options.map((option: { text: string }) => option.text)).toEqual([
      strings.viewOverview,
      strings.viewPlans,
      strings.viewStaircase,
      strings.viewUpdates,
      strings.viewFollowUp
    ]);
    expect(periodField.properties.options[0].text).toBe(fill(strings.propertyPeriodCurrent, { year: String(new Date().getFullYear()) }));

    expect(unitField.properties.options[0].text).toBe(strings.propertyUnitsLoading);
    webPart.onPropertyPaneConfigurationStart();
    const unitChoices = (): { text: string }[] => webPart.getPropertyPaneConfiguration().pages[0].groups[0].groupFields[1].properties.options;
    await waitFor(() => unitChoices()[0].text !== strings.propertyUnitsLoading, 'the unit list to load');
    expect(unitChoices()[0].text).toMatch(new RegExp(`^${strings.propertyUnitsFailed.split('{')[0]}`));
    expect(webPart.context.propertyPane.refresh).toHaveBeenCalled();
  });
});
