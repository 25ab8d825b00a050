import { randomUUID } from 'node:crypto';
import { OrgKind, Role, type LeadReferral } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { gql } from '../../support/graphql-client';
import { randomMobile, REFER_LEADS, referral, runTag, waitForProjection } from '../../support/leads';

/**
 * A small evidence graph that exercises visibility, shared by the exploration suites:
 *
 *   platform A (TA): L1 s1 {P1, D1}   L2 s2 {P1, D2}   L3 s3 {D2, PAY3}   L7 s7 {D3}
 *   platform B (TB): L4 b4 {PAY3}     L6 b6 {P1, D3}   L5 b4 {P1}  ← shipped from Guangdong
 *
 * Every lead ships from 莆田荔城区 (routed to the Putian police) except L5 (Guangzhou, routed to
 * the Guangdong police). So the Putian officer's shortest s1→b4 path has six hops, while the
 * two-hop shortcut s1–P1–b4 exists only through L5; platform A's s1→s7 path exists only through
 * platform B's L6. Each lead has an address of its own, so addresses make no shortcut.
 * Keys are unique per run (the test Neo4j is shared by suites).
 */
export interface World {
  t: TestApp;
  tag: string;
  tokens: Record<'platformA' | 'platformB' | 'putian' | 'guangdong' | 'secretariat', string>;
  orgNames: Record<'putian' | 'guangdong', string>;
  leads: Record<string, string>;
  sellers: Record<'s1' | 's2' | 's3' | 's7' | 'b4' | 'b6', string>;
  keys: Record<'P1' | 'D1' | 'D2' | 'D3' | 'PAY3', string>;
  phoneP1: string;
  platformCodes: { A: string; B: string };
  /** Refers leads as platform A or B (1000 at most) and returns their ids by external id. */
  refer(platform: 'A' | 'B', leads: LeadReferral[]): Promise<Record<string, string>>;
  /** The graph key of one identifier a lead asserted, read from PostgreSQL. */
  identifierKey(leadId: string, kind: string): Promise<string>;
  /** Waits until projection and every after-projection hook so far have finished. */
  settle(): Promise<void>;
}

export const PUTIAN_STREET = '福建省莆田市荔城区荔园中大道';

