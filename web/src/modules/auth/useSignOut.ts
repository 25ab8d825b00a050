import { useCallback } from 'react';
import { navigate, ROUTES } from '../../app/router';
import { endSession } from './session';

/**
 * Signs out: forgets the token and goes to the sign-in page. The app shell gives every
 * session its own Apollo client, so nothing cached for this user outlives the session.
 */
export function useSignOut(): () => void {
  return useCallback(() => {
    navigate(ROUTES.signIn, { replace: true });
    endSession('signed-out');
  }, []);
}
