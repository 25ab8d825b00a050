import { useSyncExternalStore } from 'react';
import { getSession, subscribeToSession, type Session } from './session';

/** The current session; the component re-renders when the user signs in or out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeToSession, getSession);
}
