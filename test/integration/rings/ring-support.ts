import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { OrgKind, Role, type GeneratedLead, type LeadReferral } from '@cloudsword/shared';
import { createOrgUser, signIn, type TestApp } from '../../support/app';
import { gql, type GqlResult } from '../../support/graphql-client';
import { TEST_NEO4J_URL } from '../../support/env';
import { REFER_LEADS, waitForProjection } from '../../support/leads';

export const RING_FIELDS = `id status score size leadCount brands estimatedValueYuan firstActivity lastActivity
  scoreBreakdown { size strongLinks strongLinkDensity platforms crossPlatformSpread sizeFactor strongIdentifiers strongIdentifierFactor }
  members { id platform accountId }
  linkingIdentifiers { id kind display weight memberCount }
  provinces { code name }
  history { type at members relatedRingIds }`;

export const RINGS = `query($filter: RingFilter, $orderBy: RingOrder, $first: Int, $after: String) {
  rings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { ${RING_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

export const RING = `query($id: ID!, $limit: Int) { ring(id: $id) { ${RING_FIELDS}
  scoreBreakdown { factors { factor value weight points } }
  bases(first: 10) { id name provinceCode ringCount sellerCount leadCount evidence { addresses { id display } leads { id externalId } } }
  subgraph(limit: $limit) { nodes { id label kind display } edges { source target type leadCount } truncated } } }`;

export const START_ANALYSIS = `mutation { startRingAnalysis { id status phase percent accountsRead ringsFound } }`;

export const ANALYSIS_JOB = `query($id: ID!) { analysisJob(id: $id) { id status phase percent accountsRead linksRead ringsFound ringsCreated ringsChanged ringsRetired superNodes error } }`;

export interface RingNode {
  id: string;
  status: string;
  score: number;
  size: number;
  leadCount: number;
  brands: string[];
  members: { id: string; platform: string; accountId: string }[];
  linkingIdentifiers: { id: string; kind: string; display: string | null; weight: number; memberCount: number }[];
  provinces: { code: string; name: string | null }[];
  history: { type: string; at: string; members: string[]; relatedRingIds: string[] }[];
  scoreBreakdown: { size: number; platforms: string[]; strongLinks: number };
}

/** A platform organisation (unique code per run) with a referrer signed in. */
export async function platformUser(t: TestApp, code: string, tag: string): Promise<string> {
  const email = `${code.toLowerCase()}-${tag}@p.test`;
  await createOrgUser(t, { orgName: `platform ${code}`, orgCode: code, kind: OrgKind.PLATFORM, role: Role.REFERRER, email, password: 'pw-platform-123' });
  return signIn(t, email, 'pw-platform-123');
}

/** An officer of an agency (created once per org name) signed in. */
export async function officer(
  t: TestApp,
  spec: { orgName: string; kind: OrgKind; role: Role; provinceCode?: string; email: string },
): Promise<string> {
  await createOrgUser(t, { ...spec, password: 'pw-officer-123' });
  return signIn(t, spec.email, 'pw-officer-123');
}

/** Refers referrals through the API in batches; returns the lead ids in order. */
export async function refer(t: TestApp, token: string, referrals: readonly LeadReferral[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < referrals.length; start += 500) {
    const result = await gql(t.baseUrl, REFER_LEADS, { input: { leads: referrals.slice(start, start + 500) } }, token);
    const rows = result.data?.referLeads.results as { leadId: string | null; errors: unknown[] }[] | undefined;
    if (!rows) throw new Error(`referLeads failed: ${JSON.stringify(result.errors)}`);
    const bad = rows.filter((r) => r.leadId === null);
    if (bad.length > 0) throw new Error(`referLeads rejected ${bad.length}: ${JSON.stringify(bad[0])}`);
    ids.push(...rows.map((r) => r.leadId!));
  }
  return ids;
}

/** Refers a generated world, each lead by its platform's user. */
export async function referWorld(t: TestApp, tokens: Record<string, string>, leads: readonly GeneratedLead[]): Promise<void> {
  for (const platform of Object.keys(tokens)) {
    await refer(t, tokens[platform], leads.filter((l) => l.platform === platform).map((l) => l.referral));
  }
}

/** Waits until every lead is projected and every incremental ring analysis is done. */
export async function waitForRings(t: TestApp, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  let quietRounds = 0;
  while (quietRounds < 2) {
    if (Date.now() - started > timeoutMs) throw new Error('rings did not settle in time');
    await waitForProjection(t, timeoutMs);
    await t.app.services.ringAnalysis.idle();
    const rows = await t.app.orm.em.fork().execute<{ n: string }[]>(
      `select ((select count(*) from outbox where processed_at is null or hooks_done_at is null) + (select count(*) from ring_pending_lead))::text as n`,
    );
    quietRounds = rows[0].n === '0' ? quietRounds + 1 : 0;
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Starts a full analysis through the API and waits for it to succeed. */
export async function analyseAll(t: TestApp, token: string): Promise<Record<string, unknown>> {
  const started = await gql(t.baseUrl, START_ANALYSIS, {}, token);
  const id = started.data?.startRingAnalysis?.id as string | undefined;
  if (!id) throw new Error(`startRingAnalysis failed: ${JSON.stringify(started.errors)}`);
  for (;;) {
    const job = await gql(t.baseUrl, ANALYSIS_JOB, { id }, token);
    const status = job.data?.analysisJob?.status;
    if (status === 'SUCCEEDED') return job.data!.analysisJob;
    if (status === 'FAILED' || !status) throw new Error(`analysis failed: ${JSON.stringify(job.data ?? job.errors)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every ring a viewer may list, page by page. */
export async function listRings(t: TestApp, token: string, variables: Record<string, unknown> = {}): Promise<RingNode[]> {
  const rings: RingNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: GqlResult<{ rings: { edges: { node: RingNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }> = await gql(t.baseUrl, RINGS, { first: 50, ...variables, after }, token);
    if (!page.data) throw new Error(`rings failed: ${JSON.stringify(page.errors)}`);
    rings.push(...page.data.rings.edges.map((e: { node: RingNode }) => e.node));
    if (!page.data.rings.pageInfo.hasNextPage) return rings;
    after = page.data.rings.pageInfo.endCursor;
  }
}

export function testDriver(): Driver {
  return neo4j.driver(TEST_NEO4J_URL, neo4j.auth.basic('neo4j', 'x'));
}

/** Removes what a suite put into the shared test graph: its sellers, their leads, its rings, orphaned identifiers. */
export async function cleanGraph(driver: Driver, platformCodes: readonly string[], ringIds: readonly string[]): Promise<void> {
  const params = { platforms: [...platformCodes] };
  // Identifiers only these sellers point to, then the sellers and the leads referring to them.
  await driver.executeQuery(
    `MATCH (s:SellerAccount) WHERE s.platform IN $platforms
     MATCH (s)-->(t) WHERE NOT t:Platform AND NOT t:Ring
     WITH DISTINCT t WHERE all(y IN [(t)<--(x) | x] WHERE y:SellerAccount AND y.platform IN $platforms)
     DETACH DELETE t`,
    params,
  );
  await driver.executeQuery(
    `MATCH (s:SellerAccount) WHERE s.platform IN $platforms
     OPTIONAL MATCH (s)<-[:REFERS]-(l:Lead)
     DETACH DELETE s, l`,
    params,
  );
  await driver.executeQuery('UNWIND $keys AS key MATCH (r:Ring {key: key}) DETACH DELETE r', { keys: [...ringIds] });
  await driver.executeQuery('UNWIND $keys AS key MATCH (p:Platform {key: key}) DETACH DELETE p', { keys: [...platformCodes] });
}

const PLACES = {
  putian: '福建省莆田市荔城区荔园中大道',
  guangzhou: '广东省广州市白云区机场路',
} as const;

function digits(count: number): string {
  let out = '';
  while (out.length < count) out += String(Math.floor(Math.random() * 1e9)).padStart(9, '0');
  return out.slice(0, count);
}

/** Fresh identifiers, unique per call (random), for hand-made rings. */
export function freshIdentifiers(place: keyof typeof PLACES = 'putian') {
  return {
    mobile: `139${digits(8)}`,
    alipay: `2088${digits(12)}`,
    device: randomUUID(),
    address: `${PLACES[place]}${1 + Math.floor(Math.random() * 900)}号${1 + Math.floor(Math.random() * 30)}栋${digits(4)}室`,
  };
}

/** A referral of seller `accountId` with exactly these identifiers (shipping from `address`). */
export function sellerReferral(
  externalId: string,
  accountId: string,
  ids: { mobiles?: string[]; alipays?: string[]; devices?: string[]; address: string },
  brands: string[] = ['Nike'],
): LeadReferral {
  return {
    externalId,
    listingUrl: `https://item.example.com/${externalId}`,
    listingTitle: '耐克AJ1 高帮篮球鞋',
    brands,
    infringementType: 'COUNTERFEIT' as LeadReferral['infringementType'],
    riskScore: 0.9,
    observedAt: '2026-10-02T14:30:00+08:00',
    estimatedValueYuan: 1000,
    seller: { platformAccountId: accountId, shopName: '潮鞋小铺' },
    phones: ids.mobiles ?? [],
    paymentAccounts: (ids.alipays ?? []).map((account) => ({ kind: 'ALIPAY' as never, account })),
    deviceIds: ids.devices ?? [],
    addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: ids.address }],
  };
}
