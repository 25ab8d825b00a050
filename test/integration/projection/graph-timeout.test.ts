import { GraphExecutor, GraphQueryTimeoutError, toGraphError } from '@cloudsword/graph';
import { TEST_NEO4J_URL } from '../../support/env';

// Searches whose cost depends on the data (shortest paths) run with a server-side time limit.
describe('a read with a time limit', () => {
  const graph = new GraphExecutor({ url: TEST_NEO4J_URL, user: 'neo4j', password: 'x' });
  afterAll(() => graph.close());

  const slow = { text: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n' };

  it('is stopped by Neo4j at the limit and reported as a timeout', async () => {
    const started = Date.now();
    await expect(graph.read(slow, { timeoutMs: 300 })).rejects.toBeInstanceOf(GraphQueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('returns normally when it finishes in time', async () => {
    const result = await graph.read<{ n: number }>({ text: 'UNWIND range(1, 1000) AS x RETURN count(*) AS n' }, { timeoutMs: 5000 });
    expect(result.records[0].get('n')).toBe(1000);
  });

  it('maps the server codes for a timed-out transaction, and nothing else, to the timeout error', () => {
    const timedOut = Object.assign(new Error('The transaction has been terminated'), { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' });
    expect(toGraphError(timedOut)).toBeInstanceOf(GraphQueryTimeoutError);
    const syntax = Object.assign(new Error('Invalid input'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(toGraphError(syntax)).not.toBeInstanceOf(GraphQueryTimeoutError);
  });
});
