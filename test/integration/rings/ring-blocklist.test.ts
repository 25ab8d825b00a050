import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { codes, gql, type GqlResult } from '../../support/graphql-client';
import { runTag } from '../../support/leads';
import { createFullJob } from '../../../api/src/modules/rings/analysis-jobs';
import { RING_LOCK } from '../../../api/src/modules/rings/ring-pending';
import { ANALYSIS_JOB, cleanGraph, freshIdentifiers, listRings, officer, platformUser, refer, sellerReferral, testDriver, waitForRings, type RingNode } from './ring-support';

const ENTRY_FIELDS = 'identifierKey kind display reason addedBy addedAt';
const BLOCKLIST = `query($first: Int, $after: String) { ringBlocklist(first: $first, after: $after) {
  edges { cursor node { ${ENTRY_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount } }`;
const BLOCK = `mutation($input: BlockIdentifierInput!) { blockIdentifier(input: $input) { entry { ${ENTRY_FIELDS} } created analysisJobId } }`;
// The audit chain's advisory lock (CHAIN_LOCK in api/src/audit/audit-log.ts): a blocklist change
// takes it last, after it has written the entry and locked the analysis job.
const AUDIT_CHAIN_LOCK = 0x617564;
const UNBLOCK = `mutation($key: String!) { unblockIdentifier(identifierKey: $key) { identifierKey analysisJobId } }`;

interface Entry {
  identifierKey: string;
  kind: string | null;
  display: string | null;
  reason: string;
  addedBy: string | null;
  addedAt: string;
}

