// The people and identifiers behind seller accounts, and how fresh ones are made. A seller
// profile is a bag of these; ring members hand some of theirs on to each other.
import { AddressRole, PaymentKind } from '../enums.js';
import type { Category } from './catalog.js';
import type { Hub } from './hubs.js';
import type { IdentifierFactory } from './identifiers.js';
import { COURIERS, FACILITY_KINDS, personName, type Courier } from './names.js';
import { canonicalAddress, type AddressParts } from './noise.js';
import { ORDINARY_PLACES, ROADS, type Place } from './places.js';
import { hashString, type Rng } from './random.js';
import type { HardCaseScenario } from './types.js';

/** What every builder needs: the content random stream, the id allocator and the options. */
export interface WorldContext {
  rng: Rng;
  ids: IdentifierFactory;
  platforms: readonly string[];
  noise: number;
  /** End of the observation period, epoch ms. */
  asOfMs: number;
}

export interface Person {
  name: string;
  residentId: string;
  female: boolean;
}

export interface AddressEntity {
  parts: AddressParts;
  canonical: string;
  /** A courier facility, shared by many unrelated senders. */
  weak: boolean;
}

export type PaymentEntity =
  | { kind: PaymentKind.ALIPAY; form: 'phone' | 'email' | 'uid'; account: string; holder: string }
  | { kind: PaymentKind.WECHAT_PAY; form: 'wxid' | 'phone'; account: string; holder: string }
  | { kind: PaymentKind.BANK_CARD; form: 'card'; account: string; holder: string };

/** One identifier held by a seller account; strong ones can link ring members. */
export type Unit =
  | { type: 'person'; person: Person }
  | { type: 'phone'; digits: string }
  | { type: 'email'; email: string }
  | { type: 'payment'; payment: PaymentEntity }
  | { type: 'device'; id: string }
  | { type: 'address'; role: AddressRole; address: AddressEntity }
  | { type: 'ip'; ip: string };

export type UnitOf<T extends Unit['type']> = Extract<Unit, { type: T }>;

/** The units of one type. */
export function unitsOf<T extends Unit['type']>(units: readonly Unit[], type: T): UnitOf<T>[] {
  return units.filter((u): u is UnitOf<T> => u.type === type);
}

/** A seller account with everything its referrals will mention. */
export interface SellerProfile {
  platform: string;
  accountId: string;
  shopName: string;
  person: Person;
  showResidentId: boolean;
  units: Unit[];
  /** Weak phones: the platform's customer-service lines. */
  servicePhones: string[];
  /** A courier facility given as shipping origin (weak), if any. */
  facilityOrigin: AddressEntity | null;
  /** The sender address printed on its waybills. */
  waybillSender: AddressEntity | null;
  hub: Hub;
  category: Category;
  ringId: string | null;
  scenario?: HardCaseScenario;
  noise: number;
  /** When the account was active, epoch ms. */
  activeFrom: number;
  activeTo: number;
  riskBase: number;
}

/** A new person, registered in `place`. */
export function freshPerson(ctx: WorldContext, place: Place, surnames?: readonly string[]): Person {
  const female = ctx.rng.chance(0.4);
  const birthPlace = ctx.rng.chance(0.7) ? place : ctx.rng.pick(ORDINARY_PLACES);
  return { name: personName(ctx.rng, female, surnames), residentId: ctx.ids.residentId(birthPlace, female), female };
}

/** A new phone: mostly mobile, sometimes a fixed line in the place's city. */
export function freshPhone(ctx: WorldContext, place: Place): string {
  return ctx.rng.chance(0.12) ? ctx.ids.landline(place) : ctx.ids.mobile();
}

/** A new private address (never a facility) in `place`, styled for its role. */
export function freshAddress(ctx: WorldContext, place: Place, role: AddressRole): AddressEntity {
  const s = ctx.ids.streetSpot();
  const head = `${s.road}${s.number}号`;
  let detail: string;
  if (role === AddressRole.WAREHOUSE || (role === AddressRole.SHIPPING_ORIGIN && ctx.rng.chance(0.5))) {
    detail = `${head}工业园${s.building}栋${s.room}`;
  } else {
    detail = ctx.rng.chance(0.8) ? `${head}${s.building}栋${s.room}室` : `${head}${s.building}幢${s.room}室`;
  }
  const parts = { place, town: ctx.rng.pick(place.towns), detail };
  return { parts, canonical: canonicalAddress(parts), weak: false };
}

