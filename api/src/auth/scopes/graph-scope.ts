import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphVisibility } from '@cloudsword/graph';
import { AppError } from '../../errors/app-error.js';
import type { Viewer } from '../viewer.js';
import { leadScope } from './lead-scope.js';

/**
 * Which parts of the graph a viewer may see (DESIGN.md invariant 6). Provenance decides: an
 * edge is visible when one of the leads that asserted it is, and a lead is visible to the
 * organisations in its Lead node's `visibleTo` (the referring platform and the agencies it is
 * routed to). This mirrors `leadScope`: a platform sees what it referred, an agency what is
 * routed to it or its subordinate bureaus, the secretariat's officers everything.
 */
export async function graphVisibility(em: EntityManager, viewer: Viewer): Promise<GraphVisibility> {
  const scope = leadScope(viewer);
  switch (scope.kind) {
    case 'ALL':
      return { all: true, orgIds: [] };
    case 'REFERRED_BY':
      return { all: false, orgIds: [scope.orgId] };
    case 'ROUTED_TO': {
      const children = await em.execute<{ id: string }[]>('select id from organisation where parent_id = ?', [scope.orgId]);
      return { all: false, orgIds: [scope.orgId, ...children.map((c) => c.id)] };
    }
    case 'NONE':
      throw AppError.forbidden('Your organisation has no access to the graph');
  }
}
