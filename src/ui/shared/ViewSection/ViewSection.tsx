import * as React from 'react';
import type { Loaded } from '../../../app';
import { Loader, Section, useViewStyles } from '..';
import { ErrorState } from '../states/ErrorState';
import { LoadingState } from '../states/LoadingState';
import { RowProblems } from '../states/RowProblems';

export interface ViewSectionProps<T> {
  heading: string;
  intro: string;
  loader: Loader<Loaded<T>>;
  siteUrl: string;
  /** How many rows the skeleton shows: about as many as the view will. */
  skeletonRows: number;
  /** The view's content once its data is there; rows that could not be read are reported above it. */
  children: (value: T) => React.ReactNode;
}

/** A list view's frame: its heading and intro, then its loading, error or loaded state. */
export function ViewSection<T>({ heading, intro, loader, siteUrl, skeletonRows, children }: ViewSectionProps<T>): React.ReactElement {
  const styles = useViewStyles();
  const { state, reload } = loader;
  return (
    <Section heading={heading}>
      <div className={styles.root}>
        <p className={styles.intro}>{intro}</p>
        {state.status === 'loading' && <LoadingState rows={skeletonRows} />}
        {state.status === 'failed' && <ErrorState error={state.error} siteUrl={siteUrl} onRetry={reload} />}
        {state.status === 'loaded' && (
          <>
            <RowProblems problems={state.value.problems} />
            {children(state.value.value)}
          </>
        )}
      </div>
    </Section>
  );
}
