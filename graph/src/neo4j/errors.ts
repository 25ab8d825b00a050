/** Named graph errors, so callers never see driver internals. */
export class GraphUnavailableError extends Error {
  override readonly name = 'GraphUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export class GraphQueryError extends Error {
  override readonly name = 'GraphQueryError';
  constructor(
    message: string,
    readonly code: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The server stopped a transaction that ran past the time limit its caller set. */
export class GraphQueryTimeoutError extends Error {
  override readonly name = 'GraphQueryTimeoutError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'Neo.ClientError.Transaction.TransactionTimedOut']);

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Turns a driver error into a named graph error. */
export function toGraphError(error: unknown): Error {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) return new GraphQueryTimeoutError(`Neo4j stopped the query at its time limit: ${message}`, { cause: error });
  if (code !== undefined && UNAVAILABLE_CODES.has(code)) {
    return new GraphUnavailableError(`Neo4j is unavailable: ${message}`, { cause: error });
  }
  if (/ECONNREFUSED|connect|acquisition timed out/i.test(message)) {
    return new GraphUnavailableError(`Neo4j is unavailable: ${message}`, { cause: error });
  }
  return new GraphQueryError(message, code, { cause: error });
}
