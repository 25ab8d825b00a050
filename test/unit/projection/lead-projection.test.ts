import { IdentifierKind } from '@cloudsword/shared';
import { buildLeadProjection } from '../../../graph/src/projection/lead-projection';
import { assertionHash, buildLeadRows, leadRecordProblem } from '../../../graph/src/projection/lead-rows';
import { IDENTIFIER_LABELS, IDENTIFIER_MODEL, SELLER_EDGE_TYPES } from '../../../graph/src/projection/identifier-model';
import { address, email, leadRecord, payment, phone } from './lead-records';

const P = 'u-';

const records = [
  leadRecord(P, {
    id: 'L1',
    brands: ['Nike', '耐克'],
    identifiers: [phone(P, '+8613800138000'), email(P, 'boss@example.com'), address(P, 'yiwu-1', 'SHIPPING_ORIGIN'), payment(P, '13800138000')],
  }),
  leadRecord(P, {
    id: 'L2',
    platform: `${P}jd`,
    observedAt: '2026-04-02T18:00:00+08:00',
    seller: { accountId: "o'brien\"}) DETACH DELETE n //", shopName: '`; MATCH (n) DELETE n', registrationName: null },
    identifiers: [
      phone(P, '+8613800138000'),
      { kind: IdentifierKind.DEVICE, key: 'DEVICE:imei-1', role: '', display: 'imei-1', detail: {} },
      { kind: IdentifierKind.IP, key: 'IP:1.2.3.4', role: '', display: '1.2.3.*', detail: {} },
      { kind: IdentifierKind.WAYBILL, key: 'WAYBILL:SF:123', role: '', display: 'SF***123', detail: {} },
      { kind: IdentifierKind.RESIDENT_ID, key: 'RESIDENT_ID:abc', role: '', display: '3307**********0011', detail: {} },
    ],
  }),
];

function allValues(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(allValues);
  if (typeof value === 'object') return Object.values(value).flatMap(allValues);
  return [String(value)];
}

