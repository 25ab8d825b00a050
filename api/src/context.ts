import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthContext } from './auth/authorization.js';
import type { Viewer } from './auth/viewer.js';
import type { Services } from './services.js';

/** Per-request context: a fresh EntityManager fork, the viewer, and the services. */
export interface RequestContext extends AuthContext {
  viewer: Viewer | null;
  em: EntityManager;
  services: Services;
  ip: string | null;
  requestId: string;
}
