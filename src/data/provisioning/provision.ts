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
import { MIGRATIONS, MigrationStep } from './migrations';
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

type VersionSetting = { Id: number; SettingValue?: string };

async function findVersionSetting(sp: SPFI): Promise<VersionSetting | undefined> {
  const [row] = (await listOf(sp, 'settings')
    .items.select('Id', 'SettingValue')
    .filter(`Title eq ${odataText(SCHEMA_VERSION_SETTING)}`)
    .top(1)()) as VersionSetting[];
  return row;
}

/** The site's recorded schema version; 0 where there is none yet (or no settings list). */
async function recordedVersion(sp: SPFI): Promise<number> {
  const setting = await notFoundAsUndefined(() => findVersionSetting(sp));
  const version = Number(setting?.SettingValue);
  return Number.isFinite(version) ? version : 0;
}

async function recordSchemaVersion(sp: SPFI, version: number): Promise<void> {
  const setting = await findOrCreate(
    () => findVersionSetting(sp),
    () => listOf(sp, 'settings').items.add({ Title: SCHEMA_VERSION_SETTING, SettingValue: String(version) })
  );
  // Never lower it: a newer version of the app may have provisioned the site already.
  if (!(Number(setting.SettingValue) >= version)) {
    await listOf(sp, 'settings').items.getById(setting.Id).update({ SettingValue: String(version) });
  }
}

/** A set of lists as one schema version describes them; provisioning uses the current one, tests a released one. */
export interface ListsSchema {
  lists: Readonly<Record<ListKey, ListSchema>>;
  order: readonly ListKey[];
}

/** Creates the lists and fields a schema describes, or brings existing ones up to it, and restricts the content lists to editors. */
export async function provisionLists(
  sp: SPFI,
  schema: ListsSchema,
  onProgress?: (progress: ProvisioningProgress) => void,
  total = schema.order.length + 1
): Promise<void> {
  const listIds = new Map<ListKey, string>();
  for (const [index, key] of schema.order.entries()) {
    const list = schema.lists[key];
    onProgress?.({ step: list.title, done: index, total });
    const listId = await ensureList(sp, list);
    listIds.set(key, listId);
    await ensureFields(sp.web.lists.getById(listId), list, listIds);
  }
  onProgress?.({ step: 'permissions', done: schema.order.length, total });
  // Every list is editors-only at its root; a per-unit list's units write in their own folders. (A released
  // schema's lists written by all members, as version 1's ticks and assessments, stay as that version left them.)
  await restrictToEditors(
    sp,
    schema.order
      .filter((key) => schema.lists[key].writers === 'editors' || schema.lists[key].writers === 'units')
      .map((key) => sp.web.lists.getById(listIds.get(key) as string))
  );
}

/**
 * Provisions the site: the lists as the schema describes them (LIST_ORDER: lookup targets first),
 * then each migration step the site has not had, in order, recording the version after each. The
 * version is recorded last, so a run that stops half-way leaves the site "not provisioned" or
 * "outdated", and is simply run again.
 */
export async function provision(
  sp: SPFI,
  onProgress?: (progress: ProvisioningProgress) => void,
  steps: readonly MigrationStep[] = MIGRATIONS
): Promise<void> {
  const from = await recordedVersion(sp);
  const pending = steps.filter((step) => step.version > from);
  const total = LIST_ORDER.length + 1 + pending.length + 1;
  await provisionLists(sp, { lists: LISTS, order: LIST_ORDER }, onProgress, total);
  for (const [index, step] of pending.entries()) {
    onProgress?.({ step: step.title, done: LIST_ORDER.length + 1 + index, total });
    await step.run(sp, onProgress);
    await recordSchemaVersion(sp, step.version);
  }
  onProgress?.({ step: SCHEMA_VERSION_SETTING, done: total - 1, total });
  await recordSchemaVersion(sp, SCHEMA_VERSION);
  onProgress?.({ step: 'done', done: total, total });
}