describe('buildLeadProjection', () => {
  const statements = buildLeadProjection(records);

  it('builds one statement per node label and relationship type (snapshot)', () => {
    expect(statements.map((s) => s.text)).toMatchSnapshot();
  });

  it('puts no value into the Cypher text: statements read `$rows` (and `$keep`) only', () => {
    for (const statement of statements) {
      expect(['rows', 'rows,keep']).toContain(Object.keys(statement.params ?? {}).join());
      expect(statement.text).not.toMatch(/\$(?!rows\b|keep\b)/);
      // The only string literals are the claim separator and coalesce's empty string.
      const literals = [...statement.text.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      expect(literals.filter((l) => l !== '|' && l !== '')).toEqual([]);
      for (const value of allValues(statement.params)) {
        // As a whole token: the kind `PHONE` may be part of the whitelisted type `HAS_PHONE`.
        const token = new RegExp(`(?<![\\w$.])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`);
        if (value.length >= 3) expect(statement.text).not.toMatch(token);
      }
    }
  });

  it('takes labels and relationship types only from the whitelist', () => {
    const names = new Set(statements.flatMap((s) => [...s.text.matchAll(/[(:[]\w*:([A-Z][A-Za-z_|]*)/g)].flatMap((m) => m[1].split('|'))));
    const allowed = new Set<string>([
      ...IDENTIFIER_LABELS,
      ...SELLER_EDGE_TYPES,
      'Lead', 'SellerAccount', 'Platform', 'Brand', 'Location', 'REFERS', 'ALLEGES', 'ON', 'IN',
    ]);
    expect([...names].filter((n) => !allowed.has(n))).toEqual([]);
  });

  it('leaves out statements that would have no rows', () => {
    const text = buildLeadProjection([leadRecord(P, { id: 'L9' })]).map((s) => s.text).join('\n');
    expect(text).not.toContain('MERGE (t:Phone');
    expect(text).not.toContain('HAS_ADDRESS]->');
  });
});

describe('buildLeadRows', () => {
  it('merges one identifier seen by several leads into one node row and one edge row per seller', () => {
    const shared = phone(P, '+8613900000000');
    const rows = buildLeadRows([
      leadRecord(P, { id: 'L2', observedAt: '2026-02-01T00:00:00Z', identifiers: [shared] }),
      leadRecord(P, { id: 'L1', observedAt: '2026-01-01T00:00:00Z', identifiers: [shared, shared] }),
      leadRecord(P, { id: 'L3', platform: `${P}pdd`, identifiers: [shared] }),
    ]);
    expect(rows.identifiers.get('Phone')).toHaveLength(1);
    expect(rows.identifiers.get('Phone')?.[0].edges).toEqual([
      { seller: `${P}taobao:acc-1`, leads: [`${P}L1`, `${P}L2`], firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-02-01T00:00:00.000Z' },
      { seller: `${P}pdd:acc-1`, leads: [`${P}L3`], firstSeen: '2026-03-01T08:00:00.000Z', lastSeen: '2026-03-01T08:00:00.000Z' },
    ]);
  });

  it('keeps address roles per lead so that they can be retracted with it', () => {
    const rows = buildLeadRows([
      leadRecord(P, { id: 'L1', identifiers: [address(P, 'a', 'WAREHOUSE'), address(P, 'a', 'RETURN')] }),
      leadRecord(P, { id: 'L2', identifiers: [address(P, 'a', 'WAREHOUSE')] }),
    ]);
    expect(rows.identifiers.get('Address')?.[0].edges[0]).toMatchObject({
      roleClaims: [`${P}L1|RETURN`, `${P}L1|WAREHOUSE`, `${P}L2|WAREHOUSE`],
      roles: ['RETURN', 'WAREHOUSE'],
    });
    expect(rows.identifiers.get('Address')?.[0].location).toBe(`${P}330782001`);
    expect(rows.identifiers.get('Address')?.[0].props).toEqual({
      kind: 'ADDRESS', display: '浙江省金华市义乌市稠城街道***',
      clusterCode: `${P}330782001`, provinceCode: '330000', cityCode: '330700', districtCode: '330782', townshipCode: '330782001',
    });
    expect(rows.locations).toEqual([{ key: `${P}330782001`, props: { provinceCode: '330000', cityCode: '330700', districtCode: '330782' } }]);
  });

  it('takes the later record of a lead given twice, and the newest lead’s view of a seller', () => {
    const rows = buildLeadRows([
      leadRecord(P, { id: 'L1', status: 'RECEIVED', observedAt: '2026-05-01T00:00:00Z', seller: { accountId: 'acc-1', shopName: 'new name', registrationName: null } }),
      leadRecord(P, { id: 'L2', observedAt: '2026-01-01T00:00:00Z', seller: { accountId: 'acc-1', shopName: 'old name', registrationName: null } }),
      leadRecord(P, { id: 'L1', status: 'ROUTED', observedAt: '2026-05-01T00:00:00Z', seller: { accountId: 'acc-1', shopName: 'new name', registrationName: null } }),
    ]);
    expect(rows.leads.map((l) => [l.key, l.props.status])).toEqual([[`${P}L2`, 'RECEIVED'], [`${P}L1`, 'ROUTED']]);
    expect(rows.sellers).toEqual([expect.objectContaining({ observedAt: '2026-05-01T00:00:00.000Z', props: expect.objectContaining({ shopName: 'new name' }) })]);
  });

  it('hashes what a lead asserts, not its status, visibility or the order of its lists', () => {
    const base = leadRecord(P, { id: 'L1', brands: ['A', 'B'], identifiers: [phone(P, '+8613800000001'), email(P, 'a@b.cn')] });
    const same = { ...base, status: 'ROUTED', visibleTo: ['x'], riskScore: 0.1, brands: ['b ', 'A'], identifiers: [...base.identifiers].reverse() };
    expect(assertionHash(same)).toBe(assertionHash(base));
    expect(assertionHash({ ...base, identifiers: base.identifiers.slice(1) })).not.toBe(assertionHash(base));
    expect(assertionHash({ ...base, seller: { ...base.seller, accountId: 'other' } })).not.toBe(assertionHash(base));
    expect(assertionHash({ ...base, observedAt: '2026-03-01T16:00:00+08:00' })).toBe(assertionHash(base));
  });

  it('with the stored hashes, writes only the properties of unchanged leads and retracts only changed ones', () => {
    const unchanged = leadRecord(P, { id: 'L1', identifiers: [phone(P, '+8613800000001')] });
    const changed = leadRecord(P, { id: 'L2', brands: ['Nike'], identifiers: [phone(P, '+8613800000002')] });
    const fresh = leadRecord(P, { id: 'L3', identifiers: [phone(P, '+8613800000003')] });
    const previous = new Map([[unchanged.id, assertionHash(unchanged)], [changed.id, 'an older hash']]);
    const rows = buildLeadRows([{ ...unchanged, status: 'ROUTED' }, changed, fresh], previous);

    expect(rows.leadProps).toEqual([{ key: unchanged.id, props: expect.objectContaining({ status: 'ROUTED' }) }]);
    expect(rows.leads.map((l) => l.key)).toEqual([changed.id, fresh.id]);
    expect(rows.retract).toEqual([{ key: changed.id, hash: assertionHash(changed) }]);
    expect(rows.keep.sort()).toEqual(['PHONE:u-+8613800000002', 'nike', `${P}taobao:acc-1`]);
    expect(rows.identifiers.get('Phone')?.map((r) => r.key)).toEqual(['PHONE:u-+8613800000002', 'PHONE:u-+8613800000003']);
    // Without stored hashes every lead may have changed: all are retracted (guarded in Cypher) and re-merged.
    expect(buildLeadRows([unchanged, changed, fresh]).retract).toHaveLength(3);
  });

  it('names what makes a record unprojectable, and refuses to build rows for it', () => {
    const bad = { ...leadRecord(P, { id: 'L1' }), identifiers: [{ kind: 'FAX', key: 'FAX:1', role: '', display: '', detail: {} }] };
    expect(leadRecordProblem(bad as never)).toBe('unknown identifier kind "FAX"');
    expect(leadRecordProblem({ ...leadRecord(P, { id: 'L1' }), seller: { accountId: '', shopName: null, registrationName: null } })).toBe('seller.accountId is empty');
    expect(() => buildLeadRows([bad as never])).toThrow(/cannot be projected: unknown identifier kind/);
  });

  it('maps every identifier kind to a label and a relationship type', () => {
    expect(Object.keys(IDENTIFIER_MODEL).sort()).toEqual(Object.values(IdentifierKind).sort());
  });
});
