import { startTestApp, type TestApp } from '../../support/app';
import { runTag } from '../../support/leads';
import { freshIdentifiers, platformUser, refer, sellerReferral, waitForRings } from './ring-support';

// Incremental ring analysis gives way to projection: while the outbox has a backlog it waits
// (and then takes the waiting leads together), but never longer than its maximum delay. This
// app works only the ring queue, so nothing projects and the backlog stays until we clear it.
describe('incremental ring analysis during a projection backlog', () => {
  let t: TestApp;
  const tag = runTag().toUpperCase();
  let platform = '';

  const pending = async (): Promise<string[]> =>
    (await t.app.orm.em.fork().execute<{ lead_id: string }[]>('select lead_id from ring_pending_lead order by lead_id')).map((r) => r.lead_id);
  const referOne = async (name: string): Promise<string> => {
    const [id] = await refer(t, platform, [sellerReferral(`${name}-${tag}`, `${name}-${tag}`, { mobiles: [freshIdentifiers().mobile], address: freshIdentifiers().address })]);
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { WORK_QUEUES: 'ring-analysis' } });
    platform = await platformUser(t, `RD-${tag}`, tag);
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('waits while the outbox has unprojected leads and runs once it is drained', async () => {
    const lead = await referOne('first');
    const backlog = await t.app.orm.em.fork().execute<{ n: string }[]>('select count(*)::text as n from outbox where processed_at is null');
    expect(Number(backlog[0].n)).toBeGreaterThan(0);

    await t.app.services.ringAnalysis.leadsProjected([lead]);
    await t.app.services.ringAnalysis.idle();
    expect(await pending()).toEqual([lead]);

    await t.app.orm.em.fork().execute('update outbox set processed_at = now(), hooks_done_at = now() where processed_at is null');
    await t.app.services.ringAnalysis.leadsProjected([]);
    await t.app.services.ringAnalysis.idle();
    expect(await pending()).toEqual([]);
  });

  it('runs despite a backlog once the oldest waiting lead has waited the maximum delay', async () => {
    const lead = await referOne('second');
    await t.app.services.ringAnalysis.leadsProjected([lead]);
    await t.app.services.ringAnalysis.idle();
    expect(await pending()).toEqual([lead]);

    await t.app.orm.em.fork().execute(`update ring_pending_lead set queued_at = now() - interval '11 seconds'`);
    await t.app.services.ringAnalysis.leadsProjected([]);
    await t.app.services.ringAnalysis.idle();
    expect(await pending()).toEqual([]);
  });
});

// A lead queued for re-analysis and never analysed (the process crashed, or the run failed)
// must not wait for the next referral: every projection job (at start, once a minute) resumes.
describe('leads left waiting for ring re-analysis', () => {
  let t: TestApp;
  const tag = runTag().toUpperCase();

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('are taken up by the next projection job even when nothing is left to project', async () => {
    const platform = await platformUser(t, `RR-${tag}`, tag);
    const [lead] = await refer(t, platform, [sellerReferral(`left-${tag}`, `left-${tag}`, { mobiles: [freshIdentifiers().mobile], address: freshIdentifiers().address })]);
    await waitForRings(t);
    const em = t.app.orm.em.fork();
    await em.execute('insert into ring_pending_lead (lead_id) values (?)', [lead]);
    const outbox = await em.execute<{ n: string }[]>('select count(*)::text as n from outbox where processed_at is null or hooks_done_at is null');
    expect(outbox[0].n).toBe('0');

    t.app.services.jobs.requestProjection();
    const deadline = Date.now() + 20_000;
    let left = ['?'];
    while (left.length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      left = (await em.fork().execute<{ lead_id: string }[]>('select lead_id from ring_pending_lead')).map((r) => r.lead_id);
    }
    expect(left).toEqual([]);
  });
});
