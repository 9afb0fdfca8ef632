/**
 * Who did it: the server sets Author and Editor (and Created, Modified) from the acting person. A plain item
 * add or update ignores AuthorId/EditorId sent by the client; the form-value calls
 * (validateUpdateListItem, addValidateUpdateItemUsingPath) let anyone who may edit the item set them, as
 * SharePoint Online does (local/README.md, "Who did it").
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../local/server/index.ts';
import { spAs, startInMemory } from './sharePointClient.ts';

let sharePoint: LocalSharePoint;
let maja: SPFI;
const EVA = 7;
const MAJA = 8;

beforeAll(async () => {
  sharePoint = await startInMemory();
  await spAs(sharePoint, 'editor').web.lists.add('Bockar');
  maja = spAs(sharePoint, 'member');
});

afterAll(() => sharePoint.close());

test('a “done by” the client sends with a plain add or update is ignored: Author and Editor are the caller', async () => {
  const list = maja.web.lists.getByTitle('Bockar');
  const added = await list.items.add({ Title: 'Bock', AuthorId: EVA, EditorId: EVA, Created: '2020-01-01T00:00:00Z' });
  expect(added).toMatchObject({ AuthorId: MAJA, EditorId: MAJA });
  expect(added.Created).not.toBe('2020-01-01T00:00:00Z');
  await list.items.getById(added.Id).update({ Title: 'Bock, ändrad', EditorId: EVA });
  expect(await list.items.getById(added.Id).select('AuthorId', 'EditorId')()).toMatchObject({ AuthorId: MAJA, EditorId: MAJA });
  await spAs(sharePoint, 'editor').web.lists.getByTitle('Bockar').items.getById(added.Id).update({ Title: 'Bock, av Eva' });
  expect(await list.items.getById(added.Id).select('AuthorId', 'EditorId')()).toMatchObject({ AuthorId: MAJA, EditorId: EVA });
});

test('form values may set Author, Editor, Created and Modified, as SharePoint Online lets a contributor do', async () => {
  const list = maja.web.lists.getByTitle('Bockar');
  const evaKey = JSON.stringify([{ Key: 'i:0#.f|membership|eva.redaktor@mrlocal.onmicrosoft.com' }]);
  const results = (await list.addValidateUpdateItemUsingPath(
    [
      { FieldName: 'Title', FieldValue: 'Påstås av Eva' },
      { FieldName: 'Author', FieldValue: evaKey },
      { FieldName: 'Editor', FieldValue: evaKey },
      { FieldName: 'Created', FieldValue: '2020-01-01T08:00:00Z' },
    ],
    '/sites/mr/Lists/Bockar'
  )) as unknown as { FieldName: string; FieldValue: string; HasException: boolean }[];
  expect(results.every((result) => !result.HasException)).toBe(true);
  const id = Number(results.find((result) => result.FieldName === 'Id')?.FieldValue);
  expect(await list.items.getById(id).select('AuthorId', 'EditorId', 'Created')()).toMatchObject({ AuthorId: EVA, EditorId: EVA, Created: '2020-01-01T08:00:00Z' });

  const plain = await list.items.add({ Title: 'Maja' });
  await list.items.getById(plain.Id).validateUpdateListItem([{ FieldName: 'Editor', FieldValue: evaKey }], true);
  expect(await list.items.getById(plain.Id).select('AuthorId', 'EditorId')()).toMatchObject({ AuthorId: MAJA, EditorId: EVA });
  const readOnly = (await list.items.getById(plain.Id).validateUpdateListItem([{ FieldName: 'GUID', FieldValue: 'x' }])) as unknown as { HasException: boolean }[];
  expect(readOnly).toEqual([expect.objectContaining({ HasException: true })]);
});
