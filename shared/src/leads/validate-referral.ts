import { EvidenceKind, InfringementType, IdentifierKind } from '../enums.js';
import type { FieldProblem } from '../errors.js';
import { identifierKey, normalizeResidentId, normalizeText } from '../normalize/index.js';
import { FieldReader, isRecord } from './field-checks.js';
import { readIdentifiers, type NormalizedIdentifier, type OriginPlace } from './identifiers.js';

export type { NormalizedIdentifier, OriginPlace };

/** A referral that passed validation, with every identifier normalised. */
export interface NormalizedLead {
  externalId: string;
  listingUrl: string | null;
  listingTitle: string | null;
  brands: string[];
  infringementType: InfringementType;
  riskScore: number | null;
  observedAt: string;
  estimatedValueYuan: number | null;
  seller: {
    accountId: string;
    shopName: string | null;
    registrationName: string | null;
    residentIdHash: string | null;
    residentIdMasked: string | null;
  };
  identifiers: NormalizedIdentifier[];
  origins: OriginPlace[];
  evidence: { kind: EvidenceKind; description: string | null; sha256: string }[];
  notes: string | null;
}

export type ReferralCheck =
  | { ok: true; lead: NormalizedLead; warnings: FieldProblem[] }
  | { ok: false; problems: FieldProblem[] };

export interface ValidateOptions {
  /** Keyed hash of a canonical resident ID number, so it can be matched but not read back. */
  hashResidentId(canonical: string): string;
  /** Defaults to the current time; observations more than a day ahead of it are refused. */
  now?: Date;
}

const SHA256 = /^[0-9a-f]{64}$/;
const EXTERNAL_ID = /^[\x21-\x7e]+$/; // printable ASCII, no spaces

/**
 * Validates and normalises one referral (GraphQL input, JSON line or mapped CSV row).
 * Problems reject the referral and name each field; unparseable identifiers only warn.
 */
export function validateReferral(input: unknown, options: ValidateOptions): ReferralCheck {
  if (!isRecord(input)) return { ok: false, problems: [{ field: '(row)', reason: 'must be an object' }] };
  const r = new FieldReader(input);

  const externalId = r.string('externalId', { required: true, max: 128 });
  if (externalId !== undefined && !EXTERNAL_ID.test(externalId)) r.problem('externalId', 'must be printable ASCII without spaces');
  const listingUrl = r.string('listingUrl', { max: 2048 });
  if (listingUrl !== undefined && !/^https?:\/\/\S+$/i.test(listingUrl)) r.problem('listingUrl', 'must be an http(s) URL');
  const listingTitle = r.string('listingTitle', { max: 500 });
  const brands = readBrands(r);
  const infringementType = r.oneOf('infringementType', Object.values(InfringementType), { required: true });
  const riskScore = r.number('riskScore', { min: 0, max: 1 });
  const estimatedValueYuan = r.number('estimatedValueYuan', { min: 0, max: 1e12 });
  const observedAt = readObservedAt(r, options.now ?? new Date());
  const seller = readSeller(r, options);
  const evidence = readEvidence(r);
  const notes = r.string('notes', { max: 10_000 });
  const { identifiers, origins, warnings } = readIdentifiers(r);

  if (r.problems.length > 0 || !externalId || !infringementType || !observedAt || !seller) {
    return { ok: false, problems: r.problems };
  }
  if (seller.residentIdHash) {
    identifiers.push({
      kind: IdentifierKind.RESIDENT_ID,
      key: identifierKey(IdentifierKind.RESIDENT_ID, seller.residentIdHash),
      role: '',
      display: seller.residentIdMasked ?? '',
      detail: {},
    });
  }
  return {
    ok: true,
    warnings: [...warnings, ...seller.warnings],
    lead: {
      externalId,
      listingUrl: listingUrl ?? null,
      listingTitle: listingTitle ?? null,
      brands,
      infringementType,
      riskScore: riskScore ?? null,
      observedAt,
      estimatedValueYuan: estimatedValueYuan ?? null,
      seller: {
        accountId: seller.accountId,
        shopName: seller.shopName,
        registrationName: seller.registrationName,
        residentIdHash: seller.residentIdHash,
        residentIdMasked: seller.residentIdMasked,
      },
      identifiers,
      origins,
      evidence,
      notes: notes ?? null,
    },
  };
}

function readBrands(r: FieldReader): string[] {
  const raw = r.array('brands', 20);
  const brands = new Set<string>();
  raw.forEach((b, i) => {
    if (typeof b !== 'string' || normalizeText(b) === '') return r.problem(`brands[${i}]`, 'must be a non-empty string');
    if (b.length > 100) return r.problem(`brands[${i}]`, 'must be at most 100 characters');
    brands.add(normalizeText(b));
  });
  if (raw.length === 0 && !r.problems.some((p) => p.field === 'brands')) r.problem('brands', 'must name at least one brand');
  return [...brands];
}

function readObservedAt(r: FieldReader, now: Date): string | undefined {
  const text = r.string('observedAt', { required: true, max: 40 });
  if (text === undefined) return undefined;
  // A time without an offset is ambiguous; platforms must send one (or Z).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    r.problem('observedAt', 'must be an ISO 8601 time with an offset, e.g. 2026-11-02T14:30:00+08:00');
    return undefined;
  }
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) {
    r.problem('observedAt', 'is not a valid date');
    return undefined;
  }
  if (at.getTime() > now.getTime() + 86_400_000) {
    r.problem('observedAt', 'must not be in the future');
    return undefined;
  }
  return at.toISOString();
}

function readSeller(r: FieldReader, options: ValidateOptions) {
  const source = r.object('seller', { required: true });
  if (!source) return undefined;
  const s = new FieldReader(source, 'seller');
  const accountId = s.string('platformAccountId', { required: true, max: 200 });
  const shopName = s.string('shopName', { max: 200 });
  const registrationName = s.string('registrationName', { max: 200 });
  const residentRaw = s.string('residentIdNumber', { max: 40 });
  const warnings: FieldProblem[] = [];
  let residentIdHash: string | null = null;
  let residentIdMasked: string | null = null;
  if (residentRaw !== undefined) {
    const id = normalizeResidentId(residentRaw);
    if (id.ok) {
      residentIdHash = options.hashResidentId(id.value.canonical);
      residentIdMasked = id.value.masked;
    } else {
      warnings.push({ field: 'seller.residentIdNumber', reason: id.reason });
    }
  }
  for (const p of s.problems) r.problems.push(p);
  if (!accountId) return undefined;
  return {
    accountId,
    shopName: shopName ? normalizeText(shopName) : null,
    registrationName: registrationName ? normalizeText(registrationName) : null,
    residentIdHash,
    residentIdMasked,
    warnings,
  };
}

function readEvidence(r: FieldReader): NormalizedLead['evidence'] {
  return r.array('evidence', 100).flatMap((item, i) => {
    if (!isRecord(item)) {
      r.problem(`evidence[${i}]`, 'must be an object with kind and sha256');
      return [];
    }
    const e = new FieldReader(item, `evidence[${i}]`);
    const kind = e.oneOf('kind', Object.values(EvidenceKind), { required: true });
    const sha256 = e.string('sha256', { required: true, max: 64 })?.toLowerCase();
    if (sha256 !== undefined && !SHA256.test(sha256)) e.problem('sha256', 'must be 64 hexadecimal characters');
    const description = e.string('description', { max: 2000 });
    for (const p of e.problems) r.problems.push(p);
    return kind && sha256 && SHA256.test(sha256) ? [{ kind, sha256, description: description ?? null }] : [];
  });
}
