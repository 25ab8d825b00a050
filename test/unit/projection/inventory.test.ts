import { compareCodePoints, compareSortedStreams } from '../../../graph/src/projection/sorted-streams';
import { EDGE_LINE_SEPARATOR, formatEdgeLine } from '../../../graph/src/projection/graph-inventory';
import { identifierKeysPage, leadKeysPage, sellerEdgesPage } from '../../../graph/src/queries/inventory';
import { deleteNodesBatch, deleteRelationshipsBatch } from '../../../graph/src/queries/graph-reset';
import { leadHashes } from '../../../graph/src/queries/lead-hashes';

async function* stream(...items: string[]): AsyncIterable<string> {
  yield* items;
}

describe('compareSortedStreams', () => {
  it('counts what only one side holds and keeps the first examples', async () => {
    const diff = await compareSortedStreams(stream('a', 'b', 'd', 'e', 'f'), stream('b', 'c', 'e', 'g', 'h'), { maxExamples: 2 });
    expect(diff).toEqual({ onlyInA: 3, onlyInB: 3, examplesA: ['a', 'd'], examplesB: ['c', 'g'] });
  });

  it('handles empty streams on either side', async () => {
    expect(await compareSortedStreams(stream(), stream())).toEqual({ onlyInA: 0, onlyInB: 0, examplesA: [], examplesB: [] });
    expect(await compareSortedStreams(stream('x'), stream())).toMatchObject({ onlyInA: 1, onlyInB: 0 });
  });

  it('refuses a stream that is not strictly ascending', async () => {
    await expect(compareSortedStreams(stream('b', 'a'), stream('a'))).rejects.toThrow(/stream a is not strictly ascending/);
    await expect(compareSortedStreams(stream('a'), stream('a', 'a'))).rejects.toThrow(/stream b/);
  });

  it('orders by code point, as PostgreSQL COLLATE "C" and Neo4j range indexes do', () => {
    const astral = '\u{20BB7}';
    expect(['\uFF01', astral, 'a'].sort(compareCodePoints)).toEqual(['a', '\uFF01', astral]);
    expect(compareCodePoints('abc', 'ab')).toBeGreaterThan(0);
    expect(compareCodePoints('中', '中')).toBe(0);
  });
});

describe('edge lines', () => {
  it('sort by seller first even when one seller key is a prefix of another', () => {
    const lines = [formatEdgeLine('taobao:123', 'HAS_PHONE', 'PHONE:+1', ['b', 'a']), formatEdgeLine('taobao:1234', 'HAS_EMAIL', 'EMAIL:x', ['c'])];
    expect([...lines].sort(compareCodePoints)).toEqual(lines);
    expect(lines[0].split(EDGE_LINE_SEPARATOR)).toEqual(['taobao:123', 'HAS_PHONE', 'PHONE:+1', 'a,b']);
  });
});

describe('inventory and reset queries', () => {
  const statements = {
    leadKeysPage: leadKeysPage({ after: 'k', limit: 100 }),
    identifierKeysPage: identifierKeysPage('Phone', { after: 'k', limit: 100 }),
    sellerEdgesPage: sellerEdgesPage({ after: 'k', limit: 100 }),
    deleteRelationshipsBatch: deleteRelationshipsBatch('HAS_PHONE', 500),
    deleteNodesBatch: deleteNodesBatch('Lead', 500),
    deleteAnyNodesBatch: deleteNodesBatch(null, 500),
    leadHashes: leadHashes(['k-100', 'k-500']),
  };

  it('are parameterised (snapshot)', () => {
    expect(Object.fromEntries(Object.entries(statements).map(([name, s]) => [name, s.text]))).toMatchSnapshot();
    for (const s of Object.values(statements)) {
      expect(s.text).not.toMatch(/'|"|\b100\b|\b500\b/);
    }
  });

  it('accept only whitelisted labels and relationship types', () => {
    expect(() => identifierKeysPage('Lead) DETACH DELETE (n' as never, { after: '', limit: 1 })).toThrow(/not an identifier label/);
    expect(() => deleteNodesBatch('Lead) DETACH DELETE (n' as never, 1)).toThrow(/not a schema label/);
    expect(() => deleteRelationshipsBatch('KNOWS' as never, 1)).toThrow(/not a projection relationship type/);
  });
});
