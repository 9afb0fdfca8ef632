/**
 * Creates MR-programmet's lists on a site from the one schema, or brings older ones up to it.
 *
 * Every step first looks at what is there and only adds what is missing, so running it twice changes
 * nothing, an older schema is upgraded in place (fields, indexes and unique keys added, nothing
 * dropped), and two browsers running it at once both end well: when a create fails because the other
 * run got there first, the step looks again and carries on with what it finds.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import { IField } from '@pnp/sp/fields';
import { IList } from '@pnp/sp/lists';
import { httpStatusOf } from '../../app/failures';
import { listOf, odataText } from '../queries';
import type { ProvisioningProgress } from '../../app/contracts';
import { FieldSchema, LIST_ORDER, ListKey, LISTS, ListSchema, SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from '../schema';
import { ADD_FIELD_OPTIONS, fieldXml } from './fieldXml';
import { restrictToEditors } from './permissions';

/** A field as provisioning compares it with the schema. */
interface FieldState {
  Id: string;
  InternalName: string;
  Title: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
}

/** The schema's description of the built-in Title column, as a field like the others. */
function titleFieldOf(list: ListSchema): FieldSchema {
  return { name: 'Title', type: 'Text', ...list.titleField };
}

/**
 * Finds a thing, or creates it and finds it again. When the create fails because a concurrent run
 * created it first, what that run made is used; any other failure is raised.
 */
async function findOrCreate<T>(find: () => Promise<T | undefined>, create: () => Promise<unknown>): Promise<T> {
  const existing = await find();
  if (existing !== undefined) return existing;
  let createError: unknown;
  try {
    await create();
  } catch (error) {
    createError = error;
  }
  const found = await find();
  if (found !== undefined) return found;
  throw createError ?? new Error('Created, but not found afterwards.');
}

async function notFoundAsUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}

async function ensureList(sp: SPFI, schema: ListSchema): Promise<string> {
  const find = async (): Promise<string | undefined> =>
    (await notFoundAsUndefined(() => sp.web.lists.getByTitle(schema.title).select('Id')()))?.Id;
  // Editors find the lists in SharePoint's own screens, but they are not navigation: off the quick launch.
  return findOrCreate(find, () => sp.web.lists.add(schema.title, schema.description, 100, false, { OnQuickLaunch: false }));
}

async function fieldStates(list: IList, names: readonly string[]): Promise<Map<string, FieldState>> {
  const fields = (await list.fields.select('Id', 'InternalName', 'Title', 'Required', 'Indexed', 'EnforceUniqueValues')()) as FieldState[];
  return new Map(fields.filter((f) => names.includes(f.InternalName)).map((f) => [f.InternalName, f]));
}

/** A choice field's choices: `Choices` belongs to SP.FieldChoice, so it is read from that field alone, not from the collection. */
async function choicesOf(field: IField): Promise<string[]> {
  const { Choices } = (await field.select('Choices')()) as { Choices?: string[] | { results: string[] } };
  if (Choices === undefined) return [];
  return Array.isArray(Choices) ? Choices : Choices.results;
}

async function createField(list: IList, field: FieldSchema, lookupListId: string | undefined): Promise<void> {
  const created = (await list.fields.createFieldAsXml({ SchemaXml: fieldXml(field, lookupListId), Options: ADD_FIELD_OPTIONS })) as FieldState;
  // Had a concurrent run made the field a moment earlier, SharePoint would give this one another name: remove the stray.
  if (created.InternalName !== field.name) await list.fields.getById(created.Id).delete();
}

/** Brings one existing field up to the schema: title, required, index, then unique key, then missing choices. */
async function reconcileField(list: IList, field: FieldSchema, state: FieldState): Promise<void> {
  const field$ = list.fields.getById(state.Id);
  const update = (properties: Record<string, unknown>): Promise<unknown> => field$.update(properties, 'SP.Field');
  // A field provisioning just created still carries its internal name as title; one an editor renamed is left alone.
  if (state.Title === field.name && field.title !== field.name) await update({ Title: field.title });
  if (field.required && !state.Required) await update({ Required: true });
  // SharePoint enforces unique values only on an indexed column, so the index comes first.
  if (field.indexed && !state.Indexed) await update({ Indexed: true });
  if (field.unique && !state.EnforceUniqueValues) await update({ EnforceUniqueValues: true });
  if (field.choices === undefined) return;
  const existingChoices = await choicesOf(field$);
  const missingChoices = field.choices.filter((choice) => !existingChoices.includes(choice));
  if (missingChoices.length > 0) await update({ Choices: [...existingChoices, ...missingChoices] });
}

async function ensureFields(list: IList, schema: ListSchema, listIds: ReadonlyMap<ListKey, string>): Promise<void> {
  const fields = [titleFieldOf(schema), ...schema.fields];
  const names = fields.map((f) => f.name);
  let states = await fieldStates(list, names);
  const missing = fields.filter((f) => !states.has(f.name));
  for (const field of missing) {
    const lookupListId = field.lookupList === undefined ? undefined : listIds.get(field.lookupList);
    try {
      await createField(list, field, lookupListId);
    } catch (error) {
      // A concurrent run may have added it; the state read below tells, and a field still missing is an error.
      const now = await fieldStates(list, [field.name]);
      if (!now.has(field.name)) throw error;
    }
  }
  if (missing.length > 0) states = await fieldStates(list, names);
  for (const field of fields) {
    const state = states.get(field.name);
    if (state === undefined) throw new Error(`The field ${field.name} of ${schema.title} could not be created.`);
    await reconcileField(list, field, state);
  }
}

async function recordSchemaVersion(sp: SPFI): Promise<void> {
  const settings = listOf(sp, 'settings');
  const find = async (): Promise<{ Id: number; SettingValue?: string } | undefined> => {
    const [row] = (await settings.items
      .select('Id', 'SettingValue')
      .filter(`Title eq ${odataText(SCHEMA_VERSION_SETTING)}`)
      .top(1)()) as { Id: number; SettingValue?: string }[];
    return row;
  };
  const setting = await findOrCreate(find, () => settings.items.add({ Title: SCHEMA_VERSION_SETTING, SettingValue: String(SCHEMA_VERSION) }));
  // Never lower it: a newer version of the app may have provisioned the site already.
  if (!(Number(setting.SettingValue) >= SCHEMA_VERSION)) {
    await settings.items.getById(setting.Id).update({ SettingValue: String(SCHEMA_VERSION) });
  }
}

/**
 * Provisions the site. Lists come in LIST_ORDER (lookup targets first); the schema version is
 * recorded last, so a run that stops half-way leaves the site "not provisioned" and is simply run again.
 */
export async function provision(sp: SPFI, onProgress?: (progress: ProvisioningProgress) => void): Promise<void> {
  const total = LIST_ORDER.length + 2;
  const listIds = new Map<ListKey, string>();
  for (const [index, key] of LIST_ORDER.entries()) {
    const schema = LISTS[key];
    onProgress?.({ step: schema.title, done: index, total });
    const listId = await ensureList(sp, schema);
    listIds.set(key, listId);
    await ensureFields(sp.web.lists.getById(listId), schema, listIds);
  }
  onProgress?.({ step: 'permissions', done: LIST_ORDER.length, total });
  await restrictToEditors(
    sp,
    LIST_ORDER.filter((key) => LISTS[key].writers === 'editors').map((key) => sp.web.lists.getById(listIds.get(key) as string))
  );
  onProgress?.({ step: SCHEMA_VERSION_SETTING, done: LIST_ORDER.length + 1, total });
  await recordSchemaVersion(sp);
  onProgress?.({ step: 'done', done: total, total });
}
