import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { strongLinksStatement, type GraphExecutor, type StrongLinkRow } from '@cloudsword/graph';
import { AGENCY_KINDS, LeadStatus, OrgKind } from '@cloudsword/shared';
import { jsonRows, uuidArray } from '../../database/sql-params.js';
import { leadGrantees, organisationTrees } from '../access/index.js';
import { kindOfLabel } from '../exploration/graph-reads.js';
import { evidenceFor, type InfringerMatch, type RecipientView } from './alert-evidence.js';
import type { KnownInfringerSource } from './known-infringers.js';
import { LEAD_SELLER_KEY_SQL } from '../../database/seller-key-sql.js';

// A lead an agency has already triaged is no longer news.
const NEW_STATUSES = [LeadStatus.RECEIVED, LeadStatus.ROUTED, LeadStatus.UNDER_INVESTIGATION];
const ALERTED_KINDS = new Set<string>([...AGENCY_KINDS, OrgKind.ALLIANCE_SECRETARIAT]);

interface NewLead {
  id: string;
  platform_org_id: string;
  seller_key: string;
}

export interface RepeatInfringerResult {
  alerts: number;
  notices: number;
}

/**
 * Repeat infringers: after leads are projected, each new lead whose seller is, or is tied
 * through a strong identifier (payment account, resident ID, device, phone; super-nodes
 * skipped) to, a known infringer raises an alert for every agency the lead is routed to (with
 * the evidence that agency may see) and a notice for the referring platform (that the lead
 * matches, nothing more). Idempotent: one alert per lead and agency, one notice per lead.
 */
export class RepeatInfringerDetector {
  constructor(
    private readonly graph: GraphExecutor,
    private readonly source: KnownInfringerSource,
  ) {}

  async check(em: EntityManager, leadIds: readonly string[]): Promise<RepeatInfringerResult> {
    if (leadIds.length === 0) return { alerts: 0, notices: 0 };
    // The common case on a young system, and the cheap way out: nothing is known yet.
    if (!(await this.source.anyKnown(em))) return { alerts: 0, notices: 0 };
    const leads = await em.execute<NewLead[]>(
      `select l.id, l.platform_org_id, ${LEAD_SELLER_KEY_SQL} as seller_key
       from lead l join organisation o on o.id = l.platform_org_id
       where l.id = any(?::uuid[]) and l.status = any(?::text[])`,
      [uuidArray(leadIds), `{${NEW_STATUSES.join(',')}}`],
    );
    if (leads.length === 0) return { alerts: 0, notices: 0 };
    const links = (await this.graph.read<StrongLinkRow & Record<string, unknown>>(strongLinksStatement(leads.map((l) => l.id)))).records.map(
      (r) => r.toObject() as StrongLinkRow,
    );
    const known = await this.source.knownInfringers(em, [...leads.map((l) => l.seller_key), ...links.map((l) => l.other)]);
    if (known.length === 0) return { alerts: 0, notices: 0 };

    const matchesByLead = new Map<string, InfringerMatch[]>();
    for (const lead of leads) {
      const matches: InfringerMatch[] = [
        ...known
          .filter((k) => k.sellerKey === lead.seller_key && k.id !== lead.id)
          .map((k): InfringerMatch => ({ via: 'SAME_ACCOUNT', identifier: null, sellerKey: lead.seller_key, known: k })),
        ...links
          .filter((link) => link.lead === lead.id)
          .flatMap((link) =>
            known
              .filter((k) => k.sellerKey === link.other && k.id !== lead.id)
              .map((k): InfringerMatch => ({
                via: 'SHARED_IDENTIFIER',
                identifier: { key: link.identifier, kind: kindOfLabel(link.label), display: link.display },
                sellerKey: link.other,
                known: k,
              })),
          ),
      ];
      if (matches.length > 0) matchesByLead.set(lead.id, matches);
    }
    if (matchesByLead.size === 0) return { alerts: 0, notices: 0 };
    return this.record(em, leads.filter((l) => matchesByLead.has(l.id)), matchesByLead);
  }

  private async record(em: EntityManager, leads: NewLead[], matchesByLead: Map<string, InfringerMatch[]>): Promise<RepeatInfringerResult> {
    const grantees = await leadGrantees(em, leads.map((l) => l.id));
    const agencies = [...grantees.values()].flat().filter((g) => ALERTED_KINDS.has(g.kind));
    const trees = await organisationTrees(em, [...new Set(agencies.map((a) => a.orgId))]);
    const holderIds = [...new Set([...matchesByLead.values()].flat().flatMap((m) => m.known.holderOrgIds))];
    const names = holderIds.length
      ? await em.execute<{ id: string; name: string }[]>(`select id, name from organisation where id = any(?::uuid[])`, [uuidArray(holderIds)])
      : [];
    const orgNames = new Map(names.map((n) => [n.id, n.name]));

    // What each agency may see is its audience's rule: the records of its own tree of bureaus, or all for the secretariat.
    const viewOf = (orgId: string, kind: OrgKind): RecipientView => ({
      all: kind === OrgKind.ALLIANCE_SECRETARIAT,
      orgIds: new Set(trees.get(orgId) ?? [orgId]),
    });
    const alertRows = agencies.map((a) => ({
      id: randomUUID(),
      org_id: a.orgId,
      lead_id: a.leadId,
      evidence: evidenceFor(matchesByLead.get(a.leadId) ?? [], viewOf(a.orgId, a.kind), orgNames),
    }));
    const noticeRows = leads.map((l) => ({ id: randomUUID(), org_id: l.platform_org_id, lead_id: l.id }));

    return em.transactional(async (tx) => {
      const alerts = alertRows.length
        ? await tx.execute<{ id: string }[]>(
            `insert into alert (id, org_id, lead_id, kind, evidence)
             select t.id, t.org_id, t.lead_id, 'REPEAT_INFRINGER', t.evidence
             from jsonb_to_recordset(?::jsonb) as t(id uuid, org_id uuid, lead_id uuid, evidence jsonb)
             on conflict (lead_id, org_id, kind) do nothing returning id`,
            [jsonRows(alertRows)],
          )
        : [];
      const notices = await tx.execute<{ id: string }[]>(
        `insert into platform_notice (id, org_id, lead_id, kind)
         select t.id, t.org_id, t.lead_id, 'KNOWN_INFRINGER_MATCH'
         from jsonb_to_recordset(?::jsonb) as t(id uuid, org_id uuid, lead_id uuid)
         on conflict (lead_id, kind) do nothing returning id`,
        [jsonRows(noticeRows)],
      );
      return { alerts: alerts.length, notices: notices.length };
    });
  }
}
