// The access module's public face: every read path scopes through these.
export { AccessService } from './access.service.js';
export { organisationTrees, type Audience } from './audience.js';
export { leadScopeSql, worksLeads } from './lead-scope.js';
export { caseScopeSql } from './case-scope.js';
export { graphVisibility } from './graph-scope.js';
export { insertRoutingGrants, leadGrantees, leadPrincipals, type LeadGrantee, type RoutingGrant } from './grant-store.js';
export { AccessGrant } from './access-grant.entity.js';
