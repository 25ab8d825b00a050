import { startTestApp, type TestApp } from '../../support/app';
import { AuditOutcome } from '../../../api/src/audit/audit-log';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('chains events by hash, refuses updates and deletes, and detects tampering', async () => {
    const em = t.app.orm.em.fork();
    const audit = t.app.services.audit;
    // Concurrent appends still form one unbroken chain.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        audit.appendAlone(t.app.orm.em.fork(), {
          actor: null,
          action: 'TEST_EVENT',
          targetType: 'Thing',
          targetId: String(i),
          outcome: AuditOutcome.SUCCESS,
          details: { i, nested: { b: 2, a: 1 }, text: '浙江省' },
        }),
      ),
    );
    expect(await audit.verify(em)).toEqual({ ok: true, checked: 20 });

    await expect(em.execute(`update audit_event set action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);

    // A superuser who disables the trigger can change a row, but the chain gives it away.
    await em.execute('alter table audit_event disable trigger audit_event_no_update');
    await em.execute(`update audit_event set details = '{"i": 99}'::jsonb where seq = (select min(seq) + 4 from audit_event)`);
    await em.execute('alter table audit_event enable trigger audit_event_no_update');
    const result = await audit.verify(em);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(4);
  });
});
