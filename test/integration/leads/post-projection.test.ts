import { OrgKind, Role } from '@cloudsword/shared';
import { PostProjectionRunner } from '../../../api/src/modules/projection/post-projection';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { gql } from '../../support/graphql-client';
import { REFER_LEADS, referral, runTag, waitForProjection } from '../../support/leads';

// The hooks that follow a projection (ring queue, name keys, alerts) run beside the projector,
// durably: an outbox row keeps `hooks_done_at` empty until they have run for its lead.
describe('post-projection hooks', () => {
  let t: TestApp;
  const tag = runTag();
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    await createOrgUser(t, { orgName: `平台-${tag}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: `p-${tag}@p.test`, password: 'pw-hooks-1' });
    token = await signIn(t, `p-${tag}@p.test`, 'pw-hooks-1');
  });
  afterAll(async () => {
    await t?.stop();
  });

  const count = async (sql: string): Promise<number> => Number((await t.app.orm.em.fork().execute<{ n: string }[]>(sql))[0].n);

  it('run for every projected lead: name keys written, ring queue filled, outbox rows marked', async () => {
    const leads = Array.from({ length: 12 }, (_, i) => referral({ externalId: `h${i}-${tag}`, seller: { platformAccountId: `hs${i}-${tag}`, shopName: '潮鞋小铺' } }));
    const result = await gql(t.baseUrl, REFER_LEADS, { input: { leads } }, token);
    expect(result.data?.referLeads).toMatchObject({ accepted: 12 });
    await waitForProjection(t);
    expect(await count(`select count(*)::text as n from outbox where hooks_done_at is null`)).toBe(0);
    expect(await count(`select count(distinct k.lead_id)::text as n from lead_name_key k join lead l on l.id = k.lead_id where l.external_id like 'h%-${tag}'`)).toBe(12);
  });

  it('are taken up again after a crash left them undone', async () => {
    // As a crash between projection and hooks leaves things: projected, hooks not run.
    const em = t.app.orm.em.fork();
    await em.execute(`update outbox set hooks_done_at = null`);
    await em.execute(`delete from lead_name_key`);
    const pending = await count(`select count(*)::text as n from outbox where hooks_done_at is null`);
    expect(pending).toBeGreaterThanOrEqual(12);

    expect(await t.app.services.postProjection.drain()).toBe(pending);
    expect(await count(`select count(*)::text as n from outbox where hooks_done_at is null`)).toBe(0);
    expect(await count(`select count(distinct k.lead_id)::text as n from lead_name_key k join lead l on l.id = k.lead_id where l.external_id like 'h%-${tag}'`)).toBe(12);
  });

  it('that fail leave their rows pending, and a later run completes them', async () => {
    const em = t.app.orm.em.fork();
    await em.execute(`update outbox set hooks_done_at = null`);
    const pending = await count(`select count(*)::text as n from outbox where hooks_done_at is null`);
    let calls = 0;
    const seen: string[] = [];
    const runner = new PostProjectionRunner(t.app.orm, t.app.services.logger, async (leadIds) => {
      calls++;
      if (calls === 1) throw new Error('alerts store unavailable');
      seen.push(...leadIds);
    });
    await expect(runner.drain()).rejects.toThrow('alerts store unavailable');
    expect(await count(`select count(*)::text as n from outbox where hooks_done_at is null`)).toBe(pending);

    expect(await runner.drain()).toBe(pending);
    expect(new Set(seen).size).toBe(await count(`select count(distinct aggregate_id)::text as n from outbox`));
    expect(await count(`select count(*)::text as n from outbox where hooks_done_at is null`)).toBe(0);
  });

  it('run on one instance at a time: a second runner finds the lock taken and does nothing', async () => {
    const em = t.app.orm.em.fork();
    await em.execute(`update outbox set hooks_done_at = null`);
    let release!: () => void;
    let entered!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holding = new Promise<void>((resolve) => (entered = resolve));
    // Its hook runs while it holds the lock: once inside, the lock is taken.
    const slow = new PostProjectionRunner(t.app.orm, t.app.services.logger, () => {
      entered();
      return gate;
    });
    const other = new PostProjectionRunner(t.app.orm, t.app.services.logger, async () => {
      throw new Error('the second runner must not run hooks while the first holds the lock');
    });
    const first = slow.drain();
    await holding;
    expect(await other.drain()).toBe(0);
    release();
    expect(await first).toBeGreaterThan(0);
  });
});
