import type { CypherStatement } from '../neo4j/executor.js';

/**
 * Who may see what in the graph: the organisations whose leads may be used, or all of them.
 * Edges carry `leads` (the ids of the leads that asserted them); Lead nodes carry `visibleTo`.
 */
export interface GraphVisibility {
  all: boolean;
  orgIds: string[];
}

/**
 * A Cypher predicate that is true when the relationship bound to `rel` was asserted by at
 * least one lead the viewer may see. Needs the parameters of {@link visibilityParams}.
 */
export function visibleEdgePredicate(rel: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rel)) throw new Error(`not a Cypher variable: ${rel}`);
  return `($visAll OR any(leadId IN ${rel}.leads WHERE EXISTS {
    MATCH (vl:Lead {key: leadId}) WHERE any(o IN vl.visibleTo WHERE o IN $visOrgs) }))`;
}

/** A Cypher predicate true when the Lead node bound to `lead` is visible. */
export function visibleLeadPredicate(lead: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(lead)) throw new Error(`not a Cypher variable: ${lead}`);
  return `($visAll OR any(o IN ${lead}.visibleTo WHERE o IN $visOrgs))`;
}

export function visibilityParams(visibility: GraphVisibility): { visAll: boolean; visOrgs: string[] } {
  return { visAll: visibility.all, visOrgs: visibility.orgIds };
}

/** Keeps only the lead ids a viewer may see, given each lead's `visibleTo`. */
export function visibleLeadIdsStatement(leadIds: string[], visibility: GraphVisibility): CypherStatement {
  return {
    text: `UNWIND $leadIds AS id MATCH (l:Lead {key: id}) WHERE ${visibleLeadPredicate('l')} RETURN collect(l.key) AS ids`,
    params: { leadIds, ...visibilityParams(visibility) },
  };
}
