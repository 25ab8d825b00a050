import { ADMIN_INDEX, townshipIndex, type AdminUnit, type NameIndex } from './address-index.js';
import { accept, reject, type Normalized } from './result.js';

/** The administrative part found at the head of an address, and where it ends. */
export interface AdminMatch {
  /** The most precise division that is certain. */
  unit: AdminUnit;
  /** Index in the text just after the last administrative name used. */
  end: number;
}

interface Candidate {
  unit: AdminUnit;
  length: number;
  alias: boolean;
}

/** The names read at one position: every division they may mean, and whether they add anything. */
interface Reading {
  units: AdminUnit[];
  length: number;
  alias: boolean;
  /** The name repeats what is known (北京北京市, 义乌市…浙江) rather than narrowing it. */
  redundant: boolean;
}

// A short name followed by these is the start of a road or a place, not a division:
// 天河北路 is a road in 天河区 and says nothing certain about it.
const ALIAS_STOP = /^(?:[东西南北中]?(?:大道|大街|路|街(?!道)|巷|弄|胡同|道|桥|村|里|小区|花园|广场|大厦|公寓|工业))/;
// What people add after a short name that is not part of the full one: 广西自治区, 义乌县,
// 莆田地区, 石井镇 (now 石井街道).
const REDUNDANT_TYPE = /^(?:自治区|自治州|自治县|地区|新区|街道|省|市|区|县|旗|盟|镇|乡)/;

function isWithin(unit: AdminUnit, ancestor: AdminUnit): boolean {
  return unit.code.length > ancestor.code.length && unit.code.startsWith(ancestor.code);
}

function lookup(index: NameIndex, text: string, pos: number, found: Candidate[]): void {
  for (const length of index.lengths.get(text[pos]) ?? []) {
    if (pos + length > text.length) continue;
    const piece = text.slice(pos, pos + length);
    for (const unit of index.full.get(piece) ?? []) found.push({ unit, length, alias: false });
    const aliased = index.alias.get(piece);
    if (aliased && !ALIAS_STOP.test(text.slice(pos + length, pos + length + 4))) {
      for (const unit of aliased) found.push({ unit, length, alias: true });
    }
  }
}

/** The best-ranked names at `pos` that fit what is known: longest, then full names before short ones. */
function bestAt(text: string, pos: number, known: readonly AdminUnit[]): Reading | undefined {
  const found: Candidate[] = [];
  lookup(ADMIN_INDEX.names, text, pos, found);
  // Township names are only trusted under a known division, or when nothing else matched.
  if (known.length > 0 || found.length === 0) lookup(townshipIndex(), text, pos, found);

  const fitting = found.filter((c) => known.length === 0 || known.some((k) => isWithin(c.unit, k)));
  const redundant = found.filter((c) => known.some((k) => k === c.unit || isWithin(k, c.unit)));
  const pool = fitting.length > 0 ? fitting : redundant;
  if (pool.length === 0) return undefined;
  // Without context a township must be named in full: its short names are too common.
  const usable = known.length === 0 ? pool.filter((c) => c.unit.level !== 'TOWNSHIP' || !c.alias) : pool;
  if (usable.length === 0) return undefined;

  const length = Math.max(...usable.map((c) => c.length));
  const longest = usable.filter((c) => c.length === length);
  const alias = longest.every((c) => c.alias);
  const ranked = longest.filter((c) => c.alias === alias);
  // 辽宁朝阳 means 朝阳市 (or its 朝阳县), not one of the province's townships called 朝阳.
  const aboveTownship = ranked.filter((c) => c.unit.level !== 'TOWNSHIP');
  const units = [...new Set((aboveTownship.length > 0 ? aboveTownship : ranked).map((c) => c.unit))];
  return { units, length, alias, redundant: fitting.length === 0 };
}

function chain(unit: AdminUnit): AdminUnit[] {
  const units: AdminUnit[] = [];
  for (let u: AdminUnit | undefined = unit; u; u = u.parent) units.unshift(u);
  return units;
}

/** 北京市朝阳区 rather than 北京市市辖区朝阳区: the placeholder rows are not names people use. */
function fullName(unit: AdminUnit): string {
  return chain(unit)
    .filter((u) => !/^(?:市辖区|县)$/.test(u.name))
    .map((u) => u.name)
    .join('');
}

/** The deepest division shared by every candidate, or undefined when they are in different provinces. */
function commonAncestor(units: readonly AdminUnit[]): AdminUnit | undefined {
  const chains = units.map(chain);
  let common: AdminUnit | undefined;
  for (let depth = 0; chains.every((c) => c[depth] !== undefined && c[depth] === chains[0][depth]); depth++) {
    common = chains[0][depth];
  }
  return common;
}

/** Descends while there is only one way down: 北京市 → its one city, 东莞市 → its one district row. */
function onlyChildDescent(unit: AdminUnit): AdminUnit {
  let current = unit;
  while (current.level !== 'DISTRICT' && current.childCount === 1 && current.firstChild) current = current.firstChild;
  return current;
}

/**
 * Reads province, city, district and township names from the head of `text` (already cleaned:
 * no spaces or punctuation). Each name must lie within what was read before it; a name that
 * fits several divisions is kept open until a later name decides, and otherwise the result
 * stops at the deepest division they share.
 */
export function matchAdmin(text: string): Normalized<AdminMatch> {
  let known: AdminUnit[] = [];
  let pos = 0;
  let end = 0;
  while (pos < text.length) {
    // "浙江省-金华市-义乌市": dashes between names are separators.
    while (text[pos] === '-') pos++;
    const best = bestAt(text, pos, known);
    if (!best) break;
    pos += best.length;
    if (!best.redundant) known = best.units;
    if (best.alias) {
      const extra = REDUNDANT_TYPE.exec(text.slice(pos));
      if (extra && !bestAt(text, pos, known)) pos += extra[0].length;
    }
    end = pos;
  }
  if (known.length === 0) return reject('No province, city or district could be recognised in the address.');
  const common = commonAncestor(known);
  if (!common) {
    const places = known.map(fullName).join(', ');
    return reject(`Address is ambiguous: ${text.slice(0, end)} could be ${places}; add the province or city.`);
  }
  return accept({ unit: onlyChildDescent(common), end });
}

/** True when `text` starts with the name of some division, even an ambiguous one. */
export function startsWithDivision(text: string): boolean {
  return bestAt(text, 0, []) !== undefined;
}
