import { pinyin } from 'pinyin-pro';
import { normalizeText } from './text.js';

// Words that say what kind of shop or company it is, not which one: "耐克官方旗舰店" and
// "耐克专卖店" should meet. Longest first so that "有限公司" goes before "公司".
const SHOP_NOISE = /股份有限公司|有限责任公司|有限公司|官方旗舰店|旗舰店|专卖店|专营店|直营店|企业店|个人店|工厂店|折扣店|精品店|官方店|店铺|小店|网店|官方|公司/g;
const TRAILING_SHOP = /(?:商行|商店|店|铺)$/;
const NOT_NAME_CHARS = /[^\p{L}\p{N}]/gu;
const HAN = /\p{Script=Han}/u;

/**
 * A key for fuzzy matching of person, shop and company names: text normalised (full-width,
 * traditional), punctuation and spaces removed, shop words (旗舰店, 专卖店, 官方, 有限公司, a
 * trailing 店 …) removed, Chinese turned into toneless pinyin (ü as v), Latin lower-cased.
 * `张 伟`, `張偉` and `zhang wei` all give `zhangwei`. Empty when nothing nameable is left.
 */
export function nameKey(raw: string): string {
  const text = normalizeText(raw).replace(NOT_NAME_CHARS, '');
  const stripped = text.replace(SHOP_NOISE, '').replace(TRAILING_SHOP, '');
  // A name made only of shop words ("旗舰店") keeps them rather than becoming empty.
  const name = stripped === '' ? text : stripped;
  const spelled = HAN.test(name) ? pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).join('') : name;
  return spelled.toLowerCase().replace(NOT_NAME_CHARS, '');
}
