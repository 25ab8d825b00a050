import { AddressRole, EvidenceKind, InfringementType, PaymentKind } from '@cloudsword/shared';
import { canonicalPhone, isServicePhone } from './canonical';
import { CSV_COLUMNS, describeWorld, generateLeads, HUBS, toCsvRow, type GeneratedLead, type WorldOptions } from '@cloudsword/shared';

function world(options: WorldOptions): GeneratedLead[] {
  return [...generateLeads(options)];
}

describe('synthetic world: determinism', () => {
  it('gives byte-identical output for the same options', () => {
    const a = JSON.stringify(world({ seed: 7, accounts: 400 }));
    const b = JSON.stringify(world({ seed: 7, accounts: 400 }));
    expect(a).toBe(b);
  });

  it('gives different output for a different seed', () => {
    const a = world({ seed: 7, accounts: 300 });
    const b = world({ seed: 8, accounts: 300 });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    // Only the platforms' service lines are the same in every world.
    const personal = (leads: GeneratedLead[]) =>
      new Set(leads.flatMap((l) => (l.referral.phones ?? []).map(canonicalPhone)).filter((d) => !isServicePhone(d)));
    const phonesA = personal(a);
    const shared = [...personal(b)].filter((d) => phonesA.has(d));
    expect(shared.length).toBeLessThan(3);
  });

  it('agrees with describeWorld on accounts, rings and hard cases', () => {
    const options = { seed: 3, accounts: 1500, ringShare: 0.4 };
    const summary = describeWorld(options);
    const leads = world(options);
    const accounts = new Map<string, string | null>();
    for (const l of leads) accounts.set(`${l.platform}/${l.referral.seller.platformAccountId}`, l.truth.ringId);
    const rings = new Set([...accounts.values()].filter((r) => r !== null));
    expect(accounts.size).toBe(1500);
    expect(summary.accounts).toBe(1500);
    expect(summary.ringAccounts).toBe([...accounts.values()].filter((r) => r !== null).length);
    expect(summary.ringAccounts).toBe(600);
    expect(summary.innocentAccounts).toBe(900);
    expect(summary.rings).toBe(rings.size);
    expect(summary.hardCases).toEqual(['ring-spread-0', 'ring-twin-a', 'ring-twin-b', 'innocent-courier']);
    expect(Math.abs(leads.length - summary.expectedLeads) / summary.expectedLeads).toBeLessThan(0.1);
  });

  it('rejects options out of range with the option named', () => {
    expect(() => describeWorld({ seed: 1, accounts: -1 })).toThrow(/accounts/);
    expect(() => describeWorld({ seed: 1, accounts: 10, ringSize: [1, 5] })).toThrow(/ringSize/);
    expect(() => describeWorld({ seed: 1, accounts: 10, noise: 2 })).toThrow(/noise/);
    expect(() => generateLeads({ seed: 1, accounts: 10, platforms: [] }).next()).toThrow(/platforms/);
  });

  it('respects ring size bounds, platforms and small worlds', () => {
    const leads = world({ seed: 5, accounts: 120, ringSize: [4, 6], platforms: ['xianyu'], ringShare: 0.5 });
    const sizes = new Map<string, Set<string>>();
    for (const l of leads) {
      expect(l.platform).toBe('xianyu');
      if (l.truth.ringId) {
        const members = sizes.get(l.truth.ringId) ?? new Set<string>();
        members.add(l.referral.seller.platformAccountId);
        sizes.set(l.truth.ringId, members);
      }
    }
    for (const members of sizes.values()) expect(members.size).toBeGreaterThanOrEqual(4);
    for (const members of sizes.values()) expect(members.size).toBeLessThanOrEqual(6);
    expect(leads.some((l) => l.truth.scenario)).toBe(false);
  });
});

