/** Stable `extensions.code` values of every error the API returns. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INTERNAL = 'INTERNAL',
}

/** One problem with one field of one input row; row numbers are 1-based as people count them. */
export interface FieldProblem {
  row?: number;
  field: string;
  reason: string;
}
