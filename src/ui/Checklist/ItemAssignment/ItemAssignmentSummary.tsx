import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { CalendarLtrRegular, LinkRegular, PersonRegular, WarningRegular } from '@fluentui/react-icons';
import { useLocalization } from '../../loc';
import type { ItemAssignmentSummaryProps } from './ItemAssignment.types';
import { useItemAssignmentStyles } from './useItemAssignmentStyles';

/** Owner, due date, overdue (in words, with an icon) and how many evidence links, under the item; nothing when none is set. */
// eslint-disable-next-line @rushstack/no-new-null -- React's own type for rendering nothing.
export function ItemAssignmentSummary({ assignment, overdue }: ItemAssignmentSummaryProps): React.ReactElement | null {
  const styles = useItemAssignmentStyles();
  const { strings, fill, formatDate } = useLocalization();
  const { owner, dueDate, evidence } = assignment;
  if (owner === undefined && dueDate === undefined && evidence.length === 0) return null;
  return (
    <p className={styles.summary}>
      {owner !== undefined && (
        <span className={styles.fact}>
          <PersonRegular aria-hidden className={styles.icon} />
          {fill(strings.assignmentOwner, { name: owner.name })}
        </span>
      )}
      {dueDate !== undefined && (
        <span className={styles.fact}>
          <CalendarLtrRegular aria-hidden className={styles.icon} />
          {fill(strings.assignmentDue, { date: formatDate(dueDate) })}
        </span>
      )}
      {overdue && (
        <span className={mergeClasses(styles.fact, styles.overdue)}>
          <WarningRegular aria-hidden className={styles.icon} />
          {strings.assignmentOverdue}
        </span>
      )}
      {evidence.length > 0 && (
        <span className={styles.fact}>
          <LinkRegular aria-hidden className={styles.icon} />
          {fill(strings.assignmentEvidenceCount, { count: evidence.length })}
        </span>
      )}
    </p>
  );
}
