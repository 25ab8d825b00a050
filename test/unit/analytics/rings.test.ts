import { computeRings, type AccountLink } from '../../../graph/src/analytics/index.js';
import { IdentifierKind, link, names, share } from './links.js';

const { PAYMENT_ACCOUNT, DEVICE, PHONE, EMAIL, ADDRESS, IP, WAYBILL, RESIDENT_ID } = IdentifierKind;

const membersOf = (links: AccountLink[], options = {}) => computeRings(links, options).rings.map((r) => r.members);

describe('computeRings', () => {
  it('does not join 200 innocent accounts through a courier hub and a platform default phone', () => {
    const innocents = names('tb:shop', 200);
    const links = [
      ...share(innocents, ADDRESS, 'courier-hub-yiwu'),
      ...share(innocents, PHONE, '+8640000000000'),
      ...share(innocents, DEVICE, 'default-emulator'),
      ...innocents.map((account, k) => link(account, PAYMENT_ACCOUNT, `own-${k}`)),
      ...share(['tb:shop001', 'tb:shop002', 'jd:x'], PAYMENT_ACCOUNT, 'ring'),
    ];
    const result = computeRings(links);
    expect(result.rings.map((r) => r.members)).toEqual([['jd:x', 'tb:shop001', 'tb:shop002']]);
    expect(result.superNodes).toEqual([
      { identifier: 'ADDRESS:courier-hub-yiwu', kind: ADDRESS, degree: 200, reason: 'MAX_DEGREE' },
      { identifier: 'DEVICE:default-emulator', kind: DEVICE, degree: 200, reason: 'MAX_DEGREE' },
      { identifier: 'PHONE:+8640000000000', kind: PHONE, degree: 200, reason: 'MAX_DEGREE' },
    ]);
  });

  it('keeps two rings that share one weak identifier apart', () => {
    const links = [
      ...share(['tb:a1', 'tb:a2', 'tb:a3'], PAYMENT_ACCOUNT, 'A'),
      ...share(['tb:b1', 'tb:b2', 'tb:b3'], PAYMENT_ACCOUNT, 'B'),
      ...share(['tb:a1', 'tb:b1'], ADDRESS, 'same-warehouse'),
      ...share(['tb:a2', 'tb:b2'], IP, '1.2.3.4'),
    ];
    expect(membersOf(links)).toEqual([
      ['tb:a1', 'tb:a2', 'tb:a3'],
      ['tb:b1', 'tb:b2', 'tb:b3'],
    ]);
  });

  it('joins a ring held together by a chain of payment accounts', () => {
    const links = [
      ...share(['tb:c1', 'tb:c2'], PAYMENT_ACCOUNT, 'P1'),
      ...share(['tb:c2', 'jd:c3'], PAYMENT_ACCOUNT, 'P2'),
      ...share(['jd:c3', 'pdd:c4'], PAYMENT_ACCOUNT, 'P3'),
    ];
    const [ring] = computeRings(links).rings;
    expect(ring.members).toEqual(['jd:c3', 'pdd:c4', 'tb:c1', 'tb:c2']);
    expect(ring.breakdown.strongLinks).toBe(3);
    expect(ring.breakdown.strongLinkDensity).toBe(0.5);
  });

  it('joins on two weak identifiers that reach the threshold together, not on one', () => {
    const links = [
      ...share(['tb:p1', 'tb:p2'], PHONE, '+8613800000001'),
      ...share(['tb:p1', 'tb:p2'], EMAIL, 'x@example.com'), // 0.6 + 0.6
      ...share(['tb:q1', 'tb:q2'], PHONE, '+8613800000002'),
      ...share(['tb:q1', 'tb:q2'], IP, '10.0.0.1'), // 0.6 + 0.2
      ...share(['tb:r1', 'tb:r2'], ADDRESS, 'r-warehouse'),
      ...share(['tb:r1', 'tb:r2'], ADDRESS, 'r-return'),
      ...share(['tb:r1', 'tb:r2'], IP, '10.0.0.2'), // 0.4 + 0.4 + 0.2, exactly 1
      ...share(['tb:s1', 'tb:s2'], ADDRESS, 's-warehouse'),
      ...share(['tb:s1', 'tb:s2'], WAYBILL, 's-sender'),
      ...share(['tb:s1', 'tb:s2'], IP, '10.0.0.3'), // 0.4 + 0.3 + 0.2
      ...share(['tb:t1', 'tb:t2'], 'LOCATION', '330782'), // a shared district: nothing
    ];
    expect(membersOf(links)).toEqual([
      ['tb:p1', 'tb:p2'],
      ['tb:r1', 'tb:r2'],
    ]);
  });

  it('splits two dense clusters joined by one bridge with Louvain when over maxRingSize', () => {
    const left = names('tb:l', 30);
    const right = names('jd:r', 30);
    const links = [
      ...share(left, DEVICE, 'left'),
      ...share(right, DEVICE, 'right'),
      ...share([left[0], right[0]], PAYMENT_ACCOUNT, 'bridge'),
    ];
    const split = computeRings(links, { maxRingSize: 50 });
    expect(split.rings.map((r) => r.members)).toEqual([[...right].sort(), [...left].sort()]);
    expect(split.rings.map((r) => [r.componentSize, r.breakdown.strongLinks])).toEqual([
      [60, 435],
      [60, 435],
    ]);
    expect(split.stats.splitComponents).toBe(1);
    expect(computeRings([...links].reverse(), { maxRingSize: 50 })).toEqual(split);

    const whole = computeRings(links, { maxRingSize: 100 });
    expect(whole.rings.map((r) => r.members.length)).toEqual([60]);
    expect(whole.rings[0].breakdown.strongLinks).toBe(2 * 435 + 1);
  });

  it('splits a long, sparse chain (25 accounts, strong-link density 24/300 = 0.08) into connected segments', () => {
    const chain = names('tb:c', 25);
    const links = chain.slice(1).flatMap((account, k) => share([chain[k], account], PAYMENT_ACCOUNT, `p${k}`));
    const rings = membersOf(links);
    expect(rings.length).toBeGreaterThan(1);
    expect(rings.flat().sort()).toEqual(chain);
    for (const members of rings) {
      const positions = members.map((account) => chain.indexOf(account)).sort((x, y) => x - y);
      expect(positions[positions.length - 1] - positions[0]).toBe(positions.length - 1); // contiguous
    }
    expect(membersOf(links, { minDensity: 0 })).toEqual([chain]);
  });

  it('drops blocklisted identifiers and reports them', () => {
    const links = share(['tb:a', 'tb:b'], PAYMENT_ACCOUNT, 'platform-escrow');
    const result = computeRings(links, { blocklist: ['PAYMENT_ACCOUNT:platform-escrow'] });
    expect(result.rings).toEqual([]);
    expect(result.superNodes).toEqual([
      { identifier: 'PAYMENT_ACCOUNT:platform-escrow', kind: PAYMENT_ACCOUNT, degree: 2, reason: 'BLOCKLIST' },
    ]);
  });

  it('describes a ring: linking identifiers and a score with its breakdown', () => {
    const links = [
      ...share(['tb:a', 'tb:b', 'jd:c'], PAYMENT_ACCOUNT, 'alipay-1'),
      ...share(['tb:a', 'tb:b'], PHONE, '+8613800000001'),
      link('tb:a', ADDRESS, 'only-a'),
    ];
    const [ring] = computeRings(links).rings;
    expect(ring.linkingIdentifiers).toEqual([
      { identifier: 'PAYMENT_ACCOUNT:alipay-1', kind: PAYMENT_ACCOUNT, weight: 1, memberCount: 3 },
      { identifier: 'PHONE:+8613800000001', kind: PHONE, weight: 0.6, memberCount: 2 },
    ]);
    const sizeFactor = Math.log(3) / Math.log(50);
    expect(ring.breakdown).toEqual({
      size: 3,
      strongLinks: 3,
      strongLinkDensity: 1,
      platforms: ['jd', 'tb'],
      crossPlatformSpread: 0.5,
      sizeFactor,
      strongIdentifiers: 1,
      strongIdentifierFactor: 1 / 3,
    });
    // 100 × (0.35·1 + 0.2·0.5 + 0.2·0.2808 + 0.25·0.3333) = 35 + 10 + 5.62 + 8.33
    expect(ring.score).toBe(58.95);
    expect(ring.componentSize).toBe(3);
  });

  it('orders rings by score and does not depend on the order of the links', () => {
    const links = [
      ...share(['tb:a1', 'tb:a2'], PAYMENT_ACCOUNT, 'A'),
      ...share(['tb:b1', 'jd:b2', 'pdd:b3'], DEVICE, 'B'),
      ...share(['tb:b1', 'jd:b2', 'pdd:b3'], RESIDENT_ID, '330782199001011234'),
      ...share(['tb:c1', 'tb:c2', 'tb:c3', 'tb:c4'], PAYMENT_ACCOUNT, 'C'),
    ];
    const forward = computeRings(links);
    expect(forward.rings.map((r) => r.members[0])).toEqual(['jd:b2', 'tb:c1', 'tb:a1']);
    const reversed = computeRings([...links].reverse());
    expect(reversed).toEqual(forward);
  });

  it('gives the same rings, Louvain splits included, whatever the order of the links', () => {
    let state = 7;
    const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
    const accounts = names('tb:m', 300);
    const links: AccountLink[] = [];
    for (let k = 0; k < 400; k++) {
      const kind = [PAYMENT_ACCOUNT, DEVICE, PHONE, ADDRESS][k % 4];
      const start = Math.floor(random() * 280);
      const members = accounts.slice(start, start + 2 + Math.floor(random() * 4));
      links.push(...share(members, kind, `x${k}`));
    }
    const forward = computeRings(links, { maxRingSize: 20 });
    expect(forward.stats.splitComponents).toBeGreaterThan(2);
    const shuffled = links
      .map((entry) => ({ entry, order: random() }))
      .sort((x, y) => x.order - y.order)
      .map(({ entry }) => entry);
    expect(computeRings(shuffled, { maxRingSize: 20 })).toEqual(forward);
  });
});
