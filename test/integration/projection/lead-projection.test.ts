import { randomUUID } from 'node:crypto';
import { GraphExecutor } from '../../../graph/src/neo4j/executor';
import { ensureGraphSchema } from '../../../graph/src/schema/ensure-schema';
import { projectLeads } from '../../../graph/src/projection/project-leads';
import { formatEdgeLine, identifierKeys, leadKeys, sellerEdgeLines } from '../../../graph/src/projection/graph-inventory';
import { compareSortedStreams, compareCodePoints } from '../../../graph/src/projection/sorted-streams';
import type { LeadGraphRecord } from '../../../graph/src/projection/lead-record';
import { address, email, leadRecord, payment, phone } from '../../unit/projection/lead-records';
import { TEST_NEO4J_URL } from '../../support/env';

// Runs on the shared test Neo4j: every key carries this suite's random prefix, every query
// below is filtered by it, and afterAll deletes exactly the nodes holding it.
const prefix = `t${randomUUID().slice(0, 8)}-`;
// The project's testTimeout does not reach tests under `projects`; a cold Neo4j plans each new statement.
jest.setTimeout(60_000);
let executor: GraphExecutor;

beforeAll(async () => {
  executor = new GraphExecutor({ url: TEST_NEO4J_URL, user: 'neo4j', password: 'x' });
  await ensureGraphSchema(executor);
});

afterAll(async () => {
  await executor?.write({ text: 'MATCH (n) WHERE n.key CONTAINS $prefix DETACH DELETE n', params: { prefix } });
  await executor?.close();
});

/** Everything this suite's keys reach, as sorted strings: nodes with props, relationships with props. */
async function graphState(scope: string): Promise<{ nodes: string[]; relationships: string[] }> {
  const n = await executor.read<{ label: string; props: Record<string, unknown> }>({
    text: 'MATCH (n) WHERE n.key CONTAINS $scope RETURN labels(n)[0] AS label, properties(n) AS props',
    params: { scope },
  });
  const r = await executor.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>({
    text: 'MATCH (a)-[r]->(b) WHERE a.key CONTAINS $scope RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props',
    params: { scope },
  });
  return {
    nodes: n.records.map((x) => `${x.get('label')} ${stable(x.get('props'))}`).sort(),
    relationships: r.records.map((x) => `${x.get('from')} -${x.get('type')}-> ${x.get('to')} ${stable(x.get('props'))}`).sort(),
  };
}

function stable(props: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b))));
}

async function edge(sellerKey: string, type: string, targetKey: string): Promise<Record<string, unknown> | null> {
  const result = await executor.read<{ props: Record<string, unknown> }>({
    text: `MATCH (:SellerAccount {key: $sellerKey})-[e]->(t {key: $targetKey}) WHERE type(e) = $type RETURN properties(e) AS props`,
    params: { sellerKey, targetKey, type },
  });
  const props = result.records[0]?.get('props');
  // `leads` and `roles` are sets: their order on the edge carries no meaning.
  return props ? Object.fromEntries(Object.entries(props).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])) : null;
}

async function nodeExists(key: string): Promise<boolean> {
  const result = await executor.read<{ n: number }>({ text: 'MATCH (n {key: $key}) RETURN count(n) AS n', params: { key } });
  return result.records[0].get('n') > 0;
}

/** The items of a sorted stream that start with `prefix`: the stream started after `prefix`, so they come first. */
async function* within(stream: AsyncIterable<string>, prefix: string): AsyncIterable<string> {
  for await (const item of stream) {
    if (!item.startsWith(prefix)) return;
    yield item;
  }
}

async function* fromList(items: string[]): AsyncIterable<string> {
  yield* [...items].sort(compareCodePoints);
}

