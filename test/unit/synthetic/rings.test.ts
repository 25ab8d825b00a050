import { generateLeads, type GeneratedLead } from '@cloudsword/shared';
import * as OpenCC from 'opencc-js';
import { accountOf, ascii, canonicalAddress, canonicalPhone, isServicePhone, strongIdentifiers, UnionFind, weakIdentifiers } from './canonical';

const leads: GeneratedLead[] = [...generateLeads({ seed: 2026, accounts: 3000 })];
const truthOf = new Map<string, string | null>(leads.map((l) => [accountOf(l), l.truth.ringId]));

/** For every canonical strong identifier, the accounts that mention it. */
function holders(pick: (lead: GeneratedLead) => string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const lead of leads) {
    for (const id of pick(lead)) {
      const set = map.get(id) ?? new Set<string>();
      set.add(accountOf(lead));
      map.set(id, set);
    }
  }
  return map;
}

const strong = holders(strongIdentifiers);

describe('synthetic world: ground truth of rings', () => {
  it('connects every ring through strong identifiers alone', () => {
    const uf = new UnionFind();
    for (const accounts of strong.values()) {
      const [first, ...rest] = [...accounts];
      for (const a of rest) uf.union(first, a);
    }
    const components = new Map<string, Set<string>>();
    for (const [account, ringId] of truthOf) {
      if (ringId === null) continue;
      const set = components.get(ringId) ?? new Set<string>();
      set.add(uf.find(account));
      components.set(ringId, set);
    }
    expect(components.size).toBeGreaterThan(20);
    for (const [ringId, roots] of components) expect([ringId, roots.size]).toEqual([ringId, 1]);
  });

  it('never lets a strong identifier cross a ring boundary or touch an independent seller', () => {
    for (const [id, accounts] of strong) {
      const rings = new Set([...accounts].map((a) => truthOf.get(a)));
      if (accounts.size > 1) {
        expect([id, rings.has(null)]).toEqual([id, false]);
        expect([id, rings.size]).toEqual([id, 1]);
      }
    }
  });

  it('does not give any single identifier to every member of a larger ring', () => {
    const sizes = new Map<string, number>();
    for (const [account, ringId] of truthOf) if (ringId) sizes.set(ringId, (sizes.get(ringId) ?? 0) + 1);
    const maxShare = new Map<string, number>();
    for (const accounts of strong.values()) {
      const ringId = truthOf.get([...accounts][0]);
      if (ringId) maxShare.set(ringId, Math.max(maxShare.get(ringId) ?? 0, accounts.size));
    }
    const big = [...sizes].filter(([, n]) => n >= 8);
    expect(big.length).toBeGreaterThan(3);
    for (const [ringId, n] of big) expect(maxShare.get(ringId)).toBeLessThan(n);
  });

  it('has independent sellers who share only weak identifiers, some of them widely', () => {
    const weak = holders(weakIdentifiers);
    const innocentHolders = [...weak.values()].map((accounts) => [...accounts].filter((a) => truthOf.get(a) === null).length);
    expect(innocentHolders.filter((n) => n >= 20).length).toBeGreaterThan(3);
    expect(innocentHolders.filter((n) => n >= 2).length).toBeGreaterThan(50);
    // A service line or a courier facility joins independents and rings alike.
    const mixed = [...weak.values()].filter((accounts) => new Set([...accounts].map((a) => truthOf.get(a) === null)).size === 2);
    expect(mixed.length).toBeGreaterThan(0);
  });
});

describe('synthetic world: hard cases', () => {
  const ofScenario = (s: string) => leads.filter((l) => l.truth.scenario === s);

  it('(a) links the courier-only independents through one outlet and nothing strong', () => {
    const group = ofScenario('innocent-courier');
    const accounts = new Set(group.map(accountOf));
    expect(accounts.size).toBe(8);
    const outlets = holders((l) => weakIdentifiers(l).filter((w) => w.endsWith('网点')));
    const outlet = [...outlets.values()].find((a) => [...a].some((x) => accounts.has(x)));
    expect(outlet && [...outlet].sort()).toEqual([...accounts].sort());
    for (const a of accounts) {
      const linked = [...strong.values()].filter((s) => s.has(a) && s.size > 1);
      expect(linked).toEqual([]);
    }
  });

  it('(b) spreads one ring over three platforms and four provinces, with noise on every identifier', () => {
    const group = ofScenario('ring-spread');
    expect(new Set(group.map((l) => l.truth.ringId))).toEqual(new Set(['ring-spread-0']));
    expect(new Set(group.map((l) => l.platform)).size).toBe(3);
    const provinces = new Set(group.flatMap((l) => (l.referral.addresses ?? []).map((a) => canonicalAddress(a.text).slice(0, 2))));
    expect(provinces).toEqual(new Set(['福建', '广东', '浙江', '江苏']));
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    for (const l of group) {
      const r = l.referral;
      for (const p of r.phones ?? []) if (!isServicePhone(canonicalPhone(p))) expect(p).not.toBe(canonicalPhone(p));
      for (const a of r.addresses ?? []) {
        const clean = /^[^\s:：]*省[^\s]*市/.test(a.text) && toSimplified(a.text) === a.text && ascii(a.text) === a.text;
        expect([a.text, clean]).toEqual([a.text, false]);
      }
      for (const p of r.paymentAccounts ?? []) expect(p.account).not.toMatch(/^(\d+|wxid_\w+|[a-z0-9.]+@[a-z0-9.]+)$/);
      for (const d of r.deviceIds ?? []) expect(d).not.toMatch(/^(\d{15}|[0-9A-F-]{36})$/);
      if (r.seller.residentIdNumber) expect(r.seller.residentIdNumber).not.toMatch(/^\d{17}[\dX]$/);
    }
  });

  it('(c) keeps the twin rings apart: one shared weak identifier, one city, nothing strong', () => {
    const group = ofScenario('ring-twin');
    const ringOf = new Map(group.map((l) => [accountOf(l), l.truth.ringId]));
    expect(new Set(ringOf.values())).toEqual(new Set(['ring-twin-a', 'ring-twin-b']));
    for (const accounts of strong.values()) {
      const rings = new Set([...accounts].map((a) => ringOf.get(a)).filter((r) => r !== undefined));
      expect(rings.size).toBeLessThanOrEqual(1);
    }
    const weakOf = (ringId: string) => new Set(group.filter((l) => l.truth.ringId === ringId).flatMap(weakIdentifiers));
    const a = weakOf('ring-twin-a');
    const common = [...weakOf('ring-twin-b')].filter((w) => a.has(w) && w.startsWith('facility:'));
    expect(common.length).toBe(1);
    const cities = new Set(group.flatMap((l) => (l.referral.addresses ?? []).map((x) => canonicalAddress(x.text).slice(0, 7))));
    expect(cities).toEqual(new Set(['广东广州白云区']));
  });
});
