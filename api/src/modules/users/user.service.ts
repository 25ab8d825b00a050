import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { User } from './user.entity.js';
import { UserView } from './user.types.js';

export class UserService {
  /** The viewer's own profile. */
  async me(em: EntityManager, viewer: Viewer): Promise<UserView> {
    const user = await em.findOne(User, { id: viewer.userId }, { populate: ['organisation'] });
    if (!user) throw AppError.unauthenticated();
    return UserView.from(user, user.organisation.getEntity());
  }
}