export async function buildWorld(): Promise<World> {
  const t = await startTestApp();
  const tag = runTag();
  const tokens = {} as World['tokens'];
  const platformCodes = { A: `TA-${tag}`, B: `TB-${tag}` };
  const orgNames = { putian: `莆田市公安局-${tag}`, guangdong: `广东省公安厅-${tag}` };
  const users: [keyof World['tokens'], string, OrgKind, Role, string?, string?, string?][] = [
    ['platformA', `platform-a-${tag}`, OrgKind.PLATFORM, Role.REFERRER, '330000', undefined, platformCodes.A],
    ['platformB', `platform-b-${tag}`, OrgKind.PLATFORM, Role.REFERRER, '110000', undefined, platformCodes.B],
    ['putian', orgNames.putian, OrgKind.POLICE, Role.INVESTIGATOR, '350000', '350300'],
    ['guangdong', orgNames.guangdong, OrgKind.POLICE, Role.INVESTIGATOR, '440000'],
    ['secretariat', `secretariat-${tag}`, OrgKind.ALLIANCE_SECRETARIAT, Role.COORDINATOR],
  ];
  for (const [name, orgName, kind, role, provinceCode, cityCode, orgCode] of users) {
    const email = `${name}-${tag}@x.test`;
    await createOrgUser(t, { orgName, kind, role, provinceCode, cityCode, orgCode, email, password: `pw-${name}-123` });
    tokens[name] = await signIn(t, email, `pw-${name}-123`);
  }

  const refer = async (platform: 'A' | 'B', leads: LeadReferral[]): Promise<Record<string, string>> => {
    const result = await gql(t.baseUrl, REFER_LEADS, { input: { leads } }, platform === 'A' ? tokens.platformA : tokens.platformB);
    const rows = result.data?.referLeads.results ?? [];
    if (result.errors || rows.some((r: any) => !r.accepted)) throw new Error(`referral failed: ${JSON.stringify(result.errors ?? rows)}`);
    return Object.fromEntries(rows.map((r: any) => [r.externalId, r.leadId]));
  };

  const phoneP1 = randomMobile();
  const [D1, D2, D3] = [randomUUID(), randomUUID(), randomUUID()];
  const PAY3 = `pay3-${tag}@example.com`;
  const room = 100 + Math.floor(Math.random() * 800);
  const putian = (n: number) => [{ role: 'SHIPPING_ORIGIN' as never, text: `${PUTIAN_STREET}${n}号${room}室` }];
  const lead = (id: string, seller: string, shopName: string, rest: Partial<LeadReferral>) =>
    referral({ externalId: `${id}-${tag}`, seller: { platformAccountId: `${seller}-${tag}`, shopName }, phones: [], ...rest });

  const a = await refer('A', [
    lead('L1', 's1', '莆田鞋业旗舰店', { phones: [phoneP1], deviceIds: [D1], addresses: putian(1) }),
    lead('L2', 's2', '潮鞋小铺', { phones: [phoneP1], deviceIds: [D2], addresses: putian(2) }),
    lead('L3', 's3', '运动名品', { deviceIds: [D2], paymentAccounts: [{ kind: 'ALIPAY' as never, account: PAY3 }], addresses: putian(3) }),
    lead('L7', 's7', '拱辰鞋仓', { deviceIds: [D3], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `福建省莆田市荔城区拱辰路${room}号` }] }),
  ]);
  const b = await refer('B', [
    lead('L4', 'b4', '北方鞋城', { paymentAccounts: [{ kind: 'ALIPAY' as never, account: PAY3 }], addresses: putian(4) }),
    lead('L5', 'b4', '北方鞋城', { phones: [phoneP1], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `广东省广州市白云区机场路${room}号` }] }),
    lead('L6', 'b6', '东方鞋业', { phones: [phoneP1], deviceIds: [D3], addresses: putian(6) }),
  ]);
  const leads = Object.fromEntries(Object.entries({ ...a, ...b }).map(([externalId, id]) => [externalId.replace(`-${tag}`, ''), id]));
  await waitForProjection(t);
  const settle = async (): Promise<void> => {
    // The projector's hook (name keys, repeat-infringer check) runs after the outbox is marked
    // done, one batch after another: once a later sentinel lead has its name key, every hook
    // before it has finished. The sentinel names no address, so it touches no base.
    const sentinel = await refer('A', [referral({ externalId: `S-${randomUUID()}`, seller: { platformAccountId: `sentinel-${randomUUID()}`, shopName: 'sentinel' }, phones: [randomMobile()], addresses: [] })]);
    await waitForProjection(t);
    await eventually(async () => {
      const rows = await t.app.orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from lead_name_key where lead_id = any(?::uuid[])`, [`{${Object.values(sentinel).join(',')}}`]);
      return rows[0].n !== '0' ? true : undefined;
    });
  };
  await settle();

  const identifierKey = async (leadId: string, kind: string): Promise<string> => {
    const rows = await t.app.orm.em.fork().execute<{ key: string }[]>(`select key from lead_identifier where lead_id = ? and kind = ? order by key limit 1`, [leadId, kind]);
    if (!rows[0]) throw new Error(`lead ${leadId} has no ${kind}`);
    return rows[0].key;
  };
  const seller = (platform: 'A' | 'B', name: string) => `${platformCodes[platform]}:${name}-${tag}`;
  return {
    t,
    tag,
    tokens,
    orgNames,
    leads,
    sellers: { s1: seller('A', 's1'), s2: seller('A', 's2'), s3: seller('A', 's3'), s7: seller('A', 's7'), b4: seller('B', 'b4'), b6: seller('B', 'b6') },
    keys: {
      P1: await identifierKey(leads.L1, 'PHONE'),
      D1: await identifierKey(leads.L1, 'DEVICE'),
      D2: await identifierKey(leads.L2, 'DEVICE'),
      D3: await identifierKey(leads.L7, 'DEVICE'),
      PAY3: await identifierKey(leads.L3, 'PAYMENT_ACCOUNT'),
    },
    phoneP1,
    platformCodes,
    refer,
    identifierKey,
    settle,
  };
}

/** Polls until `check` returns a value (not undefined), or fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const ENTITY = `query($id: ID!, $depth: Int, $limit: Int) {
  entity(id: $id) { id kind display neighborhood(depth: $depth, limit: $limit) {
    nodes { id kind display } edges { source target type leadIds leadCount firstSeen lastSeen } truncated } } }`;

export const ENTITY_ONLY = `query($id: ID!) { entity(id: $id) { id kind display } }`;

export const PATH = `query($from: ID!, $to: ID!, $maxHops: Int) {
  evidencePath(from: $from, to: $to, maxHops: $maxHops) { hops { from to type leads { id externalId } } nodes { id kind display } } }`;

export const SEARCH = `query($query: String!, $first: Int) { identifierSearch(query: $query, first: $first) { id kind display match leadCount } }`;

export const BASES = `query($filter: ManufacturingBaseFilter, $first: Int) {
  manufacturingBases(filter: $filter, first: $first) { id level name provinceCode cityCode ringCount sellerCount leadCount brandCount
    streets { street ringCount sellerCount leadCount brandCount } evidence { addresses { id display sellerCount leadCount } leads { id externalId } } } }`;

export const ALERTS = `query($first: Int, $after: String) { alerts(first: $first, after: $after) {
  edges { cursor node { id kind createdAt acknowledgedAt lead { id externalId }
    evidence { links { via identifier { id kind display } sellerIds knownLeads { id externalId status } } otherAgencies { name } } } }
  pageInfo { hasNextPage endCursor } } }`;

export const NOTICES = `query { platformNotices(first: 50) { edges { node { id kind createdAt lead { id externalId } } } pageInfo { hasNextPage } } }`;

export const ACK = `mutation($id: ID!) { acknowledgeAlert(id: $id) { id acknowledgedAt } }`;

export const SET_STATUS = `mutation($input: SetLeadStatusInput!) { setLeadStatus(input: $input) { id status } }`;

/** Keys of a path's nodes in order. */
export function pathKeys(path: { nodes: { id: string }[] } | null | undefined): string[] | null {
  return path ? path.nodes.map((n) => n.id) : null;
}
