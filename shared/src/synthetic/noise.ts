// Formatting noise: how the same identifier is written differently from one referral to the next.
// Every variant keeps the canonical value recoverable (digits, case, script, spacing, labels and
// administrative suffixes change; the entity does not), which is what the normaliser must undo.
import type { AddressRole } from '../enums.js';
import { placePrefix, type Place } from './places.js';
import type { Rng } from './random.js';

/** ASCII → full-width forms (U+FF01…U+FF5E), spaces → ideographic space. */
export function toFullWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += c >= 0x21 && c <= 0x7e ? String.fromCharCode(c + 0xfee0) : c === 0x20 ? '\u3000' : ch;
  }
  return out;
}

function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

// Simplified → traditional for the characters of our place names, roads and labels. Only
// one-to-one pairs; ambiguous characters (后, 里, 岳…) stay as they are.
const SIMPLIFIED = '广东云区县镇宝龙华苏义乌阳兰门汉庆湾厂业园号栋层库仓头厢晋狮宁桥丰凤岭兴乡场边国欢芦泾车颛陇颍伦长发达贸环腾滨团结宾红风图运递转拨韵圆顺极网点货册储务莲渎陈闻观澜强灵济历陕郑开辽厦绍设创学胜楼吴庄';
const TRADITIONAL = '廣東雲區縣鎮寶龍華蘇義烏陽蘭門漢慶灣廠業園號棟層庫倉頭廂晉獅寧橋豐鳳嶺興鄉場邊國歡蘆涇車顓隴潁倫長發達貿環騰濱團結賓紅風圖運遞轉撥韻圓順極網點貨冊儲務蓮瀆陳聞觀瀾強靈濟歷陝鄭開遼廈紹設創學勝樓吳莊';
const TO_TRADITIONAL = new Map<string, string>();
for (let i = 0; i < SIMPLIFIED.length; i++) TO_TRADITIONAL.set(SIMPLIFIED[i], TRADITIONAL[i]);

/** Traditional characters for the simplified ones this module knows. */
export function toTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += TO_TRADITIONAL.get(ch) ?? ch;
  return out;
}

/** A mobile (11 digits), fixed line (0 + area code + local) or service line (400…, 95…). */
export function renderPhone(digits: string, rng: Rng, noisy: boolean): string {
  if (digits.startsWith('400')) {
    const clean = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    return noisy ? rng.pick([digits, clean.replace(/-/g, ' '), toFullWidth(clean)]) : clean;
  }
  if (digits.startsWith('95')) return noisy ? toFullWidth(digits) : digits;
  if (digits.startsWith('0')) return renderLandline(digits, rng, noisy);
  if (!noisy) return digits;
  const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)];
  switch (rng.int(0, 7)) {
    case 0:
      return `+86 ${a} ${b} ${c}`;
    case 1:
      return `0086-${digits}`;
    case 2:
      return toFullWidth(digits);
    case 3:
      return `${a}-${b}-${c}`;
    case 4:
      return `${a} ${b} ${c}`;
    case 5:
      return `+86${digits}`;
    case 6:
      return `(+86)${digits}`;
    default:
      return toFullWidth(`+86 ${a}-${b}-${c}`);
  }
}

function renderLandline(digits: string, rng: Rng, noisy: boolean): string {
  // Area codes are 3 digits (010, 020-029) or 4 digits (0594…).
  const areaLength = /^0(10|2\d)/.test(digits) ? 3 : 4;
  const area = digits.slice(0, areaLength);
  const local = digits.slice(areaLength);
  if (!noisy) return `${area}-${local}`;
  switch (rng.int(0, 4)) {
    case 0:
      return `(${area})${local}`;
    case 1:
      return `${area} ${local}`;
    case 2:
      return `+86 ${area.slice(1)} ${local}`;
    case 3:
      return `0086-${area.slice(1)}-${local}`;
    default:
      return toFullWidth(`${area}-${local}`);
  }
}

/** The parts of an address; the canonical text is their plain concatenation. */
export interface AddressParts {
  place: Place;
  town: string;
  /** Road, number, building, room, or a courier facility's name. */
  detail: string;
}

/** The canonical form: 福建省莆田市荔城区黄石镇工业路88号3栋402室. */
export function canonicalAddress(a: AddressParts): string {
  return placePrefix(a.place) + a.town + a.detail;
}

