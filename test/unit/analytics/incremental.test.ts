import { findAffectedComponents, identifiersToExpand } from '../../../graph/src/analytics/index.js';
import { IdentifierKind, link, names, share } from './links.js';

const { ADDRESS, PAYMENT_ACCOUNT, PHONE } = IdentifierKind;

describe('incremental analysis', () => {
  const componentOf = new Map([
    ['tb:a1', 'C1'],
    ['tb:a2', 'C1'],
    ['tb:b1', 'C2'],
    ['tb:b2', 'C2'],
    ['tb:z1', 'C9'],
  ]);

  it('lists the identifiers whose stored links must be read', () => {
    const batch = [
      link('tb:new', PHONE, '+8613800000001'),
      link('tb:new', 'LOCATION', '330782'),
      link('tb:new', ADDRESS, 'blocked'),
      link('tb:other', PHONE, '+8613800000001'),
    ];
    expect(identifiersToExpand(batch, { blocklist: ['ADDRESS:blocked'] })).toEqual(['PHONE:+8613800000001']);
  });

  it('finds the components that a new link touches, and the loose accounts beside it', () => {
    const batch = [link('tb:new', PAYMENT_ACCOUNT, 'p'), link('tb:a1', ADDRESS, 'w')];
    const existing = [
      link('tb:b1', PAYMENT_ACCOUNT, 'p'),
      link('tb:loose', PAYMENT_ACCOUNT, 'p'),
      link('tb:z1', PHONE, 'unrelated'),
    ];
    expect(findAffectedComponents(batch, existing, componentOf)).toEqual({
      componentIds: ['C1', 'C2'],
      accounts: ['tb:loose', 'tb:new'],
      newlySuppressed: [],
    });
  });

  it('re-analyses what an identifier used to join once the batch makes it a super node', () => {
    const stored = names('tb:s', 100);
    const lookup = (account: string) => (account === 'tb:s000' ? 'C5' : undefined);
    const batch = [link('tb:new', ADDRESS, 'hub')];
    const result = findAffectedComponents(batch, share(stored, ADDRESS, 'hub'), lookup);
    expect(result.componentIds).toEqual(['C5']);
    expect(result.accounts).toHaveLength(100); // 99 loose stored accounts and the new one
    expect(result.newlySuppressed).toEqual(['ADDRESS:hub']);

    // Already a super node before the batch: it joined nothing, and still joins nothing.
    const already = findAffectedComponents(batch, share(names('tb:s', 150), ADDRESS, 'hub'), lookup);
    expect(already).toEqual({ componentIds: [], accounts: ['tb:new'], newlySuppressed: [] });
  });
});
