import { format, Language } from '../domain/language';
import { validationMessage } from '../domain/validation';
import type { RowProblem } from '../app/contracts';
import { LISTS } from './schema';

const ROW_LABEL: Record<Language, string> = { sv: '{list}, rad {id}: {issues}', en: '{list}, item {id}: {issues}' };

/**
 * A skipped row in words an editor can act on: the list, the row's id and what is wrong, naming each
 * column by the title SharePoint shows for it (the lists' column titles are Swedish in both languages).
 */
export function describeRowProblem(problem: RowProblem, language: Language): string {
  const list = LISTS[problem.list];
  const titleOf = (name: string): string =>
    name === 'Title' ? list.titleField.title : list.fields.find((field) => field.name === name)?.title ?? name;
  const issues = problem.issues.map((issue) => validationMessage(issue, language, titleOf(issue.field))).join(' ');
  return format(ROW_LABEL[language], { list: list.title, id: problem.itemId, issues });
}
