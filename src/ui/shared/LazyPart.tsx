import * as React from 'react';
import { ErrorState } from './states/ErrorState';
import { ViewBoundary } from './ViewBoundary';

export interface LazyPartProps<P> {
  /** Fetches the part's code: a chunk of its own, so that it stays out of the first bundle. */
  load: () => Promise<React.ComponentType<P>>;
  props: P;
  /** Shown until the code is there, in the part's own shape. */
  fallback: React.ReactElement;
  /** The data site, for the error's message. */
  siteUrl: string;
}

/**
 * A part of the page whose code loads when it is first shown. Should the code not load (a dropped
 * connection), the error and a retry: React keeps a failed lazy load failed for good, so a retry makes a
 * new one and the bundler fetches again.
 */
export function LazyPart<P extends object>({ load, props, fallback, siteUrl }: LazyPartProps<P>): React.ReactElement {
  const [attempt, setAttempt] = React.useState(0);
  // Typed as the component it stands for: React's lazy type adds ref props a generic P cannot be checked against.
  const Part = React.useMemo(() => React.lazy(() => load().then((component) => ({ default: component }))), [attempt]) as unknown as React.ComponentType<P>;
  return (
    <ViewBoundary key={attempt} fallback={(error) => <ErrorState error={error} siteUrl={siteUrl} onRetry={() => setAttempt((n) => n + 1)} />}>
      <React.Suspense fallback={fallback}>
        <Part {...(props as P & JSX.IntrinsicAttributes)} />
      </React.Suspense>
    </ViewBoundary>
  );
}
