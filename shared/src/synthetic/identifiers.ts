// Allocation of unique identifiers. Every strong identifier (phone, card, ID number, device,
// address…) is the image of a counter under a keyed permutation, so two entities never collide
// by accident, whatever the world size, and nothing has to be remembered to guarantee it.
import { luhnCheckDigit, residentIdCheckChar } from './checksums.js';
import type { Courier } from './names.js';
import { MAIL_DOMAINS, MAIL_SYLLABLES } from './names.js';
import type { Place } from './places.js';
import { ROADS } from './places.js';
import { accountIdFor } from './platforms.js';
import { hash32, hashString, Permutation, type Rng } from './random.js';

const MOBILE_PREFIXES = (
  '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 ' +
  '166 173 177 180 181 182 183 184 185 186 187 188 189 191 198 199'
).split(' ');
const CARD_BINS = ['622202', '621700', '622848', '621661', '622588', '622700', '621483', '623058', '622262'];
const IMEI_TACS = ['35391110', '35332510', '86891503', '86769204', '35847611', '86695003', '35260011', '86403604'];
const IP_FIRST_OCTETS = [
  36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 119, 120, 121, 122, 123, 124, 125, 180, 182,
  183, 218, 219, 220, 221, 222, 223,
];
const BIRTH_DAYS = 14244; // 1965-01-01 … 2003-12-31
const BIRTH_EPOCH = Date.UTC(1965, 0, 1);
const DAY_MS = 86_400_000;

/** Street part of an invented address: road, number, building and room. */
export interface StreetSpot {
  road: string;
  number: number;
  building: number;
  /** Floor × 100 + unit, e.g. 402. */
  room: number;
}

/** Hands out unique identifiers for one world. Not thread-safe; one per generator run. */
export class IdentifierFactory {
  private readonly spaces = new Map<string, { perm: Permutation; used: number }>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly seed: number) {}

  /** A mobile number, 11 digits. */
  mobile(): string {
    const v = this.nextUnique('mobile', MOBILE_PREFIXES.length * 1e8);
    return MOBILE_PREFIXES[Math.floor(v / 1e8)] + String(v % 1e8).padStart(8, '0');
  }

  /** A fixed-line number in the place's city, canonical digits with the trunk 0 (05942681234). */
  landline(place: Place): string {
    const v = this.nextUnique('landline', 7e6);
    const local = String(2_000_000 + v);
    return place.areaCode + (place.localDigits === 8 ? String(2 + (hash32(v) % 7)) + local : local);
  }

  /** An 18-character resident ID (GB 11643) registered in `place`, with a valid check character. */
  residentId(place: Place, female: boolean): string {
    const v = this.nextUnique('resident', BIRTH_DAYS * 499);
    const birth = new Date(BIRTH_EPOCH + Math.floor(v / 499) * DAY_MS);
    const date = `${birth.getUTCFullYear()}${pad2(birth.getUTCMonth() + 1)}${pad2(birth.getUTCDate())}`;
    // The 17th digit is odd for men and even for women; sequences run 001…998.
    const sequence = 2 * (v % 499) + (female ? 2 : 1);
    const first17 = place.code + date + String(sequence).padStart(3, '0');
    return first17 + residentIdCheckChar(first17);
  }

  /** A 19-digit debit card number with a valid Luhn check digit. */
  bankCard(rng: Rng): string {
    const payload = rng.pick(CARD_BINS) + String(this.nextUnique('card', 1e12)).padStart(12, '0');
    return payload + luhnCheckDigit(payload);
  }

  /** A 16-digit Alipay user id (2088…). */
  alipayUid(): string {
    return '2088' + String(this.nextUnique('alipay', 1e12)).padStart(12, '0');
  }

  /** A WeChat id (wxid_…), lower case. */
  wechatId(rng: Rng): string {
    const v = this.nextUnique('wechat', 36 ** 10);
    return 'wxid_' + v.toString(36).padStart(10, '0') + rng.int(0, 36 ** 2 - 1).toString(36).padStart(2, '0');
  }

  /** A 15-digit IMEI with a valid Luhn check digit. */
  imei(): string {
    const v = this.nextUnique('imei', IMEI_TACS.length * 1e6);
    const payload = IMEI_TACS[Math.floor(v / 1e6)] + String(v % 1e6).padStart(6, '0');
    return payload + luhnCheckDigit(payload);
  }

  /** An upper-case UUID-style advertising id (IDFA); the first group is unique. */
  idfa(rng: Rng): string {
    const first = hash32((this.next('idfa') ^ hashString(`idfa:${this.seed}`)) >>> 0);
    const rest = rng.hex(24);
    const version4 = `4${rest.slice(4, 7)}`;
    const variant = '89ab'[parseInt(rest[7], 16) % 4] + rest.slice(8, 11);
    return `${first.toString(16).padStart(8, '0')}-${rest.slice(0, 4)}-${version4}-${variant}-${rest.slice(12, 24)}`.toUpperCase();
  }

  /** A unique mailbox at a free mail provider, lower case. */
  email(rng: Rng): string {
    if (rng.chance(0.45)) return `${1_000_000_000 + this.nextUnique('qq', 9e9)}@qq.com`;
    const n = MAIL_SYLLABLES.length;
    const v = this.nextUnique('mail', n * n * 100_000);
    const name = MAIL_SYLLABLES[Math.floor(v / (n * 100_000))] + MAIL_SYLLABLES[Math.floor(v / 100_000) % n];
    return `${name}${v % 100_000}@${rng.pick(MAIL_DOMAINS)}`;
  }

  /** A unique public IPv4 address in Chinese ISP ranges. */
  ip(): string {
    const v = this.nextUnique('ip', IP_FIRST_OCTETS.length * 256 * 256 * 254);
    const first = IP_FIRST_OCTETS[Math.floor(v / (256 * 256 * 254))];
    const rest = v % (256 * 256 * 254);
    return `${first}.${Math.floor(rest / (256 * 254))}.${Math.floor(rest / 254) % 256}.${(rest % 254) + 1}`;
  }

  /** A street spot nobody else in this world has. */
  streetSpot(): StreetSpot {
    const v = this.nextUnique('street', ROADS.length * 899 * 30 * 150);
    const room = v % 150;
    const building = Math.floor(v / 150) % 30;
    const number = Math.floor(v / (150 * 30)) % 899;
    return {
      road: ROADS[Math.floor(v / (150 * 30 * 899))],
      number: number + 1,
      building: building + 1,
      room: (Math.floor(room / 6) + 1) * 100 + (room % 6) + 1,
    };
  }

  /** A waybill number in the courier's format. */
  waybill(courier: Courier): string {
    const v = this.nextUnique(courier.name, 10 ** courier.digits);
    return courier.prefix + String(v).padStart(courier.digits, '0');
  }

  /** A new seller account id on a platform. */
  accountId(platform: string): string {
    return accountIdFor(platform, this.nextUnique(`account:${platform}`, 1e10));
  }

  /** A new listing number on a platform, for its URL. */
  itemNumber(platform: string): number {
    return this.nextUnique(`item:${platform}`, 1e12);
  }

  /** The next value of a plain counter (1, 2, 3…), e.g. for external ids. */
  next(kind: string): number {
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    return n;
  }

  private nextUnique(kind: string, size: number): number {
    let space = this.spaces.get(kind);
    if (!space) {
      space = { perm: new Permutation(size, hashString(`${kind}:${this.seed}`)), used: 0 };
      this.spaces.set(kind, space);
    }
    return space.perm.at(space.used++);
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
