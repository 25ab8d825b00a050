import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { endSession, getSession } from './modules/auth/session';

/** The stable codes the API puts in `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'INTERNAL';

function codesOf(errors: unknown): string[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((error: unknown) => {
    const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
    return typeof code === 'string' ? [code] : [];
  });
}

/**
 * The `extensions.code` values carried by an Apollo error: from the GraphQL errors of a 200
 * response, or from the body of a non-2xx response (an API may answer 401 with a GraphQL body).
 */
export function apiErrorCodes(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) return codesOf(error.errors);
  if (ServerError.is(error)) {
    try {
      return codesOf((JSON.parse(error.bodyText) as { errors?: unknown }).errors);
    } catch {
      return [];
    }
  }
  return [];
}

export function hasApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return apiErrorCodes(error).includes(code);
}

// The bearer token is read at request time, so a sign-in or sign-out applies to the next request.
const authLink = new SetContextLink((prevContext) => {
  const session = getSession();
  if (!session) return {};
  return {
    headers: { ...prevContext.headers, authorization: `Bearer ${session.token}` },
    sentToken: session.token,
  };
});

// A token the API no longer accepts (expired, revoked, user disabled) ends the session; the app
// shell then shows the sign-in page. Only the session whose token was refused is ended, so a
// late answer to an old request cannot sign out a user who has just signed in again.
const sessionExpiryLink = new ErrorLink(({ error, operation }) => {
  if (!hasApiErrorCode(error, 'UNAUTHENTICATED')) return;
  const { sentToken } = operation.getContext() as { sentToken?: string };
  if (sentToken !== undefined && getSession()?.token === sentToken) endSession('expired');
});

const httpLink = new HttpLink({ uri: '/graphql' });

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionExpiryLink, authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // A base's counts and evidence depend on the ring (and viewer) it is asked for, so its
        // id does not identify one object: keep each copy inside the answer that holds it.
        ManufacturingBase: { keyFields: false },
        BaseAddress: { keyFields: false },
      },
    }),
  });
}
