import * as React from 'react';

export interface ViewBoundaryProps {
  /** What to show instead of a view that threw (its code failed to load, or it failed to render). */
  fallback: (error: unknown) => React.ReactNode;
  children: React.ReactNode;
}

interface ViewBoundaryState {
  error?: unknown;
  failed: boolean;
}

/** Keeps one failing view from taking the whole app (header, navigation) down with it. */
export class ViewBoundary extends React.Component<ViewBoundaryProps, ViewBoundaryState> {
  public state: ViewBoundaryState = { failed: false };

  public static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { error, failed: true };
  }

  public render(): React.ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
