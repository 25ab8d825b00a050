import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { codes, gql } from '../../support/graphql-client';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { email roles organisation { name kind regionName } } } }`;
const ME = `{ me { email displayName roles organisation { name kind provinceCode cityCode regionName } } }`;

describe('login and me', () => {
  let t: TestApp;
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    t = await startTestApp();
    await createOrgUser(t, {
      orgName: '浙江省公安厅',
      kind: OrgKind.POLICE,
      provinceCode: '330000',
      role: Role.INVESTIGATOR,
      email: 'officer@zj.test',
      password,
    });
    await createOrgUser(t, {
      orgName: '杭州市公安局',
      kind: OrgKind.POLICE,
      provinceCode: '330000',
      cityCode: '330100',
      role: Role.SUPERVISOR,
      email: 'locked@hz.test',
      password,
    });
  });
  afterAll(() => t.stop());

  it('signs in with the right password and returns a token, the user and the organisation', async () => {
    const result = await gql(t.baseUrl, LOGIN, { input: { email: 'Officer@ZJ.test', password } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user).toEqual({
      email: 'officer@zj.test',
      roles: ['INVESTIGATOR'],
      organisation: { name: '浙江省公安厅', kind: 'POLICE', regionName: '浙江省' },
    });
    expect(result.data?.login.token.split('.')).toHaveLength(3);
    expect(new Date(result.data?.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('gives one and the same outward error for a wrong password, an unknown user and a locked account', async () => {
    const wrong = await gql(t.baseUrl, LOGIN, { input: { email: 'officer@zj.test', password: 'nope' } });
    const unknown = await gql(t.baseUrl, LOGIN, { input: { email: 'nobody@zj.test', password } });

    for (let i = 0; i < 5; i++) {
      await gql(t.baseUrl, LOGIN, { input: { email: 'locked@hz.test', password: `guess-${i}` } });
    }
    // The right password no longer helps while the account is locked.
    const locked = await gql(t.baseUrl, LOGIN, { input: { email: 'locked@hz.test', password } });

    for (const result of [wrong, unknown, locked]) {
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } }),
      ]);
    }
    const rows = await t.app.orm.em
      .fork()
      .execute<{ locked_until: string | null; failed_login_count: number }[]>(
        `select locked_until, failed_login_count from app_user where email = 'locked@hz.test'`,
      );
    expect(rows[0].failed_login_count).toBe(5);
    expect(new Date(rows[0].locked_until!).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
  });

  it('rejects malformed input with BAD_USER_INPUT naming the field', async () => {
    const result = await gql(t.baseUrl, LOGIN, { input: { email: 'not-an-email', password } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.problems).toEqual([{ field: 'email', reason: 'must be an email address' }]);
  });

  it('requires a valid token for me', async () => {
    expect(codes(await gql(t.baseUrl, ME))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(t.baseUrl, ME, {}, 'not-a-token'))).toEqual(['UNAUTHENTICATED']);
    const forged = (await signIn(t, 'officer@zj.test', password)).slice(0, -4) + 'AAAA';
    expect(codes(await gql(t.baseUrl, ME, {}, forged))).toEqual(['UNAUTHENTICATED']);

    const token = await signIn(t, 'officer@zj.test', password);
    const me = await gql(t.baseUrl, ME, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({
      email: 'officer@zj.test',
      displayName: 'officer',
      roles: ['INVESTIGATOR'],
      organisation: { name: '浙江省公安厅', kind: 'POLICE', provinceCode: '330000', cityCode: null, regionName: '浙江省' },
    });
  });

  it('never returns a stack trace', async () => {
    const result = await gql(t.baseUrl, '{ me { nonexistentField } }');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
  });

  it('writes every login, failed or not, to audit_event', async () => {
    const rows = await t.app.orm.em
      .fork()
      .execute<{ action: string; outcome: string; details: { email?: string; reason?: string } }[]>(
        `select action, outcome, details from audit_event where action = 'LOGIN' order by seq`,
      );
    const summary = rows.map((r) => `${r.outcome}:${r.details.reason ?? ''}`);
    expect(summary).toEqual(expect.arrayContaining(['SUCCESS:', 'FAILURE:WRONG_PASSWORD', 'FAILURE:UNKNOWN_USER', 'FAILURE:LOCKED']));
    expect(rows.filter((r) => r.details.email === 'locked@hz.test' && r.outcome === 'FAILURE')).toHaveLength(6);
    await expect(t.app.services.audit.verify(t.app.orm.em.fork())).resolves.toEqual({ ok: true, checked: rows.length });
  });
});
