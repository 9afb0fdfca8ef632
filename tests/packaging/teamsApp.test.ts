/**
 * The Teams app in teams/: the manifest SharePoint deploys on "Sync to Teams" (and an administrator can
 * upload by hand), its English strings and its two icons; and the solution's icon in the app catalog.
 */
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { decodePng } from './png';
import { componentId, inRepository, readJson } from './repository';

const manifest = readJson('teams/manifest.json');
const english = readJson('teams/en-us.json');
const solution = readJson('config/package-solution.json').solution;
const productVersion: string = readJson('package.json').version;

function schemaErrors(schemaFile: string, document: unknown): string {
  // unicodeRegExp off: the published localization schema has patterns that are valid only outside unicode mode.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(readJson(`tests/packaging/schema/${schemaFile}`));
  return validate(document) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });
}

describe('Teams app manifest', () => {
  test('is valid against the official app manifest schema of its version', () => {
    expect(manifest.manifestVersion).toBe('1.24');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json');
    expect(schemaErrors('MicrosoftTeams.schema.json', manifest)).toBe('');
  });

  test('is the app of the web part: same id in the app id and in every tab URL', () => {
    expect(manifest.id).toBe(componentId);
    const tabUrls = [...manifest.staticTabs.map((tab: any) => tab.contentUrl), ...manifest.configurableTabs.map((tab: any) => tab.configurationUrl)];
    expect(tabUrls).toHaveLength(2);
    for (const url of tabUrls) expect(url).toContain(`%26componentId=${componentId}%26forceLocale={locale}`);
  });

  test('opens the web part through the SharePoint-hosted tab pages', () => {
    const [personal] = manifest.staticTabs;
    expect(personal.scopes).toEqual(['personal']);
    expect(personal.contentUrl).toBe(
      'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx' +
        `%3Fteams%26personal%26componentId=${componentId}%26forceLocale={locale}`
    );
    const [configurable] = manifest.configurableTabs;
    expect(configurable.configurationUrl).toBe(
      'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx' +
        `%3FopenPropertyPane=true%26teams%26componentId=${componentId}%26forceLocale={locale}`
    );
    expect(manifest.webApplicationInfo).toEqual({ id: '00000003-0000-0ff1-ce00-000000000000', resource: 'https://{teamSiteDomain}' });
    expect(manifest.validDomains).toEqual(expect.arrayContaining(['*.sharepoint.com', '*.login.microsoftonline.com']));
  });

  test('can be added to teams, chats and meetings, where the checklist is ticked together', () => {
    const [configurable] = manifest.configurableTabs;
    expect(configurable.scopes).toEqual(['team', 'groupChat']);
    expect(configurable.context).toEqual(
      expect.arrayContaining(['channelTab', 'privateChatTab', 'meetingSidePanel', 'meetingChatTab', 'meetingDetailsTab'])
    );
  });

  test("can be shared to the meeting stage with Teams' own share button", () => {
    const [configurable] = manifest.configurableTabs;
    expect(configurable.context).toContain('meetingStage');
    // Teams' share-to-stage documentation requires this resource-specific permission (delegated) for the stage.
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }]);
  });

  test('has the version of the SharePoint solution', () => {
    expect(manifest.version).toBe(productVersion);
    expect(solution.version).toBe(`${productVersion}.0`);
  });

  test('names the same developer as the SharePoint solution', () => {
    const { name, websiteUrl, privacyUrl, termsOfUseUrl } = solution.developer;
    expect(manifest.developer).toEqual({ name, websiteUrl, privacyUrl, termsOfUseUrl });
  });

  test('is Swedish by default and complete in English', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('sv-se');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en-us', file: 'en-us.json' }]);
    expect(schemaErrors('MicrosoftTeams.Localization.schema.json', english)).toBe('');
    const localizable = [
      'name.short',
      'name.full',
      'description.short',
      'description.full',
      ...manifest.staticTabs.map((_tab: unknown, index: number) => `staticTabs[${index}].name`)
    ];
    expect(Object.keys(english).filter((key) => key !== '$schema').sort()).toEqual(localizable.sort());
  });

  test('names only files that teams/ holds, and teams/ holds nothing else', () => {
    const named = [manifest.icons.color, manifest.icons.outline, ...manifest.localizationInfo.additionalLanguages.map((language: any) => language.file)];
    expect(named).toEqual([`${componentId}_color.png`, `${componentId}_outline.png`, 'en-us.json']);
    const teamsFolder = readdirSync(inRepository('teams')).filter((file) => file !== 'TeamsSPFxApp.zip');
    expect(teamsFolder.sort()).toEqual(['manifest.json', ...named].sort());
  });
});

describe('app icons', () => {
  const icon = (kind: 'color' | 'outline'): ReturnType<typeof decodePng> =>
    decodePng(readFileSync(inRepository(`teams/${componentId}_${kind}.png`)));

  test("the app catalog's icon, drawn from the same picture as the colour icon, is 96×96", () => {
    const { width, height } = decodePng(readFileSync(inRepository(`sharepoint/${solution.iconPath}`)));
    expect([width, height]).toEqual([96, 96]);
  });

  test('the colour icon is 192×192 and fully opaque', () => {
    const { width, height, rgba } = icon('color');
    expect([width, height]).toEqual([192, 192]);
    expect(rgba.filter((_value, index) => index % 4 === 3).every((alpha) => alpha === 255)).toBe(true);
  });

  test('the outline icon is 32×32, white on a transparent background', () => {
    const { width, height, rgba } = icon('outline');
    expect([width, height]).toEqual([32, 32]);
    const pixels = Array.from({ length: width * height }, (_pixel, index) => rgba.subarray(index * 4, index * 4 + 4));
    const transparent = pixels.filter(([, , , alpha]) => alpha === 0);
    const drawn = pixels.filter(([, , , alpha]) => alpha > 0);
    expect(transparent.length).toBeGreaterThan(width * height * 0.3);
    expect(drawn.length).toBeGreaterThan(width * height * 0.2);
    expect(drawn.filter(([red, green, blue]) => red !== 255 || green !== 255 || blue !== 255)).toEqual([]);
  });
});
