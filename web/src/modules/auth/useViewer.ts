import { useQuery } from '@apollo/client/react';
import { viewerQuery } from './auth.graphql';

/** The signed-in user and their organisation; shared in the cache by every caller. */
export function useViewer() {
  return useQuery(viewerQuery);
}
