import type { CypherStatement } from '../neo4j/executor.js';

/**
 * Node labels of the entity graph (DESIGN.md "The graph") and their unique key property.
 * Every node is merged on `key`, so the projector is idempotent.
 */
export const NODE_LABELS = [
  'SellerAccount',
  'Shop',
  'Person',
  'Phone',
  'Email',
  'Address',
  'PaymentAccount',
  'Device',
  'IP',
  'Waybill',
  'ResidentId',
  'Brand',
  'Lead',
  'Case',
  'Ring',
  'Location',
  'Platform',
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** Idempotent schema statements: uniqueness constraints (Community edition) and lookup indexes. */
export function graphSchemaStatements(): CypherStatement[] {
  const constraints = NODE_LABELS.map((label) => ({
    text: `CREATE CONSTRAINT ${label.toLowerCase()}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE`,
  }));
  const indexes: CypherStatement[] = [
    { text: 'CREATE INDEX address_cluster IF NOT EXISTS FOR (n:Address) ON (n.clusterCode)' },
    { text: 'CREATE INDEX seller_platform IF NOT EXISTS FOR (n:SellerAccount) ON (n.platform)' },
    { text: 'CREATE INDEX lead_status IF NOT EXISTS FOR (n:Lead) ON (n.status)' },
  ];
  return [...constraints, ...indexes];
}
