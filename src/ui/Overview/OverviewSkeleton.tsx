import * as React from 'react';
import { mergeClasses, Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useLocalization } from '../loc';
import { useOverviewStyles } from './useOverviewStyles';

/** The overview's shape while it loads: the goal and five cards, so nothing moves when the data arrives. */
export function OverviewSkeleton(): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useOverviewStyles();
  return (
    <Skeleton className={styles.skeleton} aria-label={strings.loadingLabel}>
      <SkeletonItem className={styles.skeletonGoal} />
      <div className={styles.cards}>
        {[1, 2, 3, 4, 5].map((card) => (
          <SkeletonItem key={card} className={mergeClasses(styles.card, styles.skeletonCard)} />
        ))}
      </div>
    </Skeleton>
  );
}
