import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/passwords.js';
import { Alliance } from '../modules/organisations/alliance.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { User } from '../modules/users/user.entity.js';
import { DEMO_ALLIANCE, DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS } from './demo-organisations.js';

/** Creates or updates the demo alliance, organisations and users; safe to run twice. */
export async function seedOrganisations(em: EntityManager): Promise<{ organisations: number; users: number }> {
  return em.transactional(async (tx) => {
    const byCode = new Map<string, Organisation>();
    const existing = await tx.find(Organisation, { code: { $in: DEMO_ORGS.map((o) => o.code) } });
    for (const org of existing) byCode.set(org.code, org);

    for (const spec of DEMO_ORGS) {
      const org = byCode.get(spec.code) ?? tx.create(Organisation, { code: spec.code, kind: spec.kind, name: spec.name });
      tx.assign(org, {
        kind: spec.kind,
        name: spec.name,
        provinceCode: spec.provinceCode,
        cityCode: spec.cityCode ?? null,
        parent: spec.parent ? byCode.get(spec.parent) ?? null : null,
      });
      byCode.set(spec.code, org);
    }

    const alliance = (await tx.findOne(Alliance, { name: DEMO_ALLIANCE }, { populate: ['members'] }))
      ?? tx.create(Alliance, { name: DEMO_ALLIANCE });
    for (const org of byCode.values()) if (!alliance.members.contains(org)) alliance.members.add(org);

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = await tx.find(User, { email: { $in: DEMO_USERS.map((u) => u.email) } });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    for (const spec of DEMO_USERS) {
      const org = byCode.get(spec.org);
      if (!org) throw new Error(`demo user ${spec.email} names unknown organisation ${spec.org}`);
      const user = byEmail.get(spec.email)
        ?? tx.create(User, { email: spec.email, displayName: spec.displayName, organisation: org, roles: spec.roles, passwordHash });
      tx.assign(user, { displayName: spec.displayName, organisation: org, roles: spec.roles, failedLoginCount: 0, lockedUntil: null });
    }
    await tx.flush();
    return { organisations: byCode.size, users: DEMO_USERS.length };
  });
}
