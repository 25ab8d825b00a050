import { entityStatement, expansionStatement, ENTITY_LABELS } from '../../../graph/src/queries/exploration';
import { strongLinksStatement } from '../../../graph/src/queries/exploration-links';
import { evidencePathStatement } from '../../../graph/src/queries/paths';
import { SELLER_EDGE_TYPES } from '../../../graph/src/projection/identifier-model';

const hostile = `x'}) DETACH DELETE n //`;
const visibility = { all: false, orgIds: ['org-1', hostile] };

function allValues(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(allValues);
  if (typeof value === 'object') return Object.values(value).flatMap(allValues);
  return [String(value)];
}

const statements = {
  entity: entityStatement(`PHONE:${hostile}`, visibility),
  expansion: expansionStatement(
    [
      { label: 'SellerAccount', key: `taobao:${hostile}` },
      { label: 'Phone', key: 'PHONE:+8613800138000' },
    ],
    visibility,
    { exclude: [hostile], perNode: 10, limit: 100 },
  ),
  strongLinks: strongLinksStatement(['11111111-1111-1111-1111-111111111111', hostile]),
  evidencePath: evidencePathStatement({ label: 'SellerAccount', key: hostile }, { label: 'Phone', key: 'PHONE:1' }, visibility, 6),
};

describe('exploration Cypher builders', () => {
  it('are stable (snapshot)', () => {
    expect(Object.fromEntries(Object.entries(statements).map(([name, s]) => [name, s.text]))).toMatchSnapshot();
  });

  it('never put a value into the Cypher text', () => {
    for (const [name, statement] of Object.entries(statements)) {
      for (const value of allValues(statement.params)) {
        if (value.length >= 3 && !['true', 'false', ...ENTITY_LABELS].includes(value)) expect({ name, leaked: statement.text.includes(value) }).toEqual({ name, leaked: false });
      }
      // The only string literals are whitelisted labels.
      const literals = [...statement.text.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      expect(literals.filter((l) => !ENTITY_LABELS.includes(l))).toEqual([]);
    }
  });

  it('the same builder gives the same text whatever the values (one cached plan)', () => {
    const other = expansionStatement([{ label: 'Address', key: 'ADDRESS:1' }], { all: true, orgIds: [] }, { exclude: [], perNode: 1, limit: 1 });
    expect(other.text).toBe(statements.expansion.text);
    expect(entityStatement('x', { all: true, orgIds: [] }).text).toBe(statements.entity.text);
  });

  it('filter every walked edge by the viewer’s leads', () => {
    for (const statement of [statements.entity, statements.expansion, statements.evidencePath]) {
      expect(statement.text).toContain('$visOrgs');
      expect(statement.params).toMatchObject({ visAll: false, visOrgs: ['org-1', hostile] });
    }
    // Only seller→identifier edges are walked: never REFERS, ALLEGES, ON or IN.
    expect(statements.expansion.text).toContain(`[e:${SELLER_EDGE_TYPES.join('|')}]`);
    expect(statements.expansion.text).not.toMatch(/REFERS|ALLEGES|:ON\b|:IN\b/);
  });

  it('strong links use only payment, resident ID, device and phone, and skip super-nodes', () => {
    expect(statements.strongLinks.text).toContain('PAYS_WITH|OWNED_BY|USES_DEVICE|HAS_PHONE');
    expect(statements.strongLinks.text).not.toMatch(/HAS_ADDRESS|USES_IP|SHIPS_WITH|HAS_EMAIL/);
    expect(statements.strongLinks.params).toMatchObject({ maxDegree: 50 });
  });

  it('refuses labels and hop counts outside the whitelist', () => {
    expect(() => evidencePathStatement({ label: 'Lead', key: 'a' }, { label: 'Phone', key: 'b' }, visibility, 6)).toThrow();
    expect(() => evidencePathStatement({ label: 'Phone', key: 'a' }, { label: 'Phone', key: 'b' }, visibility, 6.5)).toThrow();
    expect(() => evidencePathStatement({ label: 'Phone', key: 'a' }, { label: 'Phone', key: 'b' }, visibility, 9)).toThrow();
  });
});
