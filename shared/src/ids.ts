/**
 * Branded ids: a `CaseId` cannot be passed where a `LeadId` is expected, although both are
 * strings (UUIDs) at run time.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type OrgId = Brand<string, 'OrgId'>;
export type UserId = Brand<string, 'UserId'>;
export type AllianceId = Brand<string, 'AllianceId'>;
export type LeadId = Brand<string, 'LeadId'>;
export type CaseId = Brand<string, 'CaseId'>;
export type RingId = Brand<string, 'RingId'>;
export type JobId = Brand<string, 'JobId'>;
