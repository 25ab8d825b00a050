import { CombinedGraphQLErrors } from '@apollo/client';
import type { Messages } from '../../i18n';

/** One field the API refused, as `extensions.problems` names it. */
export interface FieldProblem {
  field: string;
  reason: string;
}

function isProblem(value: unknown): value is FieldProblem {
  const candidate = value as { field?: unknown; reason?: unknown } | null;
  return typeof candidate?.field === 'string' && typeof candidate.reason === 'string';
}

/** The field problems of a BAD_USER_INPUT answer; empty for any other error. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const problems: unknown = e.extensions?.problems;
    return Array.isArray(problems) ? problems.filter(isProblem) : [];
  });
}

/**
 * A problem's reason in the page's language where the API's wording is one we know; otherwise
 * the API's own (English) text, marked as such so screen readers pronounce it right.
 */
export function describeReason(reason: string, t: Messages): { text: string; lang?: string } {
  if (reason === 'is required') return { text: t.blocklist.problem.required };
  if (reason.startsWith('is required for a payment account')) return { text: t.blocklist.problem.paymentKindRequired };
  const tooLong = /^must be at most (\d+) characters$/.exec(reason);
  if (tooLong) return { text: t.blocklist.problem.tooLong(Number(tooLong[1])) };
  return { text: reason, lang: 'en' };
}
