import { IdentifierKind, normalizeIdentifier, PaymentKind, type FieldProblem, type IdentifierQualifier, type IdentifierValue } from '@cloudsword/shared';

// Identifiers as curators name them: normalised by the shared normaliser the intake uses (so a
// blocked key is the graph's key), and described back from a stored key where that is possible.

export const MAX_IDENTIFIER_LENGTH = 300;
export const MAX_REASON_LENGTH = 500;

export interface IdentifierToBlock {
  identifier: string;
  kind: IdentifierKind;
  paymentKind?: PaymentKind | null;
  courier?: string | null;
  reason: string;
}

export type CheckedBlock = { ok: true; kind: IdentifierKind; value: IdentifierValue; reason: string } | { ok: false; problems: FieldProblem[] };

/** Checks a block request and normalises its identifier; every problem names its field. */
export function checkBlock(input: IdentifierToBlock, hashResidentId: (canonical: string) => string): CheckedBlock {
  const problems: FieldProblem[] = [];
  const reason = input.reason.trim();
  const reasonLength = [...reason].length;
  if (reasonLength === 0) problems.push({ field: 'reason', reason: 'is required' });
  if (reasonLength > MAX_REASON_LENGTH) problems.push({ field: 'reason', reason: `must be at most ${MAX_REASON_LENGTH} characters` });

  const raw = input.identifier.trim();
  const { kind } = input;
  if (input.paymentKind != null && kind !== IdentifierKind.PAYMENT_ACCOUNT) problems.push({ field: 'paymentKind', reason: 'is only for PAYMENT_ACCOUNT identifiers' });
  if (input.paymentKind == null && kind === IdentifierKind.PAYMENT_ACCOUNT) {
    problems.push({ field: 'paymentKind', reason: `is required for a payment account: ${Object.values(PaymentKind).join(', ')}` });
  }
  if (input.courier != null && kind !== IdentifierKind.WAYBILL) problems.push({ field: 'courier', reason: 'is only for WAYBILL identifiers' });

  let value: IdentifierValue | null = null;
  if (raw.length === 0) problems.push({ field: 'identifier', reason: 'is required' });
  else if (raw.length > MAX_IDENTIFIER_LENGTH) problems.push({ field: 'identifier', reason: `must be at most ${MAX_IDENTIFIER_LENGTH} characters` });
  else if (problems.every((p) => p.field !== 'paymentKind' && p.field !== 'courier')) {
    const qualifier: IdentifierQualifier = { paymentKind: input.paymentKind ?? undefined, courier: input.courier ?? undefined, hashResidentId };
    const normalized = normalizeIdentifier(kind, raw, qualifier);
    if (normalized.ok) value = normalized.value;
    else problems.push({ field: 'identifier', reason: normalized.reason });
  }
  if (problems.length > 0 || value === null) return { ok: false, problems };
  return { ok: true, kind, value, reason };
}

/** The identifier kind a key starts with, if it is one. */
export function kindOfKey(key: string): IdentifierKind | null {
  const prefix = key.slice(0, key.indexOf(':'));
  return (Object.values(IdentifierKind) as string[]).includes(prefix) ? (prefix as IdentifierKind) : null;
}

/**
 * The masked display of a key whose canonical value normalises back to the same key (phones,
 * e-mails, payment accounts, devices, IPs, waybills); null for addresses and resident IDs,
 * whose keys are not text a person wrote.
 */
export function displayOfKey(key: string): string | null {
  const kind = kindOfKey(key);
  if (kind === null || kind === IdentifierKind.ADDRESS || kind === IdentifierKind.RESIDENT_ID) return null;
  const canonical = key.slice(kind.length + 1);
  let raw = canonical;
  const qualifier: IdentifierQualifier = {};
  if (kind === IdentifierKind.PAYMENT_ACCOUNT || kind === IdentifierKind.WAYBILL) {
    // `<payment kind>:<account>` and `<courier>:<number>`.
    const colon = canonical.indexOf(':');
    if (colon < 0) return null;
    const head = canonical.slice(0, colon);
    raw = canonical.slice(colon + 1);
    if (kind === IdentifierKind.WAYBILL) qualifier.courier = head;
    else if ((Object.values(PaymentKind) as string[]).includes(head)) qualifier.paymentKind = head as PaymentKind;
    else return null;
  }
  const normalized = normalizeIdentifier(kind, raw, qualifier);
  return normalized.ok && normalized.value.key === key ? normalized.value.display : null;
}