describe('synthetic world: lead shape', () => {
  const asOf = '2026-06-30T23:59:59+08:00';
  const leads = world({ seed: 11, accounts: 1000, asOf });

  it('fills the required fields with valid values', () => {
    const enums = {
      type: new Set(Object.values(InfringementType)),
      role: new Set(Object.values(AddressRole)),
      pay: new Set(Object.values(PaymentKind)),
      evidence: new Set(Object.values(EvidenceKind)),
    };
    const end = Date.parse(asOf);
    const start = end - 548 * 86_400_000;
    for (const { referral: r, truth } of leads) {
      expect(r.externalId).toMatch(/^[a-z]+-\d+$/);
      expect(r.brands.length).toBeGreaterThan(0);
      expect(enums.type.has(r.infringementType)).toBe(true);
      expect(r.observedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      const t = Date.parse(r.observedAt);
      expect(t).toBeGreaterThanOrEqual(start);
      expect(t).toBeLessThanOrEqual(end);
      expect(r.riskScore).toBeGreaterThan(0);
      expect(r.riskScore).toBeLessThan(1);
      expect(r.estimatedValueYuan).toBeGreaterThan(0);
      expect(r.listingUrl).toMatch(/^https:\/\//);
      expect(r.listingTitle).toBeTruthy();
      expect(r.seller.platformAccountId).toBeTruthy();
      expect(r.seller.registrationName).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(r.phones?.length).toBeGreaterThan(0);
      expect(r.paymentAccounts?.length).toBeGreaterThan(0);
      expect(r.deviceIds?.length).toBeGreaterThan(0);
      for (const a of r.addresses ?? []) expect(enums.role.has(a.role)).toBe(true);
      for (const p of r.paymentAccounts ?? []) expect(enums.pay.has(p.kind)).toBe(true);
      expect(r.evidence?.length).toBeGreaterThan(0);
      for (const e of r.evidence ?? []) {
        expect(enums.evidence.has(e.kind)).toBe(true);
        expect(e.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
      for (const w of r.waybills ?? []) expect(w.number).toMatch(/^[A-Z0-9]{10,16}$/);
      expect(HUBS.some((h) => h.key === truth.hub)).toBe(true);
    }
  });

  it('keeps external ids unique per platform and listing urls unique', () => {
    const ids = new Set(leads.map((l) => `${l.platform}|${l.referral.externalId}`));
    expect(ids.size).toBe(leads.length);
    expect(new Set(leads.map((l) => l.referral.listingUrl)).size).toBe(leads.length);
  });

  it('spreads observations over the 18 months', () => {
    const months = new Set(leads.map((l) => l.referral.observedAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(16);
  });

  it('contains the hard cases', () => {
    const byScenario = (s: string) => new Set(leads.filter((l) => l.truth.scenario === s).map((l) => l.referral.seller.platformAccountId));
    expect(byScenario('ring-spread').size).toBe(12);
    expect(byScenario('ring-twin').size).toBe(11);
    expect(byScenario('innocent-courier').size).toBe(8);
    const rings = new Set(leads.map((l) => l.truth.ringId));
    for (const id of ['ring-spread-0', 'ring-twin-a', 'ring-twin-b']) expect(rings.has(id)).toBe(true);
    expect(leads.filter((l) => l.truth.scenario === 'innocent-courier').every((l) => l.truth.ringId === null)).toBe(true);
  });

  it('flattens a referral into the documented CSV columns', () => {
    for (const lead of leads.slice(0, 300)) {
      const row = toCsvRow(lead);
      const r = lead.referral;
      expect(Object.keys(row)).toEqual(CSV_COLUMNS);
      for (const value of Object.values(row)) expect(value).not.toMatch(/[\r\n]/);
      expect(row.external_id).toBe(r.externalId);
      expect(row.brands.split('|')).toEqual(r.brands);
      expect(row.phones.split('|')).toEqual(r.phones);
      const addresses = row.addresses.split('|').map((item) => {
        const cut = item.indexOf(':');
        return { role: item.slice(0, cut), text: item.slice(cut + 1) };
      });
      expect(addresses).toEqual(r.addresses);
      const waybills = row.waybills === '' ? [] : row.waybills.split('|').map((item) => item.split(':', 2));
      const expected = (r.waybills ?? []).map(({ courier, number }) => ({ courier, number }));
      expect(waybills.map(([courier, number]) => ({ courier, number }))).toEqual(expected);
      const evidence = row.evidence.split('|').map((item) => item.split(':')[1]);
      expect(evidence).toEqual((r.evidence ?? []).map((e) => e.sha256));
      expect(Number(row.risk_score)).toBe(r.riskScore);
    }
  });
});
