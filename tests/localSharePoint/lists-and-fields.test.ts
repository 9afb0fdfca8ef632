/**
 * The web, its users and its lists and fields, driven through PnPjs the way the product's provisioning
 * drives SharePoint Online: lists.ensure, the typed field helpers, createFieldAsXml and field updates.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { AS_EDITOR, errorOf, spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let sp: SPFI;

beforeAll(async () => {
  sharePoint = await startInMemory();
  sp = spAs(sharePoint);
});

afterAll(() => sharePoint.close());

describe('web and users', () => {
  test('_api/web answers with the site', async () => {
    const web = await sp.web.select('Title', 'ServerRelativeUrl', 'Url', 'Language')();
    expect(web).toMatchObject({ Title: 'MR-programmet', ServerRelativeUrl: '/sites/mr', Url: sharePoint.siteUrl, Language: 1053 });
  });

  test('the current user follows the X-MR-Local-User header', async () => {
    expect(await sp.web.currentUser()).toMatchObject({
      Id: 7,
      Title: 'Eva Redaktör',
      LoginName: 'i:0#.f|membership|eva.redaktor@mrlocal.onmicrosoft.com',
      Email: 'eva.redaktor@mrlocal.onmicrosoft.com',
      PrincipalType: 1,
    });
    expect(await spAs(sharePoint, 'reader').web.currentUser.select('Title')()).toMatchObject({ Title: 'Lars Läsare' });
  });

  test('site users by id, e-mail and login name; ensureUser', async () => {
    const users = await sp.web.siteUsers();
    expect(users.map((user: { Title: string }) => user.Title).slice(0, 4)).toEqual(['Eva Redaktör', 'Maja Medlem', 'Lars Läsare', 'Omar Lindqvist']);
    expect(users.length).toBe(12);
    expect(await sp.web.siteUsers.getById(8)()).toMatchObject({ Title: 'Maja Medlem' });
    expect(await sp.web.siteUsers.getByEmail('lars.lasare@mrlocal.onmicrosoft.com')()).toMatchObject({ Id: 9 });
    expect(await sp.web.siteUsers.getByLoginName('i:0#.f|membership|maja.medlem@mrlocal.onmicrosoft.com')()).toMatchObject({ Id: 8 });
    expect(await sp.web.ensureUser('maja.medlem@mrlocal.onmicrosoft.com')).toMatchObject({ Id: 8, Title: 'Maja Medlem' });
    expect(await sp.web.getUserById(9)()).toMatchObject({ Title: 'Lars Läsare' });
    expect(await errorOf(sp.web.ensureUser('nobody@example.com'))).toMatchObject({ status: 500 });
  });

  test('site groups and the associated groups', async () => {
    expect((await sp.web.siteGroups()).map((group: { Title: string }) => group.Title)).toEqual(['MR Owners', 'MR Visitors', 'MR Members']);
    expect(await sp.web.associatedMemberGroup()).toMatchObject({ Id: 5, Title: 'MR Members' });
    expect((await sp.web.associatedVisitorGroup.users())[0]).toMatchObject({ Title: 'Lars Läsare' });
    expect(await sp.web.associatedMemberGroup.users()).toEqual([expect.objectContaining({ Title: 'Maja Medlem' })]);
    expect(await sp.web.siteGroups.getByName('MR Owners')()).toMatchObject({ Id: 3 });
  });
});

describe('lists', () => {
  test('create, get by title and by id, update, item count', async () => {
    const created = await sp.web.lists.add('Mål och åtgärder', 'Programmets mål', 100, false, { Hidden: false });
    expect(created).toMatchObject({ Title: 'Mål och åtgärder', Description: 'Programmets mål', BaseTemplate: 100, ItemCount: 0 });
    expect(created.ListItemEntityTypeFullName).toBe('SP.Data.M_x00e5_l_x0020_och_x0020__x00e5_tg_x00e4_rderListItem');
    expect(await sp.web.lists.getById(created.Id).select('Title')()).toMatchObject({ Title: 'Mål och åtgärder' });

    await sp.web.lists.getByTitle('Mål och åtgärder').update({ Description: 'Ändrad' });
    await sp.web.lists.getByTitle('Mål och åtgärder').items.add({ Title: 'Ett' });
    const list = await sp.web.lists.getByTitle('mål och åtgärder').select('Description', 'ItemCount')();
    expect(list).toMatchObject({ Description: 'Ändrad', ItemCount: 1 });
  });

  test('a missing list answers 404 as SharePoint does', async () => {
    expect(await errorOf(sp.web.lists.getByTitle('Finns inte')())).toEqual({
      status: 404,
      code: '-1, System.ArgumentException',
      message: `List 'Finns inte' does not exist at site with URL '${sharePoint.siteUrl}'.`,
    });
  });

  test('lists.ensure creates once, then updates', async () => {
    const first = await sp.web.lists.ensure('Enheter', 'Stadens enheter');
    const second = await sp.web.lists.ensure('Enheter', 'Stadens förvaltningar och bolag');
    expect([first.created, second.created]).toEqual([true, false]);
    expect(await second.list.select('Description')()).toMatchObject({ Description: 'Stadens förvaltningar och bolag' });
  });

  test('a duplicate title is refused', async () => {
    await sp.web.lists.add('Dubblett');
    expect(await errorOf(sp.web.lists.add('dubblett'))).toMatchObject({ status: 500, code: '-2130575342, Microsoft.SharePoint.SPException' });
  });
});

describe('fields', () => {
  let units: ReturnType<SPFI['web']['lists']['getByTitle']>;
  let actions: ReturnType<SPFI['web']['lists']['getByTitle']>;

  beforeAll(async () => {
    await sp.web.lists.add('Förvaltningar');
    await sp.web.lists.add('Insatser');
    units = sp.web.lists.getByTitle('Förvaltningar');
    actions = sp.web.lists.getByTitle('Insatser');
  });

  test('typed field helpers create fields of the right kind', async () => {
    const unitsList = await units.select('Id')();
    await actions.fields.addText('Kod', { MaxLength: 20, Required: true });
    await actions.fields.addMultilineText('Beskrivning');
    await actions.fields.addNumber('Budget');
    await actions.fields.addBoolean('Klar');
    await actions.fields.addDateTime('Slutdatum');
    await actions.fields.addUrl('Länk');
    await actions.fields.addChoice('Status', { Choices: ['Planerad', 'Pågår', 'Klar'] });
    await actions.fields.addMultiChoice('Rättigheter', { Choices: ['Barn', 'Äldre', 'Funktionsnedsättning'] });
    await actions.fields.addLookup('Förvaltning', { LookupListId: unitsList.Id, LookupFieldName: 'Title' });
    await actions.fields.addUser('Ansvarig', { SelectionMode: 0 });

    const fields = await actions.fields.filter('FromBaseType eq false').select('InternalName', 'TypeAsString', 'Required')();
    expect(fields).toEqual([
      { InternalName: 'Kod', TypeAsString: 'Text', Required: true },
      { InternalName: 'Beskrivning', TypeAsString: 'Note', Required: false },
      { InternalName: 'Budget', TypeAsString: 'Number', Required: false },
      { InternalName: 'Klar', TypeAsString: 'Boolean', Required: false },
      { InternalName: 'Slutdatum', TypeAsString: 'DateTime', Required: false },
      { InternalName: 'L_x00e4_nk', TypeAsString: 'URL', Required: false },
      { InternalName: 'Status', TypeAsString: 'Choice', Required: false },
      { InternalName: 'R_x00e4_ttigheter', TypeAsString: 'MultiChoice', Required: false },
      { InternalName: 'F_x00f6_rvaltning', TypeAsString: 'Lookup', Required: false },
      { InternalName: 'Ansvarig', TypeAsString: 'User', Required: false },
    ].map((field) => expect.objectContaining(field)));
    expect(await actions.fields.getByInternalNameOrTitle('Status').select('Choices')()).toEqual(
      expect.objectContaining({ Choices: ['Planerad', 'Pågår', 'Klar'] })
    );
  });

  test('createFieldAsXml takes the internal name from DisplayName unless told otherwise', async () => {
    const derived = await actions.fields.createFieldAsXml('<Field Type="Text" Name="Hint" DisplayName="Från visningsnamn" />');
    const hinted = await actions.fields.createFieldAsXml({
      SchemaXml: '<Field Type="Number" Name="Vikt" DisplayName="Viktning" Indexed="TRUE" />',
      Options: 8,
    });
    expect(derived.InternalName).toBe('Fr_x00e5_n_x0020_visningsnamn');
    expect([hinted.InternalName, hinted.Indexed]).toEqual(['Vikt', true]);
  });

  test('createFieldAsXml makes people fields on the user information list (List="UserInfo")', async () => {
    const owner = await actions.fields.createFieldAsXml({ SchemaXml: '<Field Type="User" Name="Agare" DisplayName="Agare" List="UserInfo" UserSelectionMode="PeopleOnly" />', Options: 8 });
    const members = await actions.fields.createFieldAsXml({
      SchemaXml: '<Field Type="UserMulti" Name="Medverkande" DisplayName="Medverkande" List="UserInfo" Mult="TRUE" UserSelectionMode="PeopleOnly" />',
      Options: 8,
    });
    expect([owner.TypeAsString, members.TypeAsString, (members as Record<string, unknown>).AllowMultipleValues]).toEqual(['User', 'UserMulti', true]);
    const added = await actions.items.add({ Title: 'Med ägare', AgareId: 8, MedverkandeId: [7, 9] });
    const item = await actions.items.getById(added.Id).select('Agare/Title', 'Medverkande/Title').expand('Agare', 'Medverkande')();
    expect(item).toMatchObject({ Agare: { Title: 'Maja Medlem' }, Medverkande: [{ Title: 'Eva Redaktör' }, { Title: 'Lars Läsare' }] });
    const missingList = actions.fields.createFieldAsXml('<Field Type="User" Name="Fel" DisplayName="Fel" List="{00000000-0000-0000-0000-000000000001}" />');
    expect(await errorOf(missingList)).toMatchObject({ status: 404 });
  });

  test('SchemaXml carries the choices, flags, lookup target and attributes a client reads back, XML-escaped', async () => {
    const unitsList = await units.select('Id')();
    await actions.fields.createFieldAsXml({
      SchemaXml:
        '<Field Type="Choice" Name="Fas" DisplayName="Fas &amp; steg" Required="TRUE" Format="RadioButtons">' +
        '<CHOICES><CHOICE>Plan &amp; mål</CHOICE><CHOICE>&lt;Utförd&gt;</CHOICE></CHOICES><Default>Plan &amp; mål</Default></Field>',
      Options: 8,
    });
    await actions.fields.createFieldAsXml({ SchemaXml: '<Field Type="DateTime" Name="Beslutad" DisplayName="Beslutad" Format="DateOnly" Indexed="TRUE" />', Options: 8 });
    const schemaOf = async (name: string): Promise<string> => (await actions.fields.getByInternalNameOrTitle(name).select('SchemaXml')()).SchemaXml;

    const choice = await schemaOf('Fas');
    expect(choice).toMatch(/^<Field Type="Choice" DisplayName="Fas &amp; steg" Required="TRUE" EnforceUniqueValues="FALSE" Indexed="FALSE" /);
    expect(choice).toContain('Format="RadioButtons"');
    expect(choice).toContain('StaticName="Fas" Name="Fas"');
    expect(choice).toMatch(/><CHOICES><CHOICE>Plan &amp; mål<\/CHOICE><CHOICE>&lt;Utförd&gt;<\/CHOICE><\/CHOICES><Default>Plan &amp; mål<\/Default><\/Field>$/);
    expect(await schemaOf('Beslutad')).toMatch(/Type="DateTime" .*Indexed="TRUE" .*Format="DateOnly"/);
    expect(await schemaOf('Status')).toContain('<CHOICES><CHOICE>Planerad</CHOICE><CHOICE>Pågår</CHOICE><CHOICE>Klar</CHOICE></CHOICES>');
    expect(await schemaOf('F_x00f6_rvaltning')).toMatch(new RegExp(`Type="Lookup" .*List="\\{${unitsList.Id}\\}" ShowField="Title"`));
    expect(await schemaOf('Ansvarig')).toMatch(/Type="User" .*List="UserInfo" ShowField="ImnName" UserSelectionMode="PeopleOnly"/);
    expect(await schemaOf('Medverkande')).toMatch(/Type="UserMulti" .*Mult="TRUE" List="UserInfo"/);
  });

  test('field update, indexes and unique values', async () => {
    const code = actions.fields.getByInternalNameOrTitle('Kod');
    expect(await errorOf(code.update({ EnforceUniqueValues: true }))).toMatchObject({ status: 400, message: expect.stringContaining('indexed') });
    await code.update({ Indexed: true, EnforceUniqueValues: true });
    expect(await code.select('Indexed', 'EnforceUniqueValues')()).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    expect((await code.select('SchemaXml')()).SchemaXml).toMatch(/Required="TRUE" EnforceUniqueValues="TRUE" Indexed="TRUE" MaxLength="20"/);
  });

  test('values of every field type round-trip, lookups and people expand', async () => {
    const unit = await units.items.add({ Title: 'Socialförvaltningen' });
    const values = {
      Kod: 'A-1',
      Budget: 1500.5,
      Klar: true,
      Slutdatum: '2025-12-31T00:00:00Z',
      L_x00e4_nk: { Url: 'https://start.stockholm', Description: 'Start' },
      Status: 'Pågår',
      R_x00e4_ttigheter: ['Barn', 'Äldre'],
      AnsvarigId: 8,
    };
    const added = await actions.items.add({ Title: 'Insats 1', Beskrivning: '<p>Text</p>', F_x00f6_rvaltningId: unit.Id, ...values });
    const item = await actions.items
      .getById(added.Id)
      .select(...Object.keys(values), 'F_x00f6_rvaltning/Title', 'Ansvarig/Title', 'Ansvarig/EMail')
      .expand('F_x00f6_rvaltning', 'Ansvarig')();
    expect(item).toMatchObject({
      ...values,
      F_x00f6_rvaltning: { Title: 'Socialförvaltningen' },
      Ansvarig: { Title: 'Maja Medlem', EMail: 'maja.medlem@mrlocal.onmicrosoft.com' },
    });
  });

  test('selecting a lookup without expanding it is refused as SharePoint refuses it', async () => {
    expect(await errorOf(actions.items.select('F_x00f6_rvaltning/Title')())).toMatchObject({ status: 400, message: expect.stringContaining('$expand') });
  });

  test('a property the list does not have is refused', async () => {
    expect(await errorOf(actions.items.add({ Finns: 'nej' }))).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: "The property 'Finns' does not exist on type 'SP.Data.InsatserListItem'. Make sure to only use property names that are defined by the type.",
    });
  });

  test('the unique column refuses a duplicate with SPDuplicateValuesFoundException', async () => {
    expect(await errorOf(actions.items.add({ Title: 'Kopia', Kod: 'a-1' }))).toEqual({
      status: 500,
      code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      message: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Kod].',
    });
    const copy = await actions.items.add({ Title: 'Kopia', Kod: 'A-2' });
    expect(await errorOf(actions.items.getById(copy.Id).update({ Kod: 'A-1' }))).toMatchObject({ status: 500 });
    await actions.items.getById(copy.Id).update({ Kod: 'A-3' });
  });

  test('verbose JSON, as fields.add sends it, is answered in verbose JSON', async () => {
    const response = await fetch(`${sharePoint.siteUrl}/_api/web/lists/getByTitle('Insatser')/fields/getByInternalNameOrTitle('Status')`, {
      headers: { ...AS_EDITOR, Accept: 'application/json;odata=verbose' },
    });
    const body = (await response.json()) as { d: { __metadata: { type: string }; Choices: { results: string[] } } };
    expect(body.d.__metadata.type).toBe('SP.FieldChoice');
    expect(body.d.Choices.results).toEqual(['Planerad', 'Pågår', 'Klar']);
  });
});
