import { AppError } from './app-error.js';

/** An integer argument within [min, max] (page sizes, depths, limits), or BAD_USER_INPUT naming it. */
export function requireIntInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const reason = `must be between ${min} and ${max}`;
    throw AppError.badInput(`${field} ${reason}`, [{ field, reason }]);
  }
  return value;
}
