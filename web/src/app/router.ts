import { useSyncExternalStore } from 'react';

// A deliberately tiny history router: the app has a handful of top-level pages, and the API
// serves index.html for every unknown path, so real URLs work on reload.

export const ROUTES = {
  home: '/',
  signIn: '/sign-in',
  imports: '/imports',
  rings: '/rings',
  blocklist: '/blocklist',
} as const;

/** The page of one ring. */
export function ringPath(id: string): string {
  return `${ROUTES.rings}/${encodeURIComponent(id)}`;
}

/** The ring id of a ring page's path, or null for any other path. */
export function ringIdOf(pathname: string): string | null {
  const match = /^\/rings\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null; // a malformed escape is no ring
  }
}

const NAVIGATE_EVENT = 'cloudsword:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function currentLocation(): string {
  return window.location.pathname + window.location.search;
}

export interface Location {
  pathname: string;
  searchParams: URLSearchParams;
}

/** The current location; re-renders on navigate() and on back/forward. */
export function useLocation(): Location {
  // Snapshot as a string so that useSyncExternalStore sees a stable value between changes.
  const href = useSyncExternalStore(subscribe, currentLocation);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, searchParams: url.searchParams };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentLocation()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Only same-origin paths may be used as a post-sign-in destination (no open redirect). */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return ROUTES.home;
  }
  return value === ROUTES.signIn || value.startsWith(`${ROUTES.signIn}?`) ? ROUTES.home : value;
}
