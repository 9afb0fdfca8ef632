/**
 * The upgrade from schema version 1, where ticks and assessments sat at the list's root and anyone with
 * Contribute on the list could change any unit's rows. Every root row moves into its unit's folder.
 *
 * A row is moved by copy and delete, with the row's unique key (unit:item:period) as the guard: the root
 * row's key is first set aside (`<key>#moving`), the copy takes the key inside the folder, and the root
 * row is deleted only once a row with its key is in a folder. So no row is lost or doubled whenever the
 * run is stopped, a second run simply carries on, and two runs at once meet at the unique key. The copy
 * keeps who made and last changed the row, and when (Author, Editor, Created, Modified: an editor may
 * set them through form values, as SharePoint allows), and the legacy DoneBy/AssessedBy as they were.
 */
import { SPFI } from '@pnp/sp';
import { addedItemId, FormPerson, throwIfRefused, toFormValues } from '../mapping/formValues';
import { RowQuery, SpFields, SpRow } from '../mapping/rowReader';
import { inOneBatch, listOf, readWholeList } from '../queries';
import { ListKey, LISTS } from '../schema';
import { listRootPath, UNIT_LISTS, unitFolderPath } from '../rights/unitFolders';

/** What a root row's key becomes while its copy is made. */
const MOVING_SUFFIX = '#moving';

const PERSON_COLUMNS = ['Author', 'Editor'];
const TIME_COLUMNS = ['Created', 'Modified'];

/** Everything a copy needs: every schema column, people by login, and who and when. */
function moveQuery(list: ListKey): RowQuery {
  const fields = LISTS[list].fields;
  const people = [...PERSON_COLUMNS, ...fields.filter((f) => f.type === 'User').map((f) => f.name)];
  return {
    select: [
      'Id',
      'Title',
      'FileDirRef',
      ...TIME_COLUMNS,
      ...people.map((name) => `${name}/Name`),
      ...fields.filter((f) => f.type !== 'User' && f.type !== 'UserMulti').map((f) => (f.type === 'Lookup' ? `${f.name}Id` : f.name))
    ],
    expand: people
  };
}

function keyOf(row: SpRow): string {
  const title = String(row.Title ?? '');
  return title.endsWith(MOVING_SUFFIX) ? title.slice(0, -MOVING_SUFFIX.length) : title;
}

/** The copy's fields: the row's values under its own key, people as logins, empty values left out. */
function copyFields(list: ListKey, row: SpRow): SpFields {
  const fields: SpFields = { Title: keyOf(row) };
  for (const name of TIME_COLUMNS) fields[name] = row[name];
  for (const field of LISTS[list].fields) {
    if (field.type === 'UserMulti') continue;
    const name = field.type === 'Lookup' ? `${field.name}Id` : field.name;
    const value = field.type === 'User' ? row[field.name] : row[name];
    if (value !== null && value !== undefined) fields[name] = field.type === 'User' ? ({ loginName: (value as { Name: string }).Name } as FormPerson) : value;
  }
  // Author and Editor last: SharePoint sets them from the form only when both come together.
  for (const name of PERSON_COLUMNS) {
    const person = row[name] as { Name?: string } | undefined;
    if (person?.Name) fields[name] = { loginName: person.Name } as FormPerson;
  }
  return fields;
}

/** The root row's key set aside, its Modified By and Modified kept. */
function setAsideFields(row: SpRow): SpFields {
  const fields: SpFields = { Title: `${keyOf(row)}${MOVING_SUFFIX}`, Modified: row.Modified };
  const editor = row.Editor as { Name?: string } | undefined;
  if (editor?.Name) fields.Editor = { loginName: editor.Name } as FormPerson;
  return fields;
}

function samePath(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.replace(/\/$/, '').toLowerCase() === b.toLowerCase();
}

export interface MoveReport {
  list: ListKey;
  moved: number;
  /** Root rows with no unit to go to (their Unit is empty): left at the root, for an editor to look at. */
  leftAtRoot: number[];
}

interface ListState {
  root: SpRow[];
  keysInFolders: Set<string>;
}

async function readState(sp: SPFI, list: ListKey): Promise<ListState> {
  const rootPath = listRootPath(sp, list);
  const rows = await readWholeList(sp, list, moveQuery(list));
  // Folders sit at the root too, but carry no unit: only rows with a unit move.
  const inRoot = (row: SpRow): boolean => samePath(row.FileDirRef, rootPath);
  return {
    root: rows.filter(inRoot).filter((row) => typeof row.UnitId === 'number'),
    keysInFolders: new Set(rows.filter((row) => !inRoot(row) && row.Title !== undefined).map((row) => String(row.Title)))
  };
}

/** Moves one list's root rows into their units' folders (which must exist). Safe to run again at any point. */
export async function moveRootRows(sp: SPFI, list: ListKey): Promise<MoveReport> {
  const rootPath = listRootPath(sp, list);
  const all = await readWholeList(sp, list, { select: ['Id', 'UnitId', 'FileDirRef', 'FSObjType'], expand: [] });
  const isRow = (row: SpRow): boolean => Number(row.FSObjType ?? 0) === 0;
  const leftAtRoot = all.filter((row) => isRow(row) && samePath(row.FileDirRef, rootPath) && typeof row.UnitId !== 'number').map((row) => Number(row.Id));
  const before = await readState(sp, list);
  const toCopy = before.root.filter((row) => !before.keysInFolders.has(keyOf(row)));
  // Set the key aside, so the copy can take it; a row already set aside by an earlier run is left as it is.
  // Without a new version and keeping who last changed it and when, so that a later run copies those as they were.
  await inOneBatch(sp, (b) =>
    toCopy
      .filter((row) => !String(row.Title).endsWith(MOVING_SUFFIX))
      .map((row) =>
        listOf(b, list)
          .items.getById(Number(row.Id))
          .validateUpdateListItem(toFormValues(LISTS[list], setAsideFields(row)), true)
          .then(throwIfRefused)
      )
  );
  // A copy refused because the key is taken means another run made it: what counts is the state read next.
  await inOneBatch(sp, (b) =>
    toCopy.map((row) =>
      listOf(b, list)
        .addValidateUpdateItemUsingPath(toFormValues(LISTS[list], copyFields(list, row)), unitFolderPath(sp, list, Number(row.UnitId)))
        .then(addedItemId)
        .catch((error: unknown) => error)
    )
  );
  const after = await readState(sp, list);
  const copied = after.root.filter((row) => after.keysInFolders.has(keyOf(row)));
  await inOneBatch(sp, (b) =>
    copied.map((row) =>
      listOf(b, list)
        .items.getById(Number(row.Id))
        .delete()
        // Deleted by a concurrent run already.
        .catch((error: unknown) => error)
    )
  );
  const remaining = after.root.length - copied.length;
  if (remaining > 0) throw new Error(`${remaining} rows of ${LISTS[list].title} could not be moved into their units' folders; run the upgrade again.`);
  return { list, moved: copied.length, leftAtRoot };
}

/** Moves every per-unit list's root rows into their units' folders. */
export async function moveAllRootRows(sp: SPFI): Promise<MoveReport[]> {
  const reports: MoveReport[] = [];
  for (const list of UNIT_LISTS) reports.push(await moveRootRows(sp, list));
  return reports;
}
