import { ServerError } from '@apollo/client';
import { apiErrorCodes } from '../../apollo';
import type { Messages } from '../../i18n';

export type SignInErrorKey = keyof Pick<Messages['signIn'], 'invalidCredentials' | 'badInput' | 'network' | 'unexpected'>;

// Gateway answers mean the API behind the proxy or load balancer is not reachable.
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/**
 * Which message a failed sign-in shows. The API answers every credential failure with one
 * UNAUTHENTICATED error and one generic message, and so does this page: it never hints at
 * whether the account exists.
 */
export function signInErrorKey(error: unknown): SignInErrorKey {
  const codes = apiErrorCodes(error);
  if (codes.includes('UNAUTHENTICATED')) return 'invalidCredentials';
  if (codes.includes('BAD_USER_INPUT')) return 'badInput';
  if (ServerError.is(error) && UNREACHABLE_STATUSES.has(error.statusCode)) return 'network';
  // fetch() rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError) return 'network';
  return 'unexpected';
}
