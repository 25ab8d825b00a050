import { OrgKind, type OriginPlace } from '@cloudsword/shared';

export interface AgencyJurisdiction {
  id: string;
  kind: OrgKind;
  provinceCode: string | null;
  cityCode: string | null;
}

export interface Route {
  orgId: string;
  reason: string;
}

// Police and market regulation take platform referrals; customs work on import/export.
const ROUTED_KINDS = new Set<OrgKind>([OrgKind.POLICE, OrgKind.MARKET_REGULATION]);

/**
 * The agencies whose jurisdiction covers where the goods ship from: city bureaus of the
 * origin city, else the provincial bureaus of its province; the alliance secretariat when no
 * agency covers any origin (or the lead names none).
 */
export function routeLead(origins: readonly OriginPlace[], agencies: readonly AgencyJurisdiction[]): Route[] {
  const routes = new Map<string, Route>();
  for (const origin of origins) {
    const eligible = agencies.filter((a) => ROUTED_KINDS.has(a.kind));
    const city = origin.cityCode ? eligible.filter((a) => a.cityCode === origin.cityCode) : [];
    const chosen = city.length > 0 ? city : eligible.filter((a) => a.provinceCode === origin.provinceCode && !a.cityCode);
    const level = city.length > 0 ? `city ${origin.cityCode}` : `province ${origin.provinceCode}`;
    for (const agency of chosen) {
      if (!routes.has(agency.id)) routes.set(agency.id, { orgId: agency.id, reason: `origin in ${level}` });
    }
  }
  if (routes.size === 0) {
    for (const s of agencies.filter((a) => a.kind === OrgKind.ALLIANCE_SECRETARIAT)) {
      routes.set(s.id, { orgId: s.id, reason: origins.length ? 'no agency covers the origin' : 'no origin address' });
    }
  }
  return [...routes.values()];
}