describe('projecting leads into Neo4j', () => {
  it('links one phone seen by two platforms to both sellers, each edge with its lead as provenance', async () => {
    const p = `${prefix}a-`;
    const shared = phone(p, '+8613800138000');
    const taobao = leadRecord(p, { id: 'L1', identifiers: [shared, email(p, 'boss@example.com')], brands: [`${p}Nike`, ` ${p}nike `] });
    const jd = leadRecord(p, {
      id: 'L2',
      platform: `${p}jd`,
      seller: { accountId: 'shop-9', shopName: null, registrationName: '王某' },
      observedAt: '2026-04-02T10:00:00Z',
      identifiers: [shared],
      brands: [`${p}NIKE`],
    });

    const result = await projectLeads(executor, [taobao, jd], { batchSize: 1 });
    expect(result).toMatchObject({ projected: 2, rejected: [], batches: 2 });

    const phones = await executor.read<{ n: number }>({ text: 'MATCH (n:Phone {key: $key}) RETURN count(n) AS n', params: { key: shared.key } });
    expect(phones.records[0].get('n')).toBe(1);
    expect(await edge(`${p}taobao:acc-1`, 'HAS_PHONE', shared.key)).toEqual({
      leads: [taobao.id],
      firstSeen: '2026-03-01T08:00:00.000Z',
      lastSeen: '2026-03-01T08:00:00.000Z',
    });
    expect(await edge(`${p}jd:shop-9`, 'HAS_PHONE', shared.key)).toEqual({
      leads: [jd.id],
      firstSeen: '2026-04-02T10:00:00.000Z',
      lastSeen: '2026-04-02T10:00:00.000Z',
    });
    const brands = await executor.read<{ lead: string; brand: string; name: string }>({
      text: 'MATCH (l:Lead)-[:ALLEGES]->(b:Brand) WHERE l.key STARTS WITH $p RETURN l.key AS lead, b.key AS brand, b.name AS name ORDER BY lead',
      params: { p },
    });
    expect(brands.records.map((r) => r.toObject())).toEqual([
      { lead: taobao.id, brand: `${p}nike`, name: `${p}NIKE` },
      { lead: jd.id, brand: `${p}nike`, name: `${p}NIKE` },
    ]);
  });

  it('is idempotent: projecting the same records again changes no node, edge or property', async () => {
    const p = `${prefix}b-`;
    const records = [
      leadRecord(p, { id: 'L1', identifiers: [phone(p, '+8613900000001'), address(p, 'yiwu-1', 'SHIPPING_ORIGIN'), payment(p, '13900000001')] }),
      leadRecord(p, { id: 'L2', identifiers: [phone(p, '+8613900000001'), address(p, 'yiwu-1', 'WAREHOUSE')], observedAt: '2026-05-01T00:00:00Z' }),
      leadRecord(p, { id: 'L3', seller: { accountId: 'acc-2', shopName: null, registrationName: null }, identifiers: [phone(p, '+8613900000001')] }),
    ];

    await projectLeads(executor, records, { batchSize: 2 });
    const first = await graphState(p);
    await projectLeads(executor, records, { batchSize: 3 });
    const reversed = await projectLeads(executor, [...records].reverse(), { batchSize: 1 });
    expect(reversed.unchanged).toBe(3);
    await projectLeads(executor, records, { force: true });
    const again = await graphState(p);

    expect(again).toEqual(first);
    expect(first.nodes.filter((n) => n.startsWith('Phone '))).toHaveLength(1);
    expect(await edge(`${p}taobao:acc-1`, 'HAS_ADDRESS', `ADDRESS:${p}yiwu-1`)).toMatchObject({
      leads: [`${p}L1`, `${p}L2`],
      roles: ['SHIPPING_ORIGIN', 'WAREHOUSE'],
      firstSeen: '2026-03-01T08:00:00.000Z',
      lastSeen: '2026-05-01T00:00:00.000Z',
    });
    const location = await executor.read<{ key: string }>({
      text: 'MATCH (:Address {key: $key})-[:IN]->(l:Location) RETURN l.key AS key',
      params: { key: `ADDRESS:${p}yiwu-1` },
    });
    expect(location.records.map((r) => r.get('key'))).toEqual([`${p}330782001`]);
  });

  it('retracts what an updated lead no longer asserts, and deletes what nothing asserts any more', async () => {
    const p = `${prefix}c-`;
    const sharedPhone = phone(p, '+8613700000001');
    const ownEmail = email(p, 'only-l1@example.com');
    const l1 = leadRecord(p, { id: 'L1', observedAt: '2026-01-01T00:00:00Z', identifiers: [sharedPhone, ownEmail, address(p, 'a1', 'RETURN')] });
    const l2 = leadRecord(p, { id: 'L2', observedAt: '2026-02-01T00:00:00Z', identifiers: [sharedPhone, address(p, 'a1', 'WAREHOUSE')] });
    const mover = leadRecord(p, { id: 'L3', seller: { accountId: 'old', shopName: null, registrationName: null }, identifiers: [phone(p, '+8613700000003')] });
    await projectLeads(executor, [l1, l2, mover]);

    const seller = `${p}taobao:acc-1`;
    const updated = { ...l1, status: 'ROUTED', identifiers: [address(p, 'a1', 'RETURN')] };
    const moved = { ...mover, seller: { accountId: 'new', shopName: null, registrationName: null } };
    await projectLeads(executor, [updated, moved]);

    // The phone edge keeps L2 only, with its times recomputed from L2.
    expect(await edge(seller, 'HAS_PHONE', sharedPhone.key)).toEqual({
      leads: [l2.id],
      firstSeen: '2026-02-01T00:00:00.000Z',
      lastSeen: '2026-02-01T00:00:00.000Z',
    });
    // L1 was the only lead on the e-mail edge: edge and node are gone.
    expect(await edge(seller, 'HAS_EMAIL', ownEmail.key)).toBeNull();
    expect(await nodeExists(ownEmail.key)).toBe(false);
    // The address keeps both leads and both roles; L1 still asserts its RETURN role.
    expect(await edge(seller, 'HAS_ADDRESS', `ADDRESS:${p}a1`)).toMatchObject({ leads: [l1.id, l2.id], roles: ['RETURN', 'WAREHOUSE'] });
    // The moved lead's old seller had nothing else and is gone; the new one has the phone.
    expect(await nodeExists(`${p}taobao:old`)).toBe(false);
    expect(await edge(`${p}taobao:new`, 'HAS_PHONE', `PHONE:${p}+8613700000003`)).toMatchObject({ leads: [mover.id] });
    const lead = await executor.read<{ status: string }>({ text: 'MATCH (l:Lead {key: $key}) RETURN l.status AS status', params: { key: l1.id } });
    expect(lead.records[0].get('status')).toBe('ROUTED');

    // Dropping a role removes it from the edge once no lead claims it.
    await projectLeads(executor, [{ ...l2, identifiers: [sharedPhone, address(p, 'a1', 'RETURN')] }]);
    expect(await edge(seller, 'HAS_ADDRESS', `ADDRESS:${p}a1`)).toMatchObject({ leads: [l1.id, l2.id], roles: ['RETURN'] });
  });

  it('rejects a record it cannot project without blocking the others', async () => {
    const p = `${prefix}d-`;
    const bad = { ...leadRecord(p, { id: 'bad' }), observedAt: 'yesterday' } as LeadGraphRecord;
    const result = await projectLeads(executor, [bad, leadRecord(p, { id: 'good' })]);
    expect(result.projected).toBe(1);
    expect(result.rejected).toEqual([{ id: bad.id, reason: 'observedAt is not a date' }]);
    expect(await nodeExists(`${p}good`)).toBe(true);
    expect(await nodeExists(bad.id)).toBe(false);
  });

  it('lets the consistency check find a node deleted behind the projection', async () => {
    const p = `${prefix}e-`;
    const records = [1, 2, 3, 4, 5].map((i) =>
      leadRecord(p, {
        id: `L${i}`,
        seller: { accountId: `acc-${i % 3}`, shopName: null, registrationName: null },
        identifiers: [phone(p, `+861360000000${i % 2}`), email(p, `x${i}@example.com`)],
      }),
    );
    await projectLeads(executor, records);

    // What PostgreSQL would list, built from the same records.
    const expectedLeads = records.map((r) => r.id);
    const expectedPhones = [...new Set(records.flatMap((r) => r.identifiers.filter((i) => i.kind === 'PHONE').map((i) => i.key)))];
    const edges = new Map<string, string[]>();
    for (const r of records) {
      for (const i of r.identifiers) {
        const id = [`${r.platform}:${r.seller.accountId}`, i.kind === 'PHONE' ? 'HAS_PHONE' : 'HAS_EMAIL', i.key].join('\n');
        edges.set(id, [...(edges.get(id) ?? []), r.id]);
      }
    }
    const expectedEdges = [...edges].map(([id, leads]) => {
      const [seller, type, target] = id.split('\n');
      return formatEdgeLine(seller, type, target, leads);
    });
    // Only this test's slice of the shared database: keys from the prefix on, while they match it.
    const graphPhones = () => within(identifierKeys(executor, 'Phone', { pageSize: 1, after: `PHONE:${p}` }), `PHONE:${p}`);
    const graphLeads = () => within(leadKeys(executor, { pageSize: 2, after: p }), p);
    const graphEdges = () => within(sellerEdgeLines(executor, { pageSize: 2, after: p }), p);

    const clean = await compareSortedStreams(fromList(expectedPhones), graphPhones());
    expect(clean).toEqual({ onlyInA: 0, onlyInB: 0, examplesA: [], examplesB: [] });
    expect(await compareSortedStreams(fromList(expectedLeads), graphLeads())).toMatchObject({ onlyInA: 0, onlyInB: 0 });
    expect(await compareSortedStreams(fromList(expectedEdges), graphEdges())).toMatchObject({ onlyInA: 0, onlyInB: 0 });

    const lost = `PHONE:${p}+8613600000001`;
    await executor.write({ text: 'MATCH (n:Phone {key: $key}) DETACH DELETE n', params: { key: lost } });
    await executor.write({ text: 'MATCH (n:Lead {key: $key}) DETACH DELETE n', params: { key: `${p}L2` } });

    const phones = await compareSortedStreams(fromList(expectedPhones), graphPhones());
    expect(phones).toEqual({ onlyInA: 1, onlyInB: 0, examplesA: [lost], examplesB: [] });
    const leads = await compareSortedStreams(fromList(expectedLeads), graphLeads(), { maxExamples: 5 });
    expect(leads).toEqual({ onlyInA: 1, onlyInB: 0, examplesA: [`${p}L2`], examplesB: [] });
    // L1, L3 and L5 asserted the lost phone, each through its own seller: three edges are missing.
    const edgeDiff = await compareSortedStreams(fromList(expectedEdges), graphEdges(), { maxExamples: 1 });
    expect(edgeDiff).toMatchObject({ onlyInA: 3, onlyInB: 0 });
    expect(edgeDiff.examplesA).toHaveLength(1);
    expect(edgeDiff.examplesA[0]).toContain(lost);

    // The lost Lead comes back by itself (it is new to the graph again); the phone, which
    // unchanged leads still assert, needs the repair mode.
    await projectLeads(executor, records);
    expect(await compareSortedStreams(fromList(expectedLeads), graphLeads())).toMatchObject({ onlyInA: 0, onlyInB: 0 });
    expect(await compareSortedStreams(fromList(expectedPhones), graphPhones())).toMatchObject({ onlyInA: 1 });
    await projectLeads(executor, records, { force: true });
    expect(await compareSortedStreams(fromList(expectedPhones), graphPhones())).toMatchObject({ onlyInA: 0, onlyInB: 0 });
    expect(await compareSortedStreams(fromList(expectedEdges), graphEdges())).toMatchObject({ onlyInA: 0, onlyInB: 0 });
  });
});
