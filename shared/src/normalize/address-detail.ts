/** What lies below the township in an address: road, door number, building and room. */
export interface AddressDetail {
  street?: string;
  number?: string;
  building?: string;
  room?: string;
  /** Whatever is left (village, estate or tower names, notes), without punctuation. */
  detail: string;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_NUMBER = /[零〇一二两三四五六七八九十百千]+(?=号|栋|幢|单元|室|层|楼|座)/g;
// "88号" and "88-1号" are door numbers, Beijing's "88号院" too; "3号楼" and "502号房" are not.
const DOOR_NUMBER = /(\d+(?:-\d+)?)号院?(?![楼房])/;
const ROAD_END = /(?:大道|大街|胡同|路|街|巷|弄|道)(?:[东西南北中]段|\d+段)?(?:\d+(?:支弄|弄|巷))?$/;
const ROAD_ANYWHERE = /(?:大道|大街|胡同|路|街(?!道)|巷|弄)(?:[东西南北中]段|\d+段)?/;
// Places that end before a road name begins: 某某社区工人北路 is the road 工人北路.
const BEFORE_ROAD = /社区|小区|村委会|居委会|村|组|工业园|园区|开发区|镇|乡|街道|片区|大厦|广场|市场|区|\d+号/g;
const BUILDING = /([A-Z]?\d+[A-Z]?|[A-Z])(?:栋|幢|座|号楼|楼栋)/;
const UNIT = /(\d+)单元/;
const ROOM = /(\d+)(?:号房|房间|室|房)/;
const FLOOR = /(\d+)(?:楼|层|F)(?!\d)/;
const BUILDING_UNIT_ROOM = /(\d+)-(\d+)-(\d+)室?$/;
const BUILDING_ROOM = /(\d+)-(\d{3,5})室?$/;
const BARE_ROOM = /^-?(\d{3,5})(?![\d号栋幢座])室?/;

function chineseNumber(text: string): string {
  if (!/[十百千]/.test(text)) return [...text].map((ch) => CN_DIGITS[ch]).join('');
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '十') total += (current || 1) * 10;
    else if (ch === '百') total += current * 100;
    else if (ch === '千') total += current * 1000;
    else {
      current = CN_DIGITS[ch];
      continue;
    }
    current = 0;
  }
  return String(total + current);
}

/** Chinese numerals before 号/栋/室…, `#` as 号, Latin letters upper-case. */
function canonicalDetail(text: string): string {
  return text
    .toUpperCase()
    .replace(CN_NUMBER, chineseNumber)
    .replace(/#楼/g, '号楼')
    .replace(/(\d+)#(?=\d)/g, '$1栋')
    .replace(/#/g, '号');
}

/** The road name at the end of `text`, starting after the last place name before it. */
function roadAtEnd(text: string): { street: string; before: string } | undefined {
  const end = ROAD_END.exec(text);
  if (!end || /街道$/.test(text)) return undefined;
  let start = 0;
  for (const boundary of text.matchAll(BEFORE_ROAD)) {
    const from = boundary.index + boundary[0].length;
    // At least two characters of name must remain: 新村路 is a road, not 新村 + 路.
    if (from <= end.index - 2) start = from;
  }
  return { street: text.slice(start), before: text.slice(0, start) };
}

/** Finds `pattern` in `text` and returns its groups and the text with it cut out. */
function take(text: string, pattern: RegExp): { groups: string[]; rest: string } | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return { groups: match.slice(1), rest: text.slice(0, match.index) + text.slice(match.index + match[0].length) };
}

function buildingName(id: string): string {
  return /^[A-Z]$/.test(id) ? `${id}座` : `${id}栋`;
}

/** Building, unit and room in what follows the door number. */
function parseUnitPart(text: string): Pick<AddressDetail, 'building' | 'room'> & { rest: string } {
  let rest = text;
  let building: string | undefined;
  let room: string | undefined;

  const found = BUILDING.exec(rest);
  if (found) {
    building = buildingName(found[1]);
    let after = rest.slice(found.index + found[0].length);
    const unit = UNIT.exec(after);
    if (unit && unit.index === 0) {
      building += `${unit[1]}单元`;
      after = after.slice(unit[0].length);
    }
    const bare = BARE_ROOM.exec(after);
    if (bare) {
      room = `${bare[1]}室`;
      after = after.slice(bare[0].length);
    }
    rest = rest.slice(0, found.index) + after;
  } else {
    const triple = take(rest, BUILDING_UNIT_ROOM);
    const pair = triple ? undefined : take(rest, BUILDING_ROOM);
    if (triple) {
      [building, room, rest] = [`${triple.groups[0]}栋${triple.groups[1]}单元`, `${triple.groups[2]}室`, triple.rest];
    } else if (pair) {
      [building, room, rest] = [`${pair.groups[0]}栋`, `${pair.groups[1]}室`, pair.rest];
    }
  }
  if (!room) {
    const explicitRoom = take(rest, ROOM);
    // A floor stands in for the room only when no room is given.
    const floor = explicitRoom ? undefined : take(rest, FLOOR);
    if (explicitRoom) [room, rest] = [`${explicitRoom.groups[0]}室`, explicitRoom.rest];
    else if (floor) [room, rest] = [`${floor.groups[0]}楼`, floor.rest];
  }
  return { building, room, rest };
}

/**
 * Splits what follows the administrative names into road, door number, building (with unit)
 * and room, each in one canonical spelling: 八十八號 → 88号, 3幢 / 3号楼 / 3#楼 → 3栋,
 * a座 → A座, 502 / 502室 → 502室, 3-502 → 3栋 + 502室.
 */
export function parseDetail(raw: string): AddressDetail {
  const text = canonicalDetail(raw);
  const result: AddressDetail = { detail: '' };
  let before = text;
  let after = '';

  const door = DOOR_NUMBER.exec(text);
  if (door) {
    result.number = `${door[1]}号`;
    before = text.slice(0, door.index);
    after = text.slice(door.index + door[0].length);
    const road = roadAtEnd(before);
    if (road) [result.street, before] = [road.street, road.before];
  } else {
    const road = ROAD_ANYWHERE.exec(text);
    const found = road ? roadAtEnd(text.slice(0, road.index + road[0].length)) : undefined;
    if (road && found) {
      result.street = found.street;
      before = found.before;
      after = text.slice(road.index + road[0].length);
    }
  }

  const units = parseUnitPart(door || result.street ? after : before);
  if (units.building) result.building = units.building;
  if (units.room) result.room = units.room;
  const leftover = door || result.street ? before + units.rest : units.rest;
  result.detail = leftover.replace(/^-+|-+$/g, '');
  return result;
}
