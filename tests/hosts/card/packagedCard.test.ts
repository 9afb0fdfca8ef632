/**
 * The card as the package ships it: the script SharePoint loads for the card is taken out of the built
 * .sppkg and run as SharePoint's module loader runs it (an AMD `define` whose dependencies are handed in),
 * with the SPFx stand-ins of the local page (src/hosts/devPage/vivaConnections/aceStandIn.ts says why), and
 * shows a member's unit from a local SharePoint. SharePoint's module loader (sp-loader) is the other
 * dependency: the card's script asks it only for the property pane's chunk, when an editor opens the
 * settings, which this test does not do, so it stands in as an empty module (any other use would fail here).
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { LocalSharePoint } from '../../../local/server/index.ts';
import * as aceStandIn from '../../../src/hosts/devPage/vivaConnections/aceStandIn';
import { runCard, RuntimeExtension } from '../../../src/hosts/devPage/vivaConnections/cardRuntime';
import { localizationFor } from '../../ui/loc/localizationFor';
import { ensurePackage } from '../../packaging/ensurePackage';
import { readJson } from '../../packaging/repository';
import { startDemoSite } from '../../data/demoSite';

const STAND_INS: Record<string, unknown> = {
  '@microsoft/sp-adaptive-card-extension-base': aceStandIn,
  '@microsoft/sp-loader': {}
};
const cardId: string = readJson('src/hosts/card/MrProgrammeCardAdaptiveCardExtension.manifest.json').id;

let site: LocalSharePoint;
let script: string;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const sppkg = await JSZip.loadAsync(readFileSync(await ensurePackage()));
  const [name] = Object.keys(sppkg.files).filter((file) => /^ClientSideAssets\/mr-programme-card_\w+\.js$/.test(file));
  script = await sppkg.file(name)!.async('string');
  site = (await startDemoSite()).site;
  globalThis.fetch = (input, init) => realFetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'X-MR-Local-User': 'member' } });
}, 10 * 60 * 1000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await site?.close();
});

/** Runs the card's script as SharePoint's loader does and returns the class it defines, and what it needs. */
function loadCard(): { Card: new () => unknown; dependencies: string[] } {
  let loaded: { Card: new () => unknown; dependencies: string[] } | undefined;
  const define = (dependencies: string[], factory: (...modules: unknown[]) => { default: new () => unknown }): void => {
    const missing = dependencies.filter((dependency) => !(dependency in STAND_INS));
    if (missing.length > 0) throw new Error(`The card's script needs modules this test does not provide: ${missing.join(', ')}`);
    loaded = { Card: factory(...dependencies.map((dependency) => STAND_INS[dependency])).default, dependencies };
  };
  // Run as an inline script of a page: webpack reads where its chunks live from `document.currentScript`
  // (here none) and keeps the chunks it installed on the page's global object (`self`).
  // eslint-disable-next-line no-new-func -- the packaged script is run as SharePoint's loader runs it, in this test's realm
  new Function('define', 'document', 'self', script)(define, { currentScript: null }, globalThis);
  if (!loaded) throw new Error('The card script did not define its module.');
  return loaded;
}

test('the package’s card script needs only SharePoint’s card runtime and module loader, and shows the member’s unit', async () => {
  const { Card, dependencies } = loadCard();
  expect([...dependencies].sort()).toEqual(['@microsoft/sp-adaptive-card-extension-base', '@microsoft/sp-loader']);
  const extension = new Card() as RuntimeExtension;
  const card = await runCard(extension, {
    context: { pageContext: { web: { absoluteUrl: site.siteUrl }, cultureInfo: { currentUICultureName: 'sv-SE' }, legacyPageContext: {} }, sdks: {} },
    properties: { dataSiteUrl: '', appPageUrl: '' },
    cardSize: 'Medium',
    cacheKey: cardId,
    onRender: () => undefined
  });
  for (let attempt = 0; attempt < 400 && (extension.state as { status: string }).status === 'loading'; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
  const { strings } = localizationFor('sv-SE');
  const [title, header] = (card.cardView() as { body: { text: string }[] }).body.map((block) => block.text);
  expect(title).toBe(strings.appTitle);
  expect(header).toMatch(/^Din enhet: nivå 0 av 6 · \d+ kvar att göra · 2 nya uppdateringar$/);
  card.pressCardButton(0);
  expect(JSON.stringify(card.quickView())).toContain(strings.plansHeading);
});
