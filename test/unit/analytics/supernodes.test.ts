import { findSuperNodes } from '../../../graph/src/analytics/index.js';
import { IdentifierKind, link, names, share } from './links.js';

const { ADDRESS, PHONE, PAYMENT_ACCOUNT } = IdentifierKind;

describe('findSuperNodes', () => {
  const links = [
    ...share(names('tb:s', 120), ADDRESS, 'hub'),
    ...share(names('jd:s', 101), PHONE, '+8640000000000'),
    ...share(names('tb:s', 100), PAYMENT_ACCOUNT, 'big-but-allowed'),
    ...share(names('pdd:s', 500), 'LOCATION', '330782'),
    link('tb:x', PHONE, '+8613800000000'),
    link('tb:x', PHONE, '+8613800000000'), // a duplicate link counts once
  ];

  it('suppresses identifiers above maxDegree, largest first, and ignores weightless kinds', () => {
    expect(findSuperNodes(links)).toEqual([
      { identifier: 'ADDRESS:hub', kind: ADDRESS, degree: 120, reason: 'MAX_DEGREE' },
      { identifier: 'PHONE:+8640000000000', kind: PHONE, degree: 101, reason: 'MAX_DEGREE' },
    ]);
  });

  it('applies the blocklist and per-kind limits', () => {
    expect(
      findSuperNodes(links, {
        maxDegreeByKind: { ADDRESS: 200, PAYMENT_ACCOUNT: 50 },
        blocklist: ['PHONE:+8613800000000'],
      }),
    ).toEqual([
      { identifier: 'PHONE:+8640000000000', kind: PHONE, degree: 101, reason: 'MAX_DEGREE' },
      { identifier: 'PAYMENT_ACCOUNT:big-but-allowed', kind: PAYMENT_ACCOUNT, degree: 100, reason: 'MAX_DEGREE' },
      { identifier: 'PHONE:+8613800000000', kind: PHONE, degree: 1, reason: 'BLOCKLIST' },
    ]);
  });
});