// The analysts' super-node blocklist (issue #4): a secretariat curator blocks an identifier as
// officers write it, the full analysis that follows stops using it as evidence, and nobody else
// may read or change the list.
describe('ring blocklist', () => {
  let t: TestApp;
  const tag = runTag().toUpperCase();
  const code = `RB-${tag}`;
  const driver = testDriver();
  const key = (account: string) => `${code}:${account}`;
  const tokens: Record<string, string> = {};
  let curatorId = '';
  const a = freshIdentifiers();
  const b = freshIdentifiers();
  // A courier outlet's mobile that sellers of both groups print on their parcels.
  const glue = freshIdentifiers().mobile;

  const block = (input: Record<string, unknown>, token = tokens.curator) => gql(t.baseUrl, BLOCK, { input }, token);
  const unblock = (identifierKey: string, token = tokens.curator) => gql(t.baseUrl, UNBLOCK, { key: identifierKey }, token);
  const data = <T>(result: GqlResult, field: string): T => {
    const value = result.data?.[field];
    if (!value) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
    return value as T;
  };
  const problems = (result: GqlResult) => (result.errors ?? []).flatMap((e) => (e.extensions?.problems ?? []) as { field: string; reason: string }[]);
  const memberSets = (rings: RingNode[]) => rings.map((r) => r.members.map((m) => m.id).sort()).sort();
  const wholeList = async (): Promise<Entry[]> => {
    const entries: Entry[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = data(
        await gql(t.baseUrl, BLOCKLIST, { first: 2, after }, tokens.curator),
        'ringBlocklist',
      );
      entries.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return entries;
      after = page.pageInfo.endCursor;
    }
  };
  const waitForJob = async (id: string) => {
    for (;;) {
      const job = data<{ status: string }>(await gql(t.baseUrl, ANALYSIS_JOB, { id }, tokens.curator), 'analysisJob');
      if (job.status === 'SUCCEEDED') return;
      if (job.status === 'FAILED') throw new Error(`analysis ${id} failed: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const auditEvents = (identifierKey: string) =>
    t.app.orm.em.fork().execute<{ action: string; actor_user_id: string; target_type: string; details: Record<string, unknown> }[]>(
      `select action, actor_user_id, target_type, details from audit_event where target_id = ? order by seq`,
      [identifierKey],
    );

  const blocklistEventCount = async () => {
    const rows = await t.app.orm.em.fork().execute<{ n: number }[]>(
      `select count(*)::int as n from audit_event where action in ('BLOCK_RING_IDENTIFIER', 'UNBLOCK_RING_IDENTIFIER')`,
    );
    return rows[0].n;
  };

  /** Holds an advisory lock in a transaction of its own until the returned function is called. */
  const holdAdvisoryLock = async (lock: number): Promise<() => Promise<void>> => {
    let release!: () => void;
    let locked!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const isLocked = new Promise<void>((r) => (locked = r));
    const held = t.app.orm.em.fork().transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(?)', [lock]);
      locked();
      await released;
    });
    await isLocked;
    return async () => {
      release();
      await held;
    };
  };
  /** Waits until a session of this database waits for a lock while running a statement like this. */
  const waitForLockWait = async (statement: string) => {
    const started = Date.now();
    for (;;) {
      const rows = await t.app.orm.em.fork().execute<{ n: number }[]>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like ?`,
        [statement],
      );
      if (rows[0].n > 0) return;
      if (Date.now() - started > 20_000) throw new Error(`no session waits on a lock in ${statement}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    tokens.platform = await platformUser(t, code, tag);
    const curator = { orgName: `secretariat-${tag}`, kind: OrgKind.ALLIANCE_SECRETARIAT, role: Role.ANALYST, email: `curator-${tag}@s.test`, password: 'pw-curator-123' };
    curatorId = (await createOrgUser(t, curator)).userId;
    tokens.curator = await signIn(t, curator.email, curator.password);
    tokens.investigator = await officer(t, { orgName: `zj-police-${tag}`, kind: OrgKind.POLICE, role: Role.INVESTIGATOR, provinceCode: '330000', email: `zj-inv-${tag}@p.test` });
    const admin = { orgName: `secretariat-${tag}`, kind: OrgKind.ALLIANCE_SECRETARIAT, role: Role.SYSTEM_ADMIN, email: `sysadmin-${tag}@s.test`, password: 'pw-sysadmin-123' };
    await createOrgUser(t, admin);
    tokens.systemAdmin = await signIn(t, admin.email, admin.password);
    tokens.provincialAnalyst = await officer(t, { orgName: `zj-amr-${tag}`, kind: OrgKind.MARKET_REGULATION, role: Role.ANALYST, provinceCode: '330000', email: `zj-analyst-${tag}@m.test` });
    await refer(t, tokens.platform, [
      // Group A: a payment account and a device join a1, a2 and a3.
      sellerReferral(`a1-${tag}`, 'a1', { alipays: [a.alipay], mobiles: [glue], address: freshIdentifiers().address }),
      sellerReferral(`a2-${tag}`, 'a2', { alipays: [a.alipay], devices: [a.device], address: freshIdentifiers().address }),
      sellerReferral(`a3-${tag}`, 'a3', { devices: [a.device], address: freshIdentifiers().address }),
      // Group B: a device joins b1 and b2.
      sellerReferral(`b1-${tag}`, 'b1', { devices: [b.device], mobiles: [glue], address: freshIdentifiers('guangzhou').address }, ['Gucci']),
      sellerReferral(`b2-${tag}`, 'b2', { devices: [b.device], address: freshIdentifiers('guangzhou').address }, ['Gucci']),
    ]);
    await waitForRings(t);
  });

  afterAll(async () => {
    const rings = await t.app.orm.em.fork().execute<{ id: string }[]>('select id from ring');
    await cleanGraph(driver, [code], rings.map((r) => r.id));
    await driver.close();
    await t.stop();
  });

  it('a blocked shared phone no longer glues two groups into one ring; unblocked, it does again', async () => {
    const groupA = ['a1', 'a2', 'a3'].map(key);
    const groupB = ['b1', 'b2'].map(key);
    expect(memberSets(await listRings(t, tokens.curator))).toEqual([[...groupA, ...groupB].sort()]);

    const spelled = `+86 ${glue.slice(0, 3)}-${glue.slice(3, 7)}-${glue.slice(7)}`;
    const blocked = data<{ entry: Entry; created: boolean; analysisJobId: string }>(
      await block({ identifier: spelled, kind: 'PHONE', reason: '快递驿站电话，印在上千个包裹上' }),
      'blockIdentifier',
    );
    expect(blocked).toMatchObject({
      created: true,
      entry: { identifierKey: `PHONE:+86${glue}`, kind: 'PHONE', reason: '快递驿站电话，印在上千个包裹上', addedBy: `curator-${tag}` },
    });
    expect(blocked.entry.display).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(blocked.entry.display).not.toContain(glue.slice(3, 7));
    await waitForJob(blocked.analysisJobId);
    expect(memberSets(await listRings(t, tokens.curator))).toEqual([groupA, groupB]);
    expect((await wholeList()).map((e) => e.identifierKey)).toContain(`PHONE:+86${glue}`);

    const unblocked = data<{ identifierKey: string; analysisJobId: string }>(await unblock(`PHONE:+86${glue}`), 'unblockIdentifier');
    expect(unblocked.identifierKey).toBe(`PHONE:+86${glue}`);
    await waitForJob(unblocked.analysisJobId);
    expect(memberSets(await listRings(t, tokens.curator))).toEqual([[...groupA, ...groupB].sort()]);
    expect((await wholeList()).map((e) => e.identifierKey)).not.toContain(`PHONE:+86${glue}`);

    // Both changes are in the audit log, each with the analysis it started, and the chain holds.
    const events = await auditEvents(`PHONE:+86${glue}`);
    expect(events.map((e) => [e.action, e.actor_user_id, e.target_type])).toEqual([
      ['BLOCK_RING_IDENTIFIER', curatorId, 'RingBlocklistEntry'],
      ['UNBLOCK_RING_IDENTIFIER', curatorId, 'RingBlocklistEntry'],
    ]);
    expect(events[0].details).toMatchObject({ kind: 'PHONE', created: true, analysisJobId: blocked.analysisJobId });
    expect(events[1].details).toMatchObject({ kind: 'PHONE', reason: '快递驿站电话，印在上千个包裹上', analysisJobId: unblocked.analysisJobId });
    expect(await t.app.services.audit.verify(t.app.orm.em.fork())).toMatchObject({ ok: true });
  });

  it('blocks one key whichever way the phone is written; blocking it again replaces the reason', async () => {
    const spellings = ['0571-8888 1234', '(0571) 88881234', '+86 571 8888 1234', '0086 571 8888 1234', '（０５７１）８８８８－１２３４', '0571-88881234转8'];
    const results: { entry: Entry; created: boolean; analysisJobId: string }[] = [];
    for (const [i, identifier] of spellings.entries()) {
      results.push(data(await block({ identifier, kind: 'PHONE', reason: `市场总机 ${i}` }), 'blockIdentifier'));
    }
    expect(new Set(results.map((r) => r.entry.identifierKey))).toEqual(new Set(['PHONE:+8657188881234']));
    expect(results.map((r) => r.created)).toEqual([true, false, false, false, false, false]);
    expect(results.at(-1)!.entry).toMatchObject({ kind: 'PHONE', display: '0571-****1234', reason: '市场总机 5' });

    const listed = (await wholeList()).filter((e) => e.identifierKey === 'PHONE:+8657188881234');
    expect(listed).toEqual([expect.objectContaining({ reason: '市场总机 5', addedBy: `curator-${tag}` })]);
    expect((await auditEvents('PHONE:+8657188881234')).map((e) => e.action)).toEqual(spellings.map(() => 'BLOCK_RING_IDENTIFIER'));
    await waitForJob(results.at(-1)!.analysisJobId);
  });

  it('refuses what it cannot read, naming the field, and writes nothing', async () => {
    const before = data<{ totalCount: number }>(await gql(t.baseUrl, BLOCKLIST, {}, tokens.curator), 'ringBlocklist').totalCount;
    const eventsBefore = await blocklistEventCount();
    const refused: [Record<string, unknown>, string][] = [
      [{ identifier: 'call the shop', kind: 'PHONE', reason: 'hub' }, 'identifier'],
      [{ identifier: '   ', kind: 'PHONE', reason: 'hub' }, 'identifier'],
      [{ identifier: 'not-an-ip', kind: 'IP', reason: 'hub' }, 'identifier'],
      [{ identifier: '13800138000', kind: 'PAYMENT_ACCOUNT', reason: 'hub' }, 'paymentKind'],
      [{ identifier: '13800138000', kind: 'PHONE', paymentKind: 'ALIPAY', reason: 'hub' }, 'paymentKind'],
      [{ identifier: '13800138000', kind: 'PHONE', reason: '' }, 'reason'],
      [{ identifier: '13800138000', kind: 'PHONE', reason: '  \n ' }, 'reason'],
      [{ identifier: '13800138000', kind: 'PHONE', reason: '驿'.repeat(501) }, 'reason'],
    ];
    for (const [input, field] of refused) {
      const result = await block(input);
      expect({ input, codes: codes(result), fields: problems(result).map((p) => p.field) }).toEqual({ input, codes: ['BAD_USER_INPUT'], fields: [field] });
    }
    expect(codes(await unblock('PHONE:+8613900000000'))).toEqual(['NOT_FOUND']);
    expect(await blocklistEventCount()).toBe(eventsBefore);
    // Five hundred characters is the most a reason may have.
    const longest = data<{ entry: Entry; analysisJobId: string }>(await block({ identifier: '13800138000', kind: 'PHONE', reason: '驿'.repeat(500) }), 'blockIdentifier');
    expect(longest.entry.reason).toHaveLength(500);
    expect(data<{ totalCount: number }>(await gql(t.baseUrl, BLOCKLIST, {}, tokens.curator), 'ringBlocklist').totalCount).toBe(before + 1);
    await waitForJob(longest.analysisJobId);

    expect(await blocklistEventCount()).toBe(eventsBefore + 1);
    expect(codes(await gql(t.baseUrl, BLOCKLIST, { after: 'not-a-cursor' }, tokens.curator))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(t.baseUrl, BLOCKLIST, { first: 0 }, tokens.curator))).toEqual(['BAD_USER_INPUT']);
  });

  it('a system administrator, who has no agency role, may curate and follow the analysis it starts', async () => {
    const blocked = data<{ analysisJobId: string }>(await block({ identifier: '0571-8123 4567', kind: 'PHONE', reason: '平台客服总机' }, tokens.systemAdmin), 'blockIdentifier');
    const job = data<{ id: string; accountsRead: number | null }>(await gql(t.baseUrl, ANALYSIS_JOB, { id: blocked.analysisJobId }, tokens.systemAdmin), 'analysisJob');
    expect(job.id).toBe(blocked.analysisJobId);
    // It sees no leads, so none of the whole-graph counts.
    expect(job.accountsRead).toBeNull();
    await waitForJob(blocked.analysisJobId);
    const unblocked = data<{ analysisJobId: string }>(await unblock('PHONE:+8657181234567', tokens.systemAdmin), 'unblockIdentifier');
    await waitForJob(unblocked.analysisJobId);
    // The platform may not follow it.
    expect(codes(await gql(t.baseUrl, ANALYSIS_JOB, { id: unblocked.analysisJobId }, tokens.platform))).toEqual(['FORBIDDEN']);
  });

  it('is for the secretariat only: officers of other agencies and platforms are FORBIDDEN, strangers UNAUTHENTICATED', async () => {
    const blocked = data<{ analysisJobId: string }>(await block({ identifier: '0571-8765 4321', kind: 'PHONE', reason: '市场总机' }), 'blockIdentifier');
    await waitForJob(blocked.analysisJobId);
    const input = { identifier: '0571-8765 4321', kind: 'PHONE', reason: 'mine now' };
    for (const who of ['investigator', 'provincialAnalyst', 'platform']) {
      const token = tokens[who];
      expect({ who, codes: codes(await gql(t.baseUrl, BLOCKLIST, {}, token)) }).toEqual({ who, codes: ['FORBIDDEN'] });
      expect({ who, codes: codes(await block(input, token)) }).toEqual({ who, codes: ['FORBIDDEN'] });
      expect({ who, codes: codes(await unblock('PHONE:+8657187654321', token)) }).toEqual({ who, codes: ['FORBIDDEN'] });
    }
    expect(codes(await gql(t.baseUrl, BLOCKLIST, {}))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await block(input, ''))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await unblock('PHONE:+8657187654321', ''))).toEqual(['UNAUTHENTICATED']);

    // Nothing they tried changed the entry or reached the audit log.
    const [entry] = (await wholeList()).filter((e) => e.identifierKey === 'PHONE:+8657187654321');
    expect(entry).toMatchObject({ reason: '市场总机' });
    expect((await auditEvents('PHONE:+8657187654321')).map((e) => e.actor_user_id)).toEqual([curatorId]);
  });

  it('a change made while a full analysis runs is applied by that analysis: it analyses again before it reports success', async () => {
    const groupA = ['a1', 'a2', 'a3'].map(key);
    const groupB = ['b1', 'b2'].map(key);
    expect(memberSets(await listRings(t, tokens.curator))).toEqual([[...groupA, ...groupB].sort()]);

    // The job starts and waits for the ring lock; the change waits for the audit chain, holding
    // its entry and the job row. The job reads the old list, then the change commits.
    const job = await createFullJob(t.app.orm.em.fork(), null);
    const releaseRings = await holdAdvisoryLock(RING_LOCK);
    const releaseAudit = await holdAdvisoryLock(AUDIT_CHAIN_LOCK);
    const run = t.app.services.ringAnalysis.runFull(job.id);
    await waitForLockWait(`select pg_advisory_xact_lock(${RING_LOCK})%`);
    const blocking = block({ identifier: glue, kind: 'PHONE', reason: '又一个快递驿站' });
    await waitForLockWait(`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})%`);
    await releaseRings();
    // Past its read of the list, the job waits to write its progress on the locked job row.
    await waitForLockWait('update analysis_job %');
    await releaseAudit();

    const blocked = data<{ analysisJobId: string }>(await blocking, 'blockIdentifier');
    expect(blocked.analysisJobId).toBe(job.id);
    expect(await run).toBe('SUCCEEDED');
    expect(memberSets(await listRings(t, tokens.curator))).toEqual([groupA, groupB]);
  });
});
