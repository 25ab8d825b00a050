import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from '@cloudsword/shared';
import { AppError } from './app-error.js';
import type { Logger } from '../logger.js';

// Apollo's own codes for requests that never reached a resolver.
const CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

/**
 * The one place where errors become `extensions.code`. Never returns a stack trace;
 * unexpected errors are logged with their stack and shown as INTERNAL.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...(original.problems.length ? { problems: original.problems } : {}) },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = original.extensions.validationErrors.flatMap((v) =>
        Object.values(v.constraints ?? {}).map((reason) => ({ field: v.property, reason })),
      );
      return { ...base, message: 'Invalid input', extensions: { code: ErrorCode.BAD_USER_INPUT, problems } };
    }
    const apolloCode = formatted.extensions?.code;
    if (typeof apolloCode === 'string' && CLIENT_CODES[apolloCode]) {
      return { ...base, extensions: { code: CLIENT_CODES[apolloCode] } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return { message: 'Internal error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  };
}
