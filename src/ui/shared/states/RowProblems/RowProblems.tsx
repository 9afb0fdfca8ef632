import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, useId } from '@fluentui/react-components';
import { mergeRowProblems, RowProblem } from '../../../../app';
import { useLocalization } from '../../../loc';
import { describeRowProblem, useListTitles } from './describeRowProblem';
import { useRowProblemsStyles } from './useRowProblemsStyles';

export interface RowProblemsProps {
  problems: readonly RowProblem[];
}

/**
 * Rows that could not be read (edited by hand in SharePoint, a field missing or of the wrong type): the
 * view shows what it could, and this says what it left out and where to correct it.
 */
export function RowProblems(props: RowProblemsProps): React.ReactElement {
  // A view that read one list in several requests (the staircase reads every plan's ticks) names each row once.
  const problems = React.useMemo(() => mergeRowProblems(props.problems), [props.problems]);
  const localization = useLocalization();
  const { strings, plural } = localization;
  const titles = useListTitles();
  const styles = useRowProblemsStyles();
  const [expanded, setExpanded] = React.useState(false);
  const detailsId = useId('mr-row-problems');
  if (problems.length === 0) return <></>;

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{plural(problems.length, strings.rowProblemsOne, strings.rowProblemsOther)}</MessageBarTitle>
        {strings.rowProblemsText}
        {expanded && (
          <ul className={styles.details} id={detailsId}>
            {problems.map((problem) => (
              <li key={`${problem.list}:${problem.itemId}`}>{describeRowProblem(problem, localization, titles)}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button aria-expanded={expanded} aria-controls={detailsId} onClick={() => setExpanded(!expanded)}>
          {expanded ? strings.rowProblemsHideDetails : strings.rowProblemsShowDetails}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
