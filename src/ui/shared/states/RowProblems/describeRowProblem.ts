import * as React from 'react';
import type { ListTitles, RowProblem } from '../../../../app';
import { format } from '../../../../domain/language';
import { validationMessage } from '../../../../domain/validation';
import type { LanguageTexts } from '../../../loc';

/**
 * A skipped row in words an editor can act on: the list, the row's id and what is wrong, naming each
 * column by the title SharePoint shows for it (the lists' column titles are Swedish in both languages).
 */
export function describeRowProblem(problem: RowProblem, { language, strings }: LanguageTexts, titles: ListTitles): string {
  const issues = problem.issues.map((issue) => validationMessage(issue, language, titles.columnTitle(problem.list, issue.field))).join(' ');
  return format(strings.rowProblemLine, { list: titles.listTitle(problem.list), id: problem.itemId, issues });
}

/** Without a provider (a component shown on its own) lists and columns are named by their internal names. */
const INTERNAL_NAMES: ListTitles = { listTitle: (list) => list, columnTitle: (_list, field) => field };

const ListTitlesContext = React.createContext<ListTitles>(INTERNAL_NAMES);

/** The App provides the repositories' titles, so every view names skipped rows as SharePoint shows them. */
export const ListTitlesProvider = ListTitlesContext.Provider;

export function useListTitles(): ListTitles {
  return React.useContext(ListTitlesContext);
}
