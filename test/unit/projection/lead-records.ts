import { IdentifierKind } from '@cloudsword/shared';
import type { LeadGraphRecord, LeadIdentifierRecord } from '../../../graph/src/projection/lead-record';

/** A lead record with plausible defaults; `prefix` goes into every key so tests never collide. */
export function leadRecord(prefix: string, overrides: Partial<LeadGraphRecord> & { id: string }): LeadGraphRecord {
  return {
    platform: `${prefix}taobao`,
    platformOrgId: `${prefix}org-taobao`,
    externalId: `ext-${overrides.id}`,
    status: 'RECEIVED',
    infringementType: 'COUNTERFEIT',
    brands: [],
    observedAt: '2026-03-01T08:00:00.000Z',
    estimatedValueYuan: 1200.5,
    riskScore: 0.87,
    visibleTo: [`${prefix}org-taobao`],
    seller: { accountId: 'acc-1', shopName: '义乌小商品店', registrationName: null },
    identifiers: [],
    ...overrides,
    id: `${prefix}${overrides.id}`,
  };
}

export function phone(prefix: string, e164: string): LeadIdentifierRecord {
  return { kind: IdentifierKind.PHONE, key: `PHONE:${prefix}${e164}`, role: '', display: `${e164.slice(0, 6)}****${e164.slice(-4)}`, detail: {} };
}

export function email(prefix: string, address: string): LeadIdentifierRecord {
  return { kind: IdentifierKind.EMAIL, key: `EMAIL:${prefix}${address}`, role: '', display: `${address[0]}***@${address.split('@')[1]}`, detail: {} };
}

export function address(prefix: string, key: string, role: string): LeadIdentifierRecord {
  return {
    kind: IdentifierKind.ADDRESS,
    key: `ADDRESS:${prefix}${key}`,
    role,
    display: '浙江省金华市义乌市稠城街道***',
    detail: {
      provinceCode: '330000',
      cityCode: '330700',
      districtCode: '330782',
      townshipCode: '330782001',
      clusterCode: `${prefix}330782001`,
      street: '工人北路',
    },
  };
}

export function payment(prefix: string, canonical: string): LeadIdentifierRecord {
  return { kind: IdentifierKind.PAYMENT_ACCOUNT, key: `PAYMENT_ACCOUNT:ALIPAY:${prefix}${canonical}`, role: '', display: '138****0000', detail: { paymentKind: 'ALIPAY' } };
}
