import jwt from 'jsonwebtoken';
import type { UserId } from '@cloudsword/shared';

const ISSUER = 'cloudsword';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** Short-lived HS256 bearer token; the user is re-read on every request, so roles stay current. */
export function issueToken(secret: string, userId: UserId, ttlMinutes: number): IssuedToken {
  const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
  const token = jwt.sign({ sub: userId }, secret, {
    algorithm: 'HS256',
    issuer: ISSUER,
    expiresIn: ttlMinutes * 60,
  });
  return { token, expiresAt };
}

/** The user id in a valid token, or null for a missing, malformed, forged or expired one. */
export function verifyToken(secret: string, token: string): UserId | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
    return typeof payload === 'object' && typeof payload.sub === 'string' ? (payload.sub as UserId) : null;
  } catch {
    return null;
  }
}
