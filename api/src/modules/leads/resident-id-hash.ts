import { createHmac } from 'node:crypto';

/**
 * The keyed hash under which a resident ID number is stored and matched (never the number):
 * HMAC-SHA256 of its canonical form under IDENTITY_HASH_SECRET. Intake, identifier search and
 * the ring blocklist must all use this one, or the same ID would get different keys.
 */
export function residentIdHasher(secret: string): (canonical: string) => string {
  return (canonical) => createHmac('sha256', secret).update(canonical).digest('hex');
}
