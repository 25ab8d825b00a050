import type { EntityManager } from '@mikro-orm/postgresql';
import { generateLeads, OrgKind, Role, type OrgId, type UserId } from '@cloudsword/shared';
import { AuditLog } from '../audit/audit-log.js';
import type { Viewer } from '../auth/viewer.js';
import { LeadIntakeService } from '../modules/leads/lead-intake.service.js';

const CHUNK = 500;

/**
 * Refers synthetic leads (rings across platforms, hubs, innocent sellers) through the real
 * intake path, as each demo platform's referrer. Deterministic, so running it twice updates
 * the same leads; the API's projector puts them into Neo4j when it starts.
 */
export async function seedLeads(em: EntityManager, identityHashSecret: string, count: number): Promise<number> {
  const intake = new LeadIntakeService(new AuditLog(), identityHashSecret, () => undefined);
  const viewers = await platformViewers(em);
  const pending = new Map<string, unknown[]>();
  let accepted = 0;
  const flush = async (platform: string) => {
    const batch = pending.get(platform) ?? [];
    pending.set(platform, []);
    if (batch.length === 0) return;
    const results = await intake.refer(em.fork(), viewers.get(platform)!, batch);
    accepted += results.filter((r) => r.leadId !== null).length;
  };
  let n = 0;
  for (const lead of generateLeads({ seed: 20261123, accounts: Math.ceil(count / 1.3) })) {
    if (n++ >= count) break;
    const list = pending.get(lead.platform) ?? [];
    list.push(lead.referral);
    pending.set(lead.platform, list);
    if (list.length >= CHUNK) await flush(lead.platform);
  }
  for (const platform of pending.keys()) await flush(platform);
  return accepted;
}

/** Each synthetic platform code (taobao, jd…) acts through its demo organisation's referrer. */
async function platformViewers(em: EntityManager): Promise<Map<string, Viewer>> {
  const rows = await em.execute<{ code: string; org_id: string; user_id: string; province_code: string | null; city_code: string | null }[]>(
    `select o.code, o.id as org_id, u.id as user_id, o.province_code, o.city_code
     from organisation o join app_user u on u.organisation_id = o.id
     where o.kind = ? and ? = any(u.roles) order by u.email`,
    [OrgKind.PLATFORM, Role.REFERRER],
  );
  const viewers = new Map<string, Viewer>();
  for (const r of rows) {
    const platform = r.code.replace(/^PLATFORM-/, '').toLowerCase();
    if (viewers.has(platform)) continue;
    viewers.set(platform, {
      userId: r.user_id as UserId,
      orgId: r.org_id as OrgId,
      orgKind: OrgKind.PLATFORM,
      roles: [Role.REFERRER],
      provinceCode: r.province_code,
      cityCode: r.city_code,
    });
  }
  for (const needed of ['taobao', 'jd', 'pdd', 'douyin']) {
    if (!viewers.has(needed)) throw new Error(`no referrer for demo platform ${needed}: seed the organisations first`);
  }
  return viewers;
}
