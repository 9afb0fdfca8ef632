import * as React from 'react';
import { Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useLocalization } from '../../../loc';
import { useLoadingStateStyles } from './useLoadingStateStyles';

export interface LoadingStateProps {
  /** How many rows the view will show, so the page does not jump when the data arrives. */
  rows?: number;
}

/** A list view's skeleton: a heading and rows, announced as loading. */
export function LoadingState({ rows = 5 }: LoadingStateProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useLoadingStateStyles();
  return (
    <Skeleton className={styles.root} aria-label={strings.loadingLabel}>
      <SkeletonItem className={styles.heading} />
      {Array.from({ length: rows }, (_, row) => (
        <SkeletonItem key={row} className={styles.row} />
      ))}
    </Skeleton>
  );
}
