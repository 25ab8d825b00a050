// The signed-in session: the bearer token and its expiry, kept in sessionStorage so that it
// lives as long as the tab and is never shared with other tabs or written to disk for long.
// A small external store, read by React through useSession() and by the Apollo links directly.

export interface Session {
  token: string;
  /** ISO-8601 instant after which the API refuses the token. */
  expiresAt: string;
}

/** Why the session ended, so the sign-in page can say so. */
export type SignOutReason = 'signed-out' | 'expired';

const STORAGE_KEY = 'cloudsword.session';

// setTimeout takes at most a signed 32-bit delay; longer waits are re-armed when they fire.
const MAX_TIMER_MS = 2 ** 31 - 1;

let current: Session | null = null;
let lastSignOutReason: SignOutReason | null = null;
let expiryTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { token, expiresAt } = value as Record<string, unknown>;
  return typeof token === 'string' && token.length > 0 && typeof expiresAt === 'string';
}

function hasExpired(session: Session): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= Date.now();
}

function readStoredSession(): Session | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) && !hasExpired(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Ends the session when its token expires, so the UI does not wait for the API to refuse it.
function armExpiryTimer(): void {
  clearTimeout(expiryTimer);
  if (!current) return;
  const remaining = Date.parse(current.expiresAt) - Date.now();
  expiryTimer = setTimeout(() => {
    if (current && hasExpired(current)) endSession('expired');
    else armExpiryTimer();
  }, Math.max(0, Math.min(remaining, MAX_TIMER_MS)));
}

/** The live session, or null when signed out. Pure, so React can call it during render. */
export function getSession(): Session | null {
  return current;
}

export function getLastSignOutReason(): SignOutReason | null {
  return lastSignOutReason;
}

export function startSession(session: Session): void {
  current = session;
  lastSignOutReason = null;
  armExpiryTimer();
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage unavailable: the session still holds in memory until the tab reloads.
  }
  emit();
}

export function endSession(reason: SignOutReason): void {
  if (!current) return;
  current = null;
  lastSignOutReason = reason;
  clearTimeout(expiryTimer);
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored to remove.
  }
  emit();
}

current = readStoredSession();
armExpiryTimer();
