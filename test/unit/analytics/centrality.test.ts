import { computeRingHubs } from '../../../graph/src/analytics/index.js';
import { IdentifierKind, link, share } from './links.js';

const { PAYMENT_ACCOUNT, PHONE } = IdentifierKind;

describe('computeRingHubs', () => {
  it('puts the identifier that holds the ring together first', () => {
    // a–b share phone 1, c–d share phone 2, and one payment account ties b and c:
    // every path between {a,b} and {c,d} runs through it.
    const links = [
      ...share(['tb:a', 'tb:b'], PHONE, '1'),
      ...share(['tb:c', 'tb:d'], PHONE, '2'),
      ...share(['tb:b', 'tb:c'], PAYMENT_ACCOUNT, 'bridge'),
      link('tb:a', PHONE, 'own'),
      link('tb:outsider', PAYMENT_ACCOUNT, 'bridge'),
    ];
    const hubs = computeRingHubs(links, ['tb:a', 'tb:b', 'tb:c', 'tb:d']);
    expect(hubs.identifiers.map((h) => [h.identifier, h.memberCount])).toEqual([
      ['PAYMENT_ACCOUNT:bridge', 2],
      ['PHONE:1', 2],
      ['PHONE:2', 2],
    ]);
    expect(hubs.accounts.map((h) => h.account)).toEqual(['tb:b', 'tb:c', 'tb:a', 'tb:d']);
    expect(hubs.accounts[3].betweenness).toBe(0);
    // The path a–P1–b–B–c–P2–d (7 nodes): B is on the one shortest path of each of the 3·3 = 9
    // pairs with an end on either side of it; normalised by (n−1)(n−2)/2 = 15 → 0.6.
    expect(hubs.identifiers[0].betweenness).toBeCloseTo(9 / 15, 12);
  });
});
