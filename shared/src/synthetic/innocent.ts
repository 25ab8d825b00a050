// Independent sellers: each has identifiers of its own. What they do share with strangers is
// weak: the courier facility their parcels leave from, the platform's customer-service line,
// the city they live in, a common name.
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
import { ORDINARY_PLACES, type Place } from './places.js';
import { serviceLinesFor } from './platforms.js';
import type { HardCaseScenario } from './types.js';

const DAY_MS = 86_400_000;

/** What the plan decides about one independent seller. */
export interface InnocentSpec {
  hub: Hub;
  /** Where the seller lives; by default half in the hub's districts, half elsewhere. */
  place?: Place;
  /** A facility the seller ships from (the courier-only hard case). */
  facility?: AddressEntity;
  platform?: string;
  scenario?: HardCaseScenario;
}

/** The profile of one independent seller account. */
export function buildInnocent(ctx: WorldContext, spec: InnocentSpec): SellerProfile {
  const { rng, ids } = ctx;
  const place = spec.place ?? (rng.chance(0.5) ? rng.pick(spec.hub.places) : rng.pick(ORDINARY_PLACES));
  const platform = spec.platform ?? rng.pick(ctx.platforms);
  const person = freshPerson(ctx, place);
  const units: Unit[] = [{ type: 'person', person }];
  units.push({ type: 'phone', digits: freshPhone(ctx, place) });
  if (rng.chance(0.1)) units.push({ type: 'phone', digits: freshPhone(ctx, place) });
  const email = rng.chance(0.4) ? ids.email(rng) : undefined;
  if (email) units.push({ type: 'email', email });
  const phones = unitsOf(units, 'phone').map((u) => u.digits);
  const paymentCount = rng.chance(0.3) ? 2 : 1;
  for (let k = 0; k < paymentCount; k++) {
    const payment = freshPayment(ctx, person, phones, email);
    const known = units.some((u) => u.type === 'payment' && u.payment.kind === payment.kind && u.payment.account === payment.account);
    if (!known) units.push({ type: 'payment', payment });
  }
  units.push({ type: 'device', id: freshDevice(ctx) });
  units.push({ type: 'ip', ip: ids.ip() });

  // Half of them ship through a courier facility and name it as their shipping origin.
  const localFacility = spec.facility ?? rng.pick(facilitiesOf(place));
  const viaFacility = spec.facility !== undefined || rng.chance(0.45);
  if (!viaFacility || rng.chance(0.3)) {
    const origin = freshAddress(ctx, place, AddressRole.SHIPPING_ORIGIN);
    units.push({ type: 'address', role: AddressRole.SHIPPING_ORIGIN, address: origin });
    if (rng.chance(0.5)) units.push({ type: 'address', role: AddressRole.RETURN, address: origin });
  }
  if (rng.chance(0.3)) {
    units.push({ type: 'address', role: AddressRole.REGISTERED, address: freshAddress(ctx, place, AddressRole.REGISTERED) });
  }
  const ownOrigin = unitsOf(units, 'address').find((u) => u.role === AddressRole.SHIPPING_ORIGIN)?.address;

  const category = rng.pick(spec.hub.categories);
  const activeFrom = ctx.asOfMs - rng.int(1, 540) * DAY_MS;
  return {
    platform,
    accountId: ids.accountId(platform),
    shopName: shopName(rng, category.shopWord),
    person,
    showResidentId: rng.chance(0.4),
    units,
    servicePhones: rng.chance(0.3) ? [serviceLinesFor(platform)[rng.int(0, 1)]] : [],
    facilityOrigin: viaFacility ? localFacility : null,
    waybillSender: viaFacility || rng.chance(0.4) || !ownOrigin ? localFacility : ownOrigin,
    hub: spec.hub,
    category,
    ringId: null,
    scenario: spec.scenario,
    noise: ctx.noise,
    activeFrom,
    activeTo: Math.min(activeFrom + rng.int(10, 365) * DAY_MS, ctx.asOfMs),
    riskBase: 0.3 + rng.next() * 0.5,
  };
}
