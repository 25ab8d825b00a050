import { computeLinkComponents, projectAccounts } from '../../../graph/src/analytics/index.js';
import { IdentifierKind, link, names, share } from './links.js';

const { ADDRESS, PHONE, PAYMENT_ACCOUNT, IP } = IdentifierKind;

const links = [
  ...share(['tb:b', 'tb:a', 'jd:c'], PAYMENT_ACCOUNT, 'p1'),
  ...share(['tb:a', 'tb:b'], PHONE, '+8613800000001'),
  ...share(['jd:c', 'tb:d'], ADDRESS, 'warehouse'),
  ...share(['tb:d', 'tb:e'], IP, '10.0.0.1'),
  ...share(names('tb:n', 150), ADDRESS, 'courier-hub'),
  link('tb:a', ADDRESS, 'courier-hub'),
  link('tb:e', 'LOCATION', '330782'),
];

describe('projectAccounts', () => {
  it('weighs each pair by what it shares and keeps the evidence, skipping super nodes', () => {
    const graph = projectAccounts(links);
    expect(graph.order).toBe(155);
    const edges = graph.mapEdges((_, attributes, source, target) => [source, target, attributes]);
    expect(edges).toEqual([
      ['jd:c', 'tb:a', { weight: 1, strong: true, identifiers: ['PAYMENT_ACCOUNT:p1'] }],
      ['jd:c', 'tb:b', { weight: 1, strong: true, identifiers: ['PAYMENT_ACCOUNT:p1'] }],
      ['jd:c', 'tb:d', { weight: 0.4, strong: false, identifiers: ['ADDRESS:warehouse'] }],
      ['tb:a', 'tb:b', { weight: 1.6, strong: true, identifiers: ['PAYMENT_ACCOUNT:p1', 'PHONE:+8613800000001'] }],
      ['tb:d', 'tb:e', { weight: 0.2, strong: false, identifiers: ['IP:10.0.0.1'] }],
    ]);
    expect(graph.getNodeAttributes('jd:c')).toEqual({ platform: 'jd' });
  });

  it('drops edges lighter than minEdgeWeight', () => {
    expect(projectAccounts(links, { minEdgeWeight: 1 }).size).toBe(3);
  });
});

describe('computeLinkComponents', () => {
  it('returns the components over strong links only', () => {
    expect(computeLinkComponents(links).components).toEqual([['jd:c', 'tb:a', 'tb:b']]);
  });
});
