import { useState } from 'react';

/** The state of a list's "load more" button: busy while a page loads, failed if the last one did. */
export function useLoadMore() {
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  async function run(load: () => Promise<unknown>): Promise<void> {
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      await load();
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }
  return { loadingMore, moreFailed, run };
}