const ROLE_LABELS: Record<AddressRole, readonly string[]> = {
  SHIPPING_ORIGIN: ['发货地:', '发货地址：', '发货地 '],
  RETURN: ['退货地址:', '退货地址：', '退货 '],
  WAREHOUSE: ['仓库地址:', '仓库：', '库房地址: '],
  REGISTERED: ['注册地址:', '注册地：', '经营地址: '],
};

/** An address as some platform's form would show it; noise changes its spelling only. */
export function renderAddress(a: AddressParts, role: AddressRole | null, rng: Rng, noisy: boolean): string {
  if (!noisy) return canonicalAddress(a);
  const flags = [0, 1, 2, 3, 4].map(() => rng.chance(0.4));
  if (role === null) flags[4] = false;
  if (!flags.some(Boolean)) flags[rng.int(0, 3)] = true;
  const [dropSuffixes, traditional, fullWidth, spaces, label] = flags;
  const p = a.place;
  let province = p.province;
  let city = p.city ?? '';
  let district = p.district;
  if (dropSuffixes) {
    // 浙江省金华市义乌市 → 浙江金华义乌; 上海市松江区 → 上海松江区.
    province = province.replace(/[省市]$/, '');
    city = city.replace(/市$/, '');
    if (district.endsWith('市') && rng.chance(0.5)) district = district.slice(0, -1);
  }
  const sep = spaces ? rng.pick([' ', '  ', '\u3000']) : '';
  let text = [province, city, district, a.town, a.detail].filter((s) => s.length > 0).join(sep);
  if (traditional) text = toTraditional(text);
  if (fullWidth) text = fullWidthDigits(text);
  if (label && role !== null) text = rng.pick(ROLE_LABELS[role]) + text;
  if (spaces && rng.chance(0.5)) text = ` ${text} `;
  return text;
}

/** A bank card number: plain, in groups of four, or in full-width digits. */
export function renderCard(digits: string, rng: Rng, noisy: boolean): string {
  if (!noisy) return digits;
  const groups = digits.match(/.{1,4}/g) ?? [digits];
  return rng.pick([groups.join(' '), groups.join('-'), toFullWidth(digits), `${groups.join(' ')} `]);
}

/** An e-mail address in random letter case (mailboxes are case-insensitive). */
export function renderEmail(email: string, rng: Rng, noisy: boolean): string {
  if (!noisy) return email;
  if (rng.chance(0.3)) return email.toUpperCase();
  let out = '';
  for (const ch of email) out += rng.chance(0.5) ? ch.toUpperCase() : ch;
  // Noise must show: if no letter came out upper-case, capitalise the first one.
  return out === email ? email.replace(/[a-z]/, (c) => c.toUpperCase()) : out;
}

/** A device id: IMEI (15 digits) or IDFA (upper-case UUID). */
export function renderDevice(id: string, rng: Rng, noisy: boolean): string {
  if (!noisy) return id;
  if (id.includes('-')) return rng.chance(0.5) ? id.toLowerCase() : `IDFA:${id.toLowerCase()}`;
  return rng.pick([
    `IMEI:${id}`,
    `${id.slice(0, 2)}-${id.slice(2, 8)}-${id.slice(8, 14)}-${id.slice(14)}`,
    toFullWidth(id),
    `IMEI ${id}`,
  ]);
}

/** A resident ID number: lower-case x, full-width digits or grouped by birth date. */
export function renderResidentId(id: string, rng: Rng, noisy: boolean): string {
  if (!noisy) return id;
  const variants = [toFullWidth(id), `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`];
  if (id.endsWith('X')) variants.push(id.slice(0, 17) + 'x', id.slice(0, 17) + 'x');
  return rng.pick(variants);
}

/** A WeChat id, sometimes padded with spaces by a form. */
export function renderWechat(id: string, rng: Rng, noisy: boolean): string {
  return noisy ? rng.pick([` ${id}`, `${id} `, ` ${id} `]) : id;
}

/** An Alipay user id (2088…), sometimes grouped by four. */
export function renderAlipayUid(id: string, rng: Rng, noisy: boolean): string {
  return noisy ? rng.pick([(id.match(/.{4}/g) ?? [id]).join(' '), toFullWidth(id)]) : id;
}
