import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import { AuditLog, AuditOutcome } from '../../audit/audit-log.js';
import { verifyPassword } from '../../auth/passwords.js';
import { issueToken, verifyToken } from '../../auth/tokens.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { User } from '../users/user.entity.js';
import { UserView } from '../users/user.types.js';
import type { LoginPayload } from './session.types.js';

// One outward answer for unknown user, wrong password, locked or disabled account.
const LOGIN_FAILED = 'Invalid email or password';

type LoginFailure = 'UNKNOWN_USER' | 'WRONG_PASSWORD' | 'LOCKED' | 'DISABLED';

export class SessionService {
  constructor(
    private readonly config: AppConfig,
    private readonly audit: AuditLog,
  ) {}

  async login(em: EntityManager, email: string, password: string, ip: string | null): Promise<LoginPayload> {
    const normalisedEmail = email.trim().toLowerCase();
    const user = await em.findOne(
      User,
      { email: normalisedEmail },
      { populate: ['organisation', 'passwordHash'] },
    );
    const now = new Date();

    if (!user) {
      await verifyPassword(null, password);
      return this.fail(em, null, normalisedEmail, 'UNKNOWN_USER', ip);
    }
    if (user.disabled || (user.lockedUntil && user.lockedUntil > now)) {
      await verifyPassword(null, password);
      return this.fail(em, user, normalisedEmail, user.disabled ? 'DISABLED' : 'LOCKED', ip);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      return this.fail(em, user, normalisedEmail, 'WRONG_PASSWORD', ip);
    }

    await em.transactional(async (tx) => {
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      user.lastLoginAt = now;
      tx.persist(user);
      await tx.flush();
      await this.audit.append(tx, {
        actor: { userId: user.id, orgId: user.organisation.id },
        action: 'LOGIN',
        targetType: 'User',
        targetId: user.id,
        outcome: AuditOutcome.SUCCESS,
        ip,
      });
    });
    const issued = issueToken(this.config.jwtSecret, user.id, this.config.tokenTtlMinutes);
    return { ...issued, user: UserView.from(user, user.organisation.getEntity()) };
  }

  /** The viewer a bearer token stands for, or null (no token, bad token, gone or disabled user). */
  async viewerFromToken(em: EntityManager, token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const userId = verifyToken(this.config.jwtSecret, token);
    if (!userId) return null;
    const user = await em.findOne(User, { id: userId }, { populate: ['organisation'] });
    if (!user || user.disabled) return null;
    const org = user.organisation.getEntity();
    return {
      userId: user.id,
      orgId: org.id,
      orgKind: org.kind,
      roles: user.roles,
      provinceCode: org.provinceCode ?? null,
      cityCode: org.cityCode ?? null,
    };
  }

  private async fail(
    em: EntityManager,
    user: User | null,
    email: string,
    reason: LoginFailure,
    ip: string | null,
  ): Promise<never> {
    await em.transactional(async (tx) => {
      let lockedNow = false;
      if (user && reason === 'WRONG_PASSWORD') {
        // Count with an atomic update so concurrent guesses cannot slip past the limit.
        const rows = await tx.execute<{ failed_login_count: number }[]>(
          `update app_user set failed_login_count = failed_login_count + 1,
             locked_until = case when failed_login_count + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
           where id = ? returning failed_login_count`,
          [this.config.login.maxFailures, this.config.login.lockMinutes, user.id],
        );
        lockedNow = (rows[0]?.failed_login_count ?? 0) >= this.config.login.maxFailures;
      }
      await this.audit.append(tx, {
        actor: user ? { userId: user.id, orgId: user.organisation.id } : null,
        action: 'LOGIN',
        targetType: 'User',
        targetId: user?.id,
        outcome: AuditOutcome.FAILURE,
        details: { email, reason, ...(lockedNow ? { locked: true } : {}) },
        ip,
      });
    });
    throw AppError.unauthenticated(LOGIN_FAILED);
  }
}