/** A new payment account held by `person`; Alipay and WeChat logins may be one of `phones`. */
export function freshPayment(ctx: WorldContext, person: Person, phones: readonly string[], email?: string): PaymentEntity {
  const { rng, ids } = ctx;
  const mobiles = phones.filter((p) => p.startsWith('1'));
  const holder = person.name;
  const kind = rng.weighted([
    [PaymentKind.ALIPAY, 45],
    [PaymentKind.WECHAT_PAY, 30],
    [PaymentKind.BANK_CARD, 25],
  ] as const);
  if (kind === PaymentKind.ALIPAY) {
    if (mobiles.length > 0 && rng.chance(0.5)) return { kind, form: 'phone', account: rng.pick(mobiles), holder };
    if (email && rng.chance(0.5)) return { kind, form: 'email', account: email, holder };
    return { kind, form: 'uid', account: ids.alipayUid(), holder };
  }
  if (kind === PaymentKind.WECHAT_PAY) {
    if (mobiles.length > 0 && rng.chance(0.3)) return { kind, form: 'phone', account: rng.pick(mobiles), holder };
    return { kind, form: 'wxid', account: ids.wechatId(rng), holder };
  }
  return { kind, form: 'card', account: ids.bankCard(rng), holder };
}

/** A new device: an Android IMEI or an iPhone advertising id. */
export function freshDevice(ctx: WorldContext): string {
  return ctx.rng.chance(0.6) ? ctx.ids.imei() : ctx.ids.idfa(ctx.rng);
}

const facilityCache = new Map<string, AddressEntity>();

/**
 * A courier's sorting facility serving `place`: the same text in every world, shared by every
 * seller who hands parcels to it. `kind` 网点 (a local outlet) is reserved for the hard case.
 */
export function courierFacility(place: Place, courier: Courier, kind: string = FACILITY_KINDS[0], town?: string): AddressEntity {
  const key = `${place.code}|${courier.short}|${kind}|${town ?? ''}`;
  const cached = facilityCache.get(key);
  if (cached) return cached;
  const h = hashString(key);
  const cityShort = (place.city ?? place.province).replace(/市$/, '');
  const districtShort = place.district.length > 2 ? place.district.slice(0, -1) : place.district;
  const townName = town ?? place.towns[h % place.towns.length];
  const where = kind === '网点' ? townName.replace(/(街道|镇)$/, '') : cityShort + districtShort;
  const detail = `${ROADS[(h >>> 8) % ROADS.length]}${1 + ((h >>> 16) % 300)}号${courier.name}${where}${kind}`;
  const parts = { place, town: townName, detail };
  const entity = { parts, canonical: canonicalAddress(parts), weak: true };
  facilityCache.set(key, entity);
  return entity;
}

const facilitiesByPlace = new Map<string, AddressEntity[]>();

/** The three facilities most sellers of a place use (chosen by place, not by seed). */
export function facilitiesOf(place: Place): readonly AddressEntity[] {
  const cached = facilitiesByPlace.get(place.code);
  if (cached) return cached;
  const h = hashString(`couriers:${place.code}`);
  const out: AddressEntity[] = [];
  for (let i = 0; i < 3; i++) {
    const courier = COURIERS[(h + i * 2) % COURIERS.length];
    out.push(courierFacility(place, courier, FACILITY_KINDS[(h >>> (4 + i)) % FACILITY_KINDS.length]));
  }
  facilitiesByPlace.set(place.code, out);
  return out;
}

/** An instant as ISO 8601 in China Standard Time (+08:00). */
export function isoChinaTime(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + 8 * 3_600_000);
  return d.toISOString().slice(0, 19) + '+08:00';
}

const COURIER_SHARES = COURIERS.map((c, i) => [c, [20, 25, 18, 14, 10, 10, 3][i]] as const);

/** A courier, by market share. */
export function courierFor(rng: Rng): Courier {
  return rng.weighted(COURIER_SHARES);
}
