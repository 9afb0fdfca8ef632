import type { ListTitles } from '../app/contracts';
import { LISTS } from './schema';

/** The titles SharePoint shows for the lists and their columns, from the one schema. */
export const LIST_TITLES: ListTitles = {
  listTitle: (list) => LISTS[list].title,
  columnTitle: (list, field) => {
    const schema = LISTS[list];
    return field === 'Title' ? schema.titleField.title : schema.fields.find((column) => column.name === field)?.title ?? field;
  }
};
