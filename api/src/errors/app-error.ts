import { ErrorCode, type FieldProblem } from '@cloudsword/shared';

/**
 * The one error class services throw. Its code becomes `extensions.code` at the edge
 * (errors/format-error.ts); anything else is logged and masked as INTERNAL.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }

  static unauthenticated(message = 'Authentication required'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }
  static forbidden(message = 'Not allowed'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }
  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
  }
  static badInput(message: string, problems: FieldProblem[] = []): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, problems);
  }
}
