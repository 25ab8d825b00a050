import type { GraphVisibility } from '@cloudsword/graph';
import { AppError } from '../../errors/app-error.js';
import type { Audience } from './audience.js';

/**
 * The audience as the graph's visibility parameters (DESIGN.md invariant 6). Lead nodes carry
 * the principals that may see them (`visibleTo`: the referring platform, the organisations the
 * lead is granted to, the cases it is linked to); the audience holds its organisations and the
 * cases whose contents reach it, so a share's expiry or revocation acts at the next request.
 */
export function graphVisibility(audience: Audience): GraphVisibility {
  switch (audience.reach) {
    case 'ALL':
      return { all: true, orgIds: [] };
    case 'OWN':
      return { all: false, orgIds: [audience.viewer.orgId] };
    case 'GRANTED':
      return { all: false, orgIds: [...audience.orgIds, ...audience.contentCaseIds] };
    case 'NONE':
      throw AppError.forbidden('Your organisation has no access to the graph');
  }
}
