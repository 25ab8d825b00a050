// A ring: several seller accounts run by the same people. Members are added one by one; each
// takes one or two strong identifiers from an earlier member (a chain or tree, as new accounts
// are opened with what the last banned one used) and sometimes one more from another member,
// then gets fresh identifiers of its own. So the ring is connected through strong identifiers,
// but no identifier is shared by all members.
import { AddressRole } from '../enums.js';
import {
  facilitiesOf,
  freshAddress,
  freshDevice,
  freshPayment,
  freshPerson,
  freshPhone,
  unitsOf,
  type AddressEntity,
  type SellerProfile,
  type Unit,
  type WorldContext,
} from './entities.js';
import type { Hub } from './hubs.js';
import { shopName } from './names.js';
import type { Place } from './places.js';
import { serviceLinesFor } from './platforms.js';
import type { HardCaseScenario } from './types.js';

const DAY_MS = 86_400_000;

/** What the plan decides about one ring. */
export interface RingSpec {
  ringId: string;
  hub: Hub;
  size: number;
  /** Platforms its accounts live on. */
  platforms: readonly string[];
  /** Where members' fresh addresses are; member i uses places[i % places.length]. */
  places: readonly Place[];
  noise: number;
  scenario?: HardCaseScenario;
  /** A courier facility every member ships through (weak, for the twin-ring hard case). */
  sharedFacility?: AddressEntity;
}

/** Strong identifiers are everything but IPs and courier facilities. */
export function isStrong(u: Unit): boolean {
  return u.type !== 'ip' && !(u.type === 'address' && u.address.weak);
}

/** A key that is equal exactly when two units are the same identifier. */
export function unitKey(u: Unit): string {
  switch (u.type) {
    case 'person':
      return `P${u.person.residentId}`;
    case 'phone':
      return `T${u.digits}`;
    case 'email':
      return `E${u.email}`;
    case 'payment':
      return `Y${u.payment.kind}${u.payment.account}`;
    case 'device':
      return `D${u.id}`;
    case 'address':
      return `A${u.role}${u.address.canonical}`;
    case 'ip':
      return `I${u.ip}`;
  }
}

/** The seller profiles of one ring, in the order their accounts were opened. */
export function buildRing(ctx: WorldContext, spec: RingSpec): SellerProfile[] {
  const { rng } = ctx;
  const members: Unit[][] = [];
  const warehouses: AddressEntity[] = [];
  const maxWarehouses = rng.int(1, 2);
  const profiles: SellerProfile[] = [];
  const ringStart = ctx.asOfMs - rng.int(45, 540) * DAY_MS;
  const baseShop = shopName(rng, spec.hub.categories[0].shopWord);
  let opened = ringStart;

  for (let i = 0; i < spec.size; i++) {
    const place = spec.places[i % spec.places.length];
    const units: Unit[] = [];
    if (i > 0) {
      const parent = rng.chance(0.5) ? i - 1 : rng.int(0, i - 1);
      inherit(ctx, units, members[parent], rng.chance(0.4) ? 2 : 1, isStrong);
      if (i > 1 && rng.chance(0.3)) {
        const other = rng.int(0, i - 1);
        const withIp = rng.chance(0.5);
        const ok = (u: Unit) => isStrong(u) || (withIp && u.type === 'ip');
        if (other !== parent) inherit(ctx, units, members[other], 1, ok);
      }
    }
    if (rng.chance(i === 0 ? 0.7 : 0.35)) {
      const warehouse = warehouses.length < maxWarehouses ? freshAddress(ctx, place, AddressRole.WAREHOUSE) : rng.pick(warehouses);
      if (!warehouses.includes(warehouse)) warehouses.push(warehouse);
      addUnique(units, { type: 'address', role: AddressRole.WAREHOUSE, address: warehouse });
    }
    fillMember(ctx, units, place, spec.hub);
    members.push(units);

    const platform = spec.scenario ? spec.platforms[i % spec.platforms.length] : rng.pick(spec.platforms);
    const person = unitsOf(units, 'person')[0].person;
    const origin = unitsOf(units, 'address').find((u) => u.role === AddressRole.SHIPPING_ORIGIN)?.address;
    const localFacility = rng.pick(facilitiesOf(place));
    opened = Math.min(opened + rng.int(1, 20) * DAY_MS, ctx.asOfMs - rng.int(1, 20) * DAY_MS);
    const category = rng.chance(0.8) ? spec.hub.categories[0] : rng.pick(spec.hub.categories);
    profiles.push({
      platform,
      accountId: ctx.ids.accountId(platform),
      shopName: rng.chance(0.3) && i > 0 ? `${baseShop}（${i + 1}号店）` : shopName(rng, category.shopWord),
      person,
      showResidentId: rng.chance(0.5),
      units,
      servicePhones: rng.chance(0.15) ? [serviceLinesFor(platform)[rng.int(0, 1)]] : [],
      facilityOrigin: spec.sharedFacility ?? (rng.chance(0.15) ? localFacility : null),
      waybillSender: spec.sharedFacility ?? (rng.chance(0.5) || !origin ? localFacility : origin),
      hub: spec.hub,
      category,
      ringId: spec.ringId,
      scenario: spec.scenario,
      noise: spec.noise,
      activeFrom: opened,
      activeTo: Math.min(opened + rng.int(15, 120) * DAY_MS, ctx.asOfMs),
      riskBase: 0.55 + rng.next() * 0.35,
    });
  }
  // An owner whose ID opened several accounts is a link: every one of them must show it.
  const owners = new Map<string, number>();
  for (const p of profiles) owners.set(p.person.residentId, (owners.get(p.person.residentId) ?? 0) + 1);
  for (const p of profiles) if ((owners.get(p.person.residentId) ?? 0) > 1) p.showResidentId = true;
  return profiles;
}

