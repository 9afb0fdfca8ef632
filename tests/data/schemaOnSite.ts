/** What a site holds of the schema's lists, and what the schema says it should hold: for provisioning and upgrade tests. */
import { listOf } from '../../src/data/queries';
import { LIST_ORDER, LISTS } from '../../src/data/schema';
import { SPFI } from '../../src/data/sp';

interface FieldShape {
  type: string;
  indexed: boolean;
  unique: boolean;
  required: boolean;
}

/** What SharePoint holds of every list in the schema: each schema field's type, index, unique key and required flag. */
export async function schemaOnSite(sp: SPFI): Promise<Record<string, Record<string, FieldShape>>> {
  const result: Record<string, Record<string, FieldShape>> = {};
  for (const key of LIST_ORDER) {
    const list = LISTS[key];
    const names = ['Title', ...list.fields.map((f) => f.name)];
    const fields = (await listOf(sp, key).fields.select('InternalName', 'TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Required')()) as {
      InternalName: string;
      TypeAsString: string;
      Indexed: boolean;
      EnforceUniqueValues: boolean;
      Required: boolean;
    }[];
    result[list.title] = Object.fromEntries(
      fields
        .filter((f) => names.includes(f.InternalName) || /^(Title|ParentUnit|Unit|ActionPlan|ChecklistItem|DoneBy|AssessedBy|UnitMembers)\d+$/.test(f.InternalName))
        .map((f) => [f.InternalName, { type: f.TypeAsString, indexed: f.Indexed, unique: f.EnforceUniqueValues, required: f.Required }])
    );
  }
  return result;
}

/** The schema as the schema module describes it. */
export function expectedSchema(): Record<string, Record<string, Partial<FieldShape>>> {
  const types: Record<string, string> = { RichText: 'Note', Url: 'URL' };
  return Object.fromEntries(
    LIST_ORDER.map((key) => {
      const list = LISTS[key];
      const title = { indexed: list.titleField.indexed ?? false, unique: list.titleField.unique ?? false, required: list.titleField.required };
      const fields = list.fields.map((f) => [
        f.name,
        { type: types[f.type] ?? f.type, indexed: f.indexed ?? false, unique: f.unique ?? false, required: f.required ?? false }
      ]);
      return [list.title, { Title: expect.objectContaining(title), ...Object.fromEntries(fields) }];
    })
  );
}

