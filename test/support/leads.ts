import { randomBytes } from 'node:crypto';
import type { LeadReferral } from '@cloudsword/shared';
import type { TestApp } from './app';

/** A unique run tag, so graph keys made by one suite never collide with another's. */
export function runTag(): string {
  return randomBytes(3).toString('hex');
}

/** A random valid mainland mobile number (digits only), distinct per call. */
export function randomMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** A valid referral; override any field. */
export function referral(overrides: Partial<LeadReferral> & { externalId: string }): LeadReferral {
  return {
    listingUrl: `https://item.example.com/${overrides.externalId}`,
    listingTitle: '【正品】耐克AJ1 高帮篮球鞋 莆田纯原',
    brands: ['Nike'],
    infringementType: 'COUNTERFEIT' as LeadReferral['infringementType'],
    riskScore: 0.92,
    observedAt: '2026-10-02T14:30:00+08:00',
    estimatedValueYuan: 12800,
    seller: { platformAccountId: `seller-${overrides.externalId}`, shopName: '潮鞋小铺' },
    phones: [randomMobile()],
    addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: '福建省莆田市荔城区荔园中大道88号3栋502室' }],
    ...overrides,
  };
}

/**
 * Waits until the projector has applied every outbox entry and the post-projection hooks
 * (ring queue, name keys, alerts) have run for it (fails after the timeout).
 */
export async function waitForProjection(t: TestApp, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const rows = await t.app.orm.em
      .fork()
      .execute<{ n: string }[]>(`select count(*)::text as n from outbox where processed_at is null or hooks_done_at is null`);
    if (rows[0].n === '0') return;
    if (Date.now() - started > timeoutMs) throw new Error(`outbox still has ${rows[0].n} pending entries after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const REFER_LEAD = `mutation($input: LeadReferralInput!) {
  referLead(input: $input) { created warnings { field reason }
    lead { id externalId status version brands seller { accountId residentIdMasked } identifiers { kind display role } routedTo { name } platform { name } } } }`;

export const REFER_LEADS = `mutation($input: ReferLeadsInput!) {
  referLeads(input: $input) { accepted rejected results { row externalId leadId accepted created errors { row field reason } warnings { field reason } } } }`;

export const LEADS = `query($filter: LeadFilter, $first: Int, $after: String) {
  leads(filter: $filter, first: $first, after: $after) { edges { cursor node { id externalId status routedTo { name } } } pageInfo { hasNextPage endCursor } } }`;

export const LEAD = `query($id: ID!) { lead(id: $id) { id externalId status platform { name } routedTo { name } identifiers { kind display } } }`;
