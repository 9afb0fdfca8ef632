/**
 * Opens the built sharepoint/solution/mr-programmet.sppkg and checks what SharePoint reads from it:
 * the solution (tenant-wide deployable), the web part's and the Viva Connections card's component
 * manifests, the scripts they load, and the Teams app package that "Sync to Teams" deploys. Builds the package first when it is not current.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { ensurePackage } from './ensurePackage';
import { componentId, inRepository, readJson } from './repository';

const solution = readJson('config/package-solution.json').solution;
const XML_ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

let sppkg: JSZip;

beforeAll(async () => {
  sppkg = await JSZip.loadAsync(readFileSync(await ensurePackage()));
}, 10 * 60 * 1000);

async function text(entry: string): Promise<string> {
  const file = sppkg.file(entry);
  if (!file) throw new Error(`${entry} is not in the .sppkg; it holds ${Object.keys(sppkg.files).join(', ')}`);
  return file.async('string');
}

function attribute(xml: string, element: string, name: string): string {
  const match = new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
  if (!match) throw new Error(`no ${name} on <${element}> in ${xml.slice(0, 200)}…`);
  return match[1].replace(/&(\w+);/g, (entity, entityName: string) => XML_ENTITIES[entityName] ?? entity);
}

const cardManifest = readJson('src/hosts/card/MrProgrammeCardAdaptiveCardExtension.manifest.json');

async function componentManifest(entryName: string = `WebPart_${componentId}.xml`): Promise<Record<string, any>> {
  const [entry] = Object.keys(sppkg.files).filter((name) => name.endsWith(`/${entryName}`));
  if (!entry) throw new Error(`No ${entryName} in the .sppkg; it holds ${Object.keys(sppkg.files).join(', ')}`);
  return JSON.parse(attribute(await text(entry), 'ClientSideComponent', 'ComponentManifest'));
}

/** Every script a component manifest loads from the package. */
function packagedScripts(manifest: Record<string, any>): string[] {
  return Object.values<Record<string, any>>(manifest.loaderConfig.scriptResources).flatMap((resource) => {
    if (resource.type === 'path') return [resource.path];
    if (resource.type === 'localizedPath') return [resource.defaultPath, ...Object.values<string>(resource.paths)];
    return [];
  });
}

test('the solution is the configured one, with its icon, and deploys tenant-wide without feature deployment', async () => {
  const appManifest = await text('AppManifest.xml');
  expect(attribute(appManifest, 'App', 'ProductID')).toBe(solution.id);
  expect(attribute(appManifest, 'App', 'Version')).toBe(solution.version);
  expect(attribute(appManifest, 'App', 'IsClientSideSolution')).toBe('true');
  expect(attribute(appManifest, 'App', 'SkipFeatureDeployment')).toBe('true');
  expect(await text('_rels/AppManifest.xml.rels')).toContain(`Target="/${solution.iconPath}"`);
  expect(sppkg.file(solution.iconPath)).not.toBeNull();
});

test("the web part's component manifest has its id and the four hosts", async () => {
  const manifest = await componentManifest();
  expect(manifest).toMatchObject({ id: componentId, alias: 'MrProgrammeWebPart', componentType: 'WebPart', supportsThemeVariants: true });
  expect(manifest.supportedHosts).toEqual(['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp']);
  expect(manifest.preconfiguredEntries[0].title.default).toBe('MR-programmet');
});

test('every script the web part loads from the package is in the package', async () => {
  const manifest = await componentManifest();
  expect(manifest.loaderConfig.internalModuleBaseUrls).toEqual(['HTTPS://SPCLIENTSIDEASSETLIBRARY/']);
  const scripts = packagedScripts(manifest);
  expect(scripts).toContainEqual(expect.stringMatching(/^mr-programme-web-part_[0-9a-f]+\.js$/));
  for (const script of scripts) expect(sppkg.file(`ClientSideAssets/${script}`)).not.toBeNull();
});

