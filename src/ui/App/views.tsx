import * as React from 'react';
import { preloadChecklistSync } from '../../app';
import type { ViewProps } from '../shared';
// The skeleton alone: the overview itself loads with its chunk.
import { OverviewSkeleton } from '../Overview/OverviewSkeleton';
import type { ViewKey } from '../routing';
import { LoadingState } from '../shared/states/LoadingState';

/**
 * A view of the app. Every view loads when first needed, the overview too: its chunk is fetched while the app
 * asks SharePoint about the site, so the first script carries only the frame.
 */
export interface ViewDefinition {
  component: React.ComponentType<ViewProps>;
  /** Shown while the view's code or data loads, in the view's own shape. */
  skeleton: React.ReactElement;
  /** Starts fetching a lazy view's code, so it arrives while the app still asks SharePoint about the site. */
  preload?: () => void;
}

function lazyView(load: () => Promise<React.ComponentType<ViewProps>>, skeleton: React.ReactElement = <LoadingState />): ViewDefinition {
  let loading: Promise<React.ComponentType<ViewProps>> | undefined;
  const fetchCode = (): Promise<React.ComponentType<ViewProps>> => (loading ??= load());
  return {
    component: React.lazy(() => fetchCode().then((component) => ({ default: component }))),
    skeleton,
    // A failure here is not lost: the view renders from the same promise and shows it.
    preload: () => {
      fetchCode().catch(() => undefined);
    }
  };
}

/**
 * The views, with fresh lazy components: React keeps a failed lazy load failed for good, so after a
 * chunk failed to load (a dropped connection) the app makes new ones and the bundler fetches again.
 */
export function createViews(): Record<ViewKey, ViewDefinition> {
  return {
    overview: lazyView(() => import(/* webpackChunkName: 'mr-overview' */ '../Overview').then((m) => m.Overview), <OverviewSkeleton />),
    plans: lazyView(() => {
      // The plans open checklists: their live sync is fetched alongside, not after.
      preloadChecklistSync();
      return import(/* webpackChunkName: 'mr-action-plans' */ '../ActionPlans').then((m) => m.ActionPlans);
    }),
    staircase: lazyView(() => import(/* webpackChunkName: 'mr-staircase' */ '../Staircase').then((m) => m.Staircase)),
    updates: lazyView(() => import(/* webpackChunkName: 'mr-updates' */ '../Updates').then((m) => m.Updates)),
    followUp: lazyView(() => import(/* webpackChunkName: 'mr-follow-up' */ '../FollowUp').then((m) => m.FollowUp)),
    content: lazyView(() => import(/* webpackChunkName: 'mr-content' */ '../Content').then((m) => m.Content))
  };
}
