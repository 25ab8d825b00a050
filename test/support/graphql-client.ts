/** A minimal GraphQL-over-HTTP client for tests: the real HTTP path, no shortcuts. */
export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; problems?: unknown[] } }[];
}

export async function gql<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResult<T>;
}

/** The error codes of a result, for assertions such as `expect(codes(r)).toEqual(['FORBIDDEN'])`. */
export function codes(result: GqlResult): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
