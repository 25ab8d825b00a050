import { matchAdmin, startsWithDivision } from './address-admin.js';
import { parseDetail } from './address-detail.js';
import { ADMIN_INDEX, type AdminLevel, type AdminUnit } from './address-index.js';
import { accept, reject, type Normalized } from './result.js';
import { normalizeText } from './text.js';

/**
 * A postal address resolved to GB/T 2260 divisions. Province, city and district codes are
 * the standard six digits (`330000`, `330700`, `330782`); township codes are the statistics
 * bureau's nine digits (`330782001`).
 */
export interface NormalizedAddress {
  provinceCode: string;
  provinceName: string;
  cityCode?: string;
  cityName?: string;
  districtCode?: string;
  districtName?: string;
  townshipCode?: string;
  townshipName?: string;
  /** Road or street name, e.g. 荔园中大道. */
  street?: string;
  /** Door number, e.g. 88号. */
  number?: string;
  /** e.g. 3栋, A座, 3栋2单元. */
  building?: string;
  /** e.g. 502室, or a floor (5楼) when no room is given. */
  room?: string;
  /** Whatever remains after the parts above, normalised. */
  detail: string;
  /** Most precise administrative level resolved. */
  level: AdminLevel;
  /** Canonical matching key: the same place written ten ways gives the same key. */
  key: string;
  /** Township code if known, else district code, else city code (else province code): the `Location` cluster. */
  clusterCode: string;
}

// "收货地址:", "发货地:", "仓库:", "收件人:张三", "电话:": labels that platforms' exports glue onto addresses.
const LABELS = /(?:收货|收件|发货|退货|寄件|送货|联系|详细|注册|经营|仓库|店铺|公司)?地址\s*:?|(?:收货|发货|退货|寄件|注册|经营|所在|仓储|产)地\s*:|(?:仓库|发货|退货|寄件|收货)\s*:|所在地区?\s*:?|(?:收件人|收货人|联系人|寄件人|姓名)\s*:\s*[^\s,;]{1,10}|(?:联系电话|手机号码|手机号|手机|电话|\b(?:tel|mobile)\b)\s*(?::|(?=\+?\d))|邮编\s*:?\s*\d{6}/gi;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;
const LANDLINE = /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3}-)\s?\d{7,8}(?:-\d{1,5})?(?!\d)/g;
const SEPARATORS = /[\s,;、|]+/;
const NOT_ADDRESS_CHARS = /[^\p{L}\p{N}#-]/gu;
const COUNTRY = /^(?:中华人民共和国|中国大陆|中国)/;

/** Removes labels, phone numbers and a leading recipient name, then all spaces and punctuation. */
function cleanAddress(raw: string): string {
  const text = normalizeText(raw).replace(LABELS, ' ').replace(MOBILE, ' ').replace(LANDLINE, ' ');
  const tokens = text.split(SEPARATORS).map((t) => t.replace(NOT_ADDRESS_CHARS, '')).filter((t) => t !== '');
  // "张三 浙江省…", "到付 浙江省…": a word without digits before the first division is the
  // recipient or a note, not a place.
  while (tokens.length > 1 && !/\d/.test(tokens[0]) && !startsWithDivision(tokens[0].replace(COUNTRY, '')) && startsWithDivision(tokens[1].replace(COUNTRY, ''))) {
    tokens.shift();
  }
  return tokens.join('').replace(COUNTRY, '');
}

function gbCode(code: string): string {
  return code.length < 6 ? code.padEnd(6, '0') : code;
}

// GB/T 2260's placeholder rows under the municipalities read better as the municipality's name.
function cityDisplayName(city: AdminUnit): string {
  return /^(?:市辖区|县)$/.test(city.name) && city.parent ? city.parent.name : city.name;
}

function unitsByLevel(unit: AdminUnit): Partial<Record<AdminLevel, AdminUnit>> {
  const byLevel: Partial<Record<AdminLevel, AdminUnit>> = {};
  for (let u: AdminUnit | undefined = unit; u; u = u.parent) byLevel[u.level] = u;
  return byLevel;
}

/**
 * Normalises a Chinese postal address: full-width and traditional forms, labels, phone numbers
 * and a leading recipient name removed; province, city, district and township resolved to
 * GB/T 2260 codes even when suffixes are missing (浙江金华义乌), parents inferred from an
 * unambiguous city or district (义乌市, 莆田), ambiguous names (朝阳区) decided by the other
 * names or left at the level that is certain; then road, door number, building and room.
 */
export function normalizeAddress(raw: string): Normalized<NormalizedAddress> {
  const text = cleanAddress(raw);
  if (text === '') return reject('Address is empty.');
  const admin = matchAdmin(text);
  if (!admin.ok) return admin;

  const units = unitsByLevel(admin.value.unit);
  const province = units.PROVINCE ?? ADMIN_INDEX.units.get(admin.value.unit.code.slice(0, 2));
  if (!province) return reject('No province could be recognised in the address.');
  const parts = parseDetail(text.slice(admin.value.end));

  const value: NormalizedAddress = {
    provinceCode: gbCode(province.code),
    provinceName: province.name,
    detail: parts.detail,
    level: admin.value.unit.level,
    key: '',
    clusterCode: gbCode(admin.value.unit.code),
  };
  if (units.CITY) [value.cityCode, value.cityName] = [gbCode(units.CITY.code), cityDisplayName(units.CITY)];
  if (units.DISTRICT) [value.districtCode, value.districtName] = [units.DISTRICT.code, units.DISTRICT.name];
  if (units.TOWNSHIP) [value.townshipCode, value.townshipName] = [units.TOWNSHIP.code, units.TOWNSHIP.name];
  if (parts.street) value.street = parts.street;
  if (parts.number) value.number = parts.number;
  if (parts.building) value.building = parts.building;
  if (parts.room) value.room = parts.room;

  // With a road named, the township adds nothing (a road lies in one district) but is often
  // left out, so the key stops at the district for "义乌市工人北路88号" and
  // "义乌市稠城街道工人北路88号" to meet. Without a road, the leftover text (village,
  // estate) is what tells places apart, and the township stays.
  const place = parts.street ?? parts.detail;
  const keyUnit = parts.street ? (units.DISTRICT ?? admin.value.unit) : admin.value.unit;
  const fields = [gbCode(keyUnit.code), place, parts.number ?? '', parts.building ?? '', parts.room ?? ''];
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  value.key = fields.join('|');
  return accept(value);
}
