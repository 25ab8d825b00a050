import { courierFacility, facilitiesOf, type SellerProfile, type WorldContext } from './entities.js';
import { HUBS, hubByKey } from './hubs.js';
import { IdentifierFactory } from './identifiers.js';
import { buildInnocent, type InnocentSpec } from './innocent.js';
import { buildLead } from './lead.js';
import { COURIERS } from './names.js';
import { HUB_PLACES } from './places.js';
import { planWorld, resolveOptions, type PlannedGroup } from './plan.js';
import { Rng } from './random.js';
import { buildRing, type RingSpec } from './ring.js';
import type { GeneratedLead, WorldOptions } from './types.js';

// Putian and Guangzhou dominate, as they do in enforcement reports.
const HUB_SHARE: Record<string, number> = {
  'putian-sneakers': 3,
  'guangzhou-baiyun-cosmetics-bags': 2.5,
  'yiwu-commodities': 2,
  'shenzhen-electronics': 2,
};
const HUB_WEIGHTS = HUBS.map((h) => [h, HUB_SHARE[h.key] ?? 1] as const);
const MAX_LEADS_PER_ACCOUNT = 50;

/**
 * Streams the referrals of a synthetic world of seller accounts: rings (accounts run by the
 * same people, linked through shared payment accounts, phones, devices, ID numbers and
 * addresses) among independent sellers who share only weak identifiers (courier facilities,
 * platform service lines, cities). Each lead carries its ground truth.
 *
 * Deterministic: the same options yield the same leads, byte for byte. Streaming: memory is
 * bounded by the largest ring, so a million accounts can be generated in a few hundred MB.
 * Worlds of 200 accounts or more contain the hard cases (see `HardCaseScenario`).
 */
export function* generateLeads(options: WorldOptions): Generator<GeneratedLead> {
  const o = resolveOptions(options);
  const ctx: WorldContext = {
    rng: new Rng(o.seed, 'content'),
    ids: new IdentifierFactory(o.seed),
    platforms: o.platforms,
    noise: o.noise,
    asOfMs: o.asOfMs,
  };
  for (const group of planWorld(o)) {
    if (group.kind === 'ring') {
      for (const profile of buildRing(ctx, ringSpec(ctx, group))) yield* leadsOf(ctx, profile, o.leadsPerAccount);
    } else {
      const spec = innocentSpec(ctx, group);
      for (let i = 0; i < group.count; i++) {
        const profile = buildInnocent(ctx, spec ?? { hub: ctx.rng.weighted(HUB_WEIGHTS) });
        yield* leadsOf(ctx, profile, o.leadsPerAccount);
      }
    }
  }
}

/** A cheap summary of a world, computed from its plan alone. */
export interface WorldSummary {
  accounts: number;
  ringAccounts: number;
  innocentAccounts: number;
  rings: number;
  largestRing: number;
  /** Ring ids of the hard cases, plus 'innocent-courier' when that group is present. */
  hardCases: string[];
  /** Expected number of leads (accounts × mean leads per account). */
  expectedLeads: number;
  platforms: string[];
  hubs: string[];
}

/** Summarises the world that {@link generateLeads} would produce, without generating it. */
export function describeWorld(options: WorldOptions): WorldSummary {
  const o = resolveOptions(options);
  const summary: WorldSummary = {
    accounts: o.accounts,
    ringAccounts: 0,
    innocentAccounts: 0,
    rings: 0,
    largestRing: 0,
    hardCases: [],
    expectedLeads: Math.round(o.accounts * o.leadsPerAccount),
    platforms: o.platforms.slice(),
    hubs: HUBS.map((h) => h.key),
  };
  for (const group of planWorld(o)) {
    if (group.kind === 'ring') {
      summary.rings++;
      summary.ringAccounts += group.size;
      summary.largestRing = Math.max(summary.largestRing, group.size);
      if (group.scenario) summary.hardCases.push(group.ringId);
    } else {
      summary.innocentAccounts += group.count;
      if (group.scenario) summary.hardCases.push(group.scenario);
    }
  }
  return summary;
}

function* leadsOf(ctx: WorldContext, profile: SellerProfile, mean: number): Generator<GeneratedLead> {
  // 1 + a geometric number of further referrals, so that the mean is `mean`.
  const more = (mean - 1) / mean;
  let count = 1;
  while (count < MAX_LEADS_PER_ACCOUNT && ctx.rng.chance(more)) count++;
  for (let i = 0; i < count; i++) yield buildLead(ctx, profile);
}

function ringSpec(ctx: WorldContext, group: Extract<PlannedGroup, { kind: 'ring' }>): RingSpec {
  const { rng, platforms } = ctx;
  const base = { ringId: group.ringId, size: group.size, noise: ctx.noise, scenario: group.scenario };
  if (group.scenario === 'ring-spread') {
    // One ring over three platforms and four provinces, every identifier noisy.
    const P = HUB_PLACES;
    const places = [P.putianLicheng, P.guangzhouBaiyun, P.yiwu, P.suzhouChangshu];
    return { ...base, hub: hubByKey('putian-sneakers'), platforms: platforms.slice(0, 3), places, noise: 1 };
  }
  if (group.scenario === 'ring-twin') {
    // Two rings in Baiyun that hand parcels to the same sorting centre, and share nothing else.
    const place = HUB_PLACES.guangzhouBaiyun;
    const hub = hubByKey('guangzhou-baiyun-cosmetics-bags');
    return { ...base, hub, platforms: [rng.pick(platforms)], places: [place], sharedFacility: facilitiesOf(place)[0] };
  }
  const hub = rng.weighted(HUB_WEIGHTS);
  const platformCount = Math.min(platforms.length, rng.weighted([[1, 60], [2, 30], [3, 10]] as const));
  let places = hub.places;
  if (rng.chance(0.2)) {
    // Some rings make goods at home and ship from another province.
    const elsewhere = HUBS.filter((h) => h.places[0].province !== hub.places[0].province);
    places = [...hub.places, ...rng.pick(elsewhere).places];
  }
  return { ...base, hub, platforms: rng.sample(platforms, platformCount), places };
}

function innocentSpec(ctx: WorldContext, group: Extract<PlannedGroup, { kind: 'innocents' }>): InnocentSpec | null {
  if (group.scenario !== 'innocent-courier') return null;
  // Independent sellers around one village outlet: the outlet is all they have in common.
  const place = HUB_PLACES.putianHanjiang;
  const yunda = COURIERS.find((c) => c.short === '韵达') ?? COURIERS[0];
  return { hub: hubByKey('putian-sneakers'), place, facility: courierFacility(place, yunda, '网点', '江口镇'), scenario: 'innocent-courier' };
}