/**
 * What the first view does not need loads on demand: each named part is a chunk of its own. Were one pulled
 * back into the first script by a static import, webpack would fold it in there and emit no such chunk.
 */
test("the views, editors, set-up, search, the checklists' live sync, the units' folder rights, the property pane and the English texts ship as chunks of their own, not in the first script", () => {
  const chunkNames = Object.keys(sppkg.files)
    .map((file) => /^ClientSideAssets\/chunk\.(mr-[a-z-]+)_[0-9a-f]+\.js$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined);
  expect(chunkNames).toEqual(
    expect.arrayContaining([
      'mr-overview',
      'mr-action-plans',
      'mr-staircase',
      'mr-updates',
      'mr-follow-up',
      'mr-follow-up-report',
      'mr-content',
      'mr-update-editor',
      'mr-set-up',
      'mr-provisioning',
      'mr-search',
      'mr-unit-picker',
      'mr-help',
      'mr-more-views',
      'mr-checklist-sync',
      'mr-unit-rights',
      'mr-web-part-property-pane',
      'mr-strings-en'
    ])
  );
});

test('the Viva Connections card is in the package: its manifest for the dashboard, and its own bundle', async () => {
  const manifest = await componentManifest(`AdaptiveCardExtension_${cardManifest.id}.xml`);
  expect(manifest).toMatchObject({ id: cardManifest.id, alias: 'MrProgrammeCardAdaptiveCardExtension', componentType: 'AdaptiveCardExtension' });
  expect(manifest.supportedHosts).toEqual(['Dashboard']);
  expect(manifest.preconfiguredEntries[0]).toMatchObject({ title: { default: 'MR-programmet', 'en-US': 'MR programme' }, cardSize: 'Large' });
  expect(manifest.preconfiguredEntries[0].properties).toEqual({ title: 'MR-programmet', dataSiteUrl: '', appPageUrl: '' });
  const scripts = packagedScripts(manifest);
  expect(scripts).toContainEqual(expect.stringMatching(/^mr-programme-card_[0-9a-f]+\.js$/));
  expect(scripts).not.toContainEqual(expect.stringMatching(/^mr-programme-web-part_/));
  for (const script of scripts) expect(sppkg.file(`ClientSideAssets/${script}`)).not.toBeNull();
  // The dashboard loads the card's script with SharePoint's own card runtime and module loader: no React, and
  // the property pane only when an editor opens the card's settings (its own chunk, through the loader).
  expect(Object.keys(manifest.loaderConfig.scriptResources).sort()).toEqual(
    ['@microsoft/sp-adaptive-card-extension-base', '@microsoft/sp-loader', manifest.loaderConfig.entryModuleId].sort()
  );
  expect(Object.keys(sppkg.files)).toContainEqual(expect.stringMatching(/^ClientSideAssets\/chunk\.mr-card-property-pane_[0-9a-f]+\.js$/));
});

test('it carries the Teams app package where Sync to Teams looks, naming the same component', async () => {
  const clientSideAssets = await text('_rels/ClientSideAssets.xml.rels');
  expect(clientSideAssets).toContain('Target="/ClientSideAssets/TeamsSPFxApp.zip"');

  const teamsPackage = await JSZip.loadAsync(await sppkg.file('ClientSideAssets/TeamsSPFxApp.zip')!.async('nodebuffer'));
  const entries = Object.keys(teamsPackage.files).sort();
  expect(entries).toEqual(
    ['manifest.json', 'en-us.json', `${componentId}_color.png`, `${componentId}_outline.png`].sort()
  );
  const packagedManifest = await teamsPackage.file('manifest.json')!.async('string');
  expect(packagedManifest).toBe(readFileSync(inRepository('teams/manifest.json'), 'utf8'));
  const teamsManifest = JSON.parse(packagedManifest);
  expect(teamsManifest.id).toBe(componentId);
  expect(teamsManifest.staticTabs[0].contentUrl).toContain(`componentId=${componentId}`);
  expect(teamsManifest.configurableTabs[0].configurationUrl).toContain(`componentId=${componentId}`);
});
