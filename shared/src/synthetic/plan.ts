// The shape of a world before its content: how many rings of which sizes, and where the
// independent sellers fall between them. It has its own random stream, so describing a world
// costs one pass over its rings and agrees exactly with what generation produces.
import { DEFAULT_PLATFORMS } from './platforms.js';
import { Rng } from './random.js';
import { HARD_CASE_MIN_ACCOUNTS, type HardCaseScenario, type WorldOptions } from './types.js';

/** Options with every default filled in and every value checked. */
export interface ResolvedOptions {
  seed: number;
  accounts: number;
  leadsPerAccount: number;
  ringShare: number;
  ringSize: readonly [number, number];
  platforms: readonly string[];
  noise: number;
  asOfMs: number;
}

export type PlannedGroup =
  | { kind: 'ring'; ringId: string; size: number; scenario?: HardCaseScenario }
  | { kind: 'innocents'; count: number; scenario?: HardCaseScenario };

/** The hard cases, in the order they open the world (sizes in accounts). */
export const HARD_CASES: readonly PlannedGroup[] = [
  { kind: 'ring', ringId: 'ring-spread-0', size: 12, scenario: 'ring-spread' },
  { kind: 'ring', ringId: 'ring-twin-a', size: 6, scenario: 'ring-twin' },
  { kind: 'ring', ringId: 'ring-twin-b', size: 5, scenario: 'ring-twin' },
  { kind: 'innocents', count: 8, scenario: 'innocent-courier' },
];

const DEFAULT_AS_OF = '2026-10-31T23:59:59+08:00';

/** Fills in defaults; throws a RangeError naming the option that is out of range. */
export function resolveOptions(options: WorldOptions): ResolvedOptions {
  const { seed, accounts } = options;
  const leadsPerAccount = options.leadsPerAccount ?? 1.5;
  const ringShare = options.ringShare ?? 0.3;
  const ringSize = options.ringSize ?? [3, 40];
  const platforms = options.platforms ?? DEFAULT_PLATFORMS;
  const noise = options.noise ?? 0.5;
  const asOfMs = Date.parse(options.asOf ?? DEFAULT_AS_OF);
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new RangeError(`synthetic world: ${what}`);
  };
  check(Number.isFinite(seed), 'seed must be a finite number');
  check(Number.isInteger(accounts) && accounts >= 0, 'accounts must be a non-negative integer');
  check(Number.isFinite(leadsPerAccount) && leadsPerAccount >= 1 && leadsPerAccount <= 20, 'leadsPerAccount must be in [1, 20]');
  check(ringShare >= 0 && ringShare <= 1, 'ringShare must be in [0, 1]');
  const [min, max] = ringSize;
  check(Number.isInteger(min) && Number.isInteger(max) && min >= 2 && max >= min, 'ringSize must be integers [min ≥ 2, max ≥ min]');
  check(platforms.length > 0 && platforms.every((p) => /^[a-z0-9_-]+$/i.test(p)), 'platforms must be non-empty codes');
  check(new Set(platforms).size === platforms.length, 'platforms must be distinct');
  check(noise >= 0 && noise <= 1, 'noise must be in [0, 1]');
  check(Number.isFinite(asOfMs), 'asOf must be an ISO 8601 date');
  return { seed, accounts, leadsPerAccount, ringShare, ringSize: [ringSize[0], ringSize[1]], platforms: platforms.slice(), noise, asOfMs };
}

/** The groups of a world, in output order: hard cases first, then rings spread among independents. */
export function* planWorld(o: ResolvedOptions): Generator<PlannedGroup> {
  const rng = new Rng(o.seed, 'plan');
  const [min, max] = o.ringSize;
  let ringsLeft = Math.round(o.accounts * o.ringShare);
  let innocentsLeft = o.accounts - ringsLeft;
  if (o.accounts >= HARD_CASE_MIN_ACCOUNTS) {
    let hardRings = 0;
    let hardInnocents = 0;
    for (const group of HARD_CASES) {
      if (group.kind === 'ring') hardRings += group.size;
      else hardInnocents += group.count;
      yield group;
    }
    innocentsLeft = Math.max(0, innocentsLeft - hardInnocents);
    ringsLeft = o.accounts - hardRings - hardInnocents - innocentsLeft;
  }
  const ringTotal = ringsLeft;
  const innocentTotal = innocentsLeft;
  let ringsDone = 0;
  let innocentsDone = 0;
  let ringNumber = 0;
  while (ringsLeft >= min) {
    // Small rings are common, large ones rare.
    let size = Math.min(min + Math.floor((max - min + 1) * rng.next() ** 3), ringsLeft);
    const rest = ringsLeft - size;
    if (rest > 0 && rest < min) {
      if (ringsLeft <= max) size = ringsLeft;
      else if (ringsLeft - min >= min) size = Math.min(size, ringsLeft - min);
      // Otherwise the few accounts left over become independent sellers.
    }
    const due = Math.floor((ringsDone / ringTotal) * innocentTotal) - innocentsDone;
    if (due > 0) {
      yield { kind: 'innocents', count: due };
      innocentsDone += due;
    }
    ringNumber++;
    yield { kind: 'ring', ringId: `ring-${ringNumber}`, size };
    ringsDone += size;
    ringsLeft -= size;
  }
  const remaining = innocentTotal - innocentsDone + ringsLeft;
  if (remaining > 0) yield { kind: 'innocents', count: remaining };
}
