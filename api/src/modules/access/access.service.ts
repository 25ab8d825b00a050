import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer.js';
import type { Clock } from '../../clock.js';
import { AppError } from '../../errors/app-error.js';
import { audienceOf, type Audience } from './audience.js';

/** The access model as services use it: one audience per request, judged at the clock's time. */
export class AccessService {
  constructor(readonly clock: Clock) {}

  audience(em: EntityManager, viewer: Viewer): Promise<Audience> {
    return audienceOf(em, viewer, this.clock);
  }

  /** The audience, or FORBIDDEN when the viewer's organisation reaches no leads at all. */
  async leadAudience(em: EntityManager, viewer: Viewer): Promise<Audience> {
    const audience = await this.audience(em, viewer);
    if (audience.reach === 'NONE') throw AppError.forbidden('Your organisation has no access to leads');
    return audience;
  }
}