/** Copies up to `count` units of `from` that pass `ok` and are new to `units`. */
function inherit(ctx: WorldContext, units: Unit[], from: Unit[], count: number, ok: (u: Unit) => boolean): void {
  const hasPerson = units.some((u) => u.type === 'person');
  const keys = new Set(units.map(unitKey));
  const candidates = from.filter((u) => ok(u) && !keys.has(unitKey(u)) && !(hasPerson && u.type === 'person'));
  for (const u of ctx.rng.sample(candidates, count)) {
    if (u.type === 'person' && units.some((x) => x.type === 'person')) continue;
    units.push(u);
  }
}

function addUnique(units: Unit[], unit: Unit): void {
  const key = unitKey(unit);
  if (!units.some((u) => unitKey(u) === key)) units.push(unit);
}

/** Gives a ring member whatever it still lacks: an owner, phones, payment, devices, addresses, an IP. */
function fillMember(ctx: WorldContext, units: Unit[], place: Place, hub: Hub): void {
  const { rng, ids } = ctx;
  const count = (type: Unit['type']) => units.filter((u) => u.type === type).length;
  if (count('person') === 0) units.push({ type: 'person', person: freshPerson(ctx, place, hub.surnames) });
  const person = unitsOf(units, 'person')[0].person;
  if (count('phone') === 0 || rng.chance(0.3)) units.push({ type: 'phone', digits: freshPhone(ctx, place) });
  if (count('email') === 0 && rng.chance(0.45)) units.push({ type: 'email', email: ids.email(rng) });
  const phones = unitsOf(units, 'phone').map((u) => u.digits);
  const email = unitsOf(units, 'email')[0]?.email;
  const payments = count('payment') === 0 ? (rng.chance(0.4) ? 2 : 1) : rng.chance(0.25) ? 1 : 0;
  for (let k = 0; k < payments; k++) addUnique(units, { type: 'payment', payment: freshPayment(ctx, person, phones, email) });
  if (count('device') === 0 || rng.chance(0.3)) units.push({ type: 'device', id: freshDevice(ctx) });
  let origin = unitsOf(units, 'address').find((u) => u.role === AddressRole.SHIPPING_ORIGIN)?.address;
  if (!origin) {
    origin = freshAddress(ctx, place, AddressRole.SHIPPING_ORIGIN);
    units.push({ type: 'address', role: AddressRole.SHIPPING_ORIGIN, address: origin });
  }
  if (count('address') < 4 && rng.chance(0.6)) {
    const address = rng.chance(0.6) ? origin : freshAddress(ctx, place, AddressRole.RETURN);
    addUnique(units, { type: 'address', role: AddressRole.RETURN, address });
  }
  if (rng.chance(0.35)) {
    units.push({ type: 'address', role: AddressRole.REGISTERED, address: freshAddress(ctx, place, AddressRole.REGISTERED) });
  }
  units.push({ type: 'ip', ip: ids.ip() });
}
