import * as React from 'react';
import { useEmptyStateStyles } from './useEmptyStateStyles';

export interface EmptyStateProps {
  children: React.ReactNode;
}

/** Nothing to show yet, said in words where the content would be. */
export function EmptyState({ children }: EmptyStateProps): React.ReactElement {
  const styles = useEmptyStateStyles();
  return <p className={styles.root}>{children}</p>;
}
