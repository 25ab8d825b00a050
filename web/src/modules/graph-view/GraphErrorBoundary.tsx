import { Component, type ReactNode } from 'react';

/** Keeps a failure to load or draw the graph (a chunk that cannot be fetched) inside the graph's box. */
export class GraphErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
