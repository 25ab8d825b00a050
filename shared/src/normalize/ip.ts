import { accept, reject, type Normalized } from './result.js';
import { normalizeText, stripSpaces } from './text.js';

export interface NormalizedIp {
  /** IPv4 dotted decimal without leading zeros, or IPv6 in RFC 5952 form. */
  canonical: string;
  version: 4 | 6;
}

/**
 * Normalises an IP address: IPv4 to dotted decimal without leading zeros (zero-padded octets
 * such as `192.168.001.010` are read as decimal), IPv6 to its RFC 5952 text (lower-case,
 * leading zeros dropped, the longest run of zero groups as `::`). A `:port` or `[v6]:port`
 * suffix is dropped; an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) becomes the IPv4 address.
 * Unspecified and broadcast addresses are rejected: they are nobody's address.
 */
export function normalizeIp(raw: string): Normalized<NormalizedIp> {
  let text = stripSpaces(normalizeText(raw)).toLowerCase();
  if (text === '') return reject('IP address is empty.');

  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(text);
  if (v4WithPort) text = v4WithPort[1];

  if (!text.includes(':')) {
    const v4 = parseIpv4(text);
    if (!v4) return reject('Not a valid IPv4 address: four numbers 0–255 separated by dots.');
    return v4Result(v4);
  }
  if (text.includes('%')) return reject('IPv6 address carries a zone id (%…), which is only meaningful on one host.');
  const groups = parseIpv6(text);
  if (!groups) return reject('Not a valid IPv6 address.');
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return v4Result([groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff]);
  }
  if (groups.every((g) => g === 0)) return reject('The unspecified IPv6 address :: is nobody’s address.');
  return accept({ canonical: formatIpv6(groups), version: 6 });
}

function v4Result(octets: number[]): Normalized<NormalizedIp> {
  const canonical = octets.join('.');
  if (canonical === '0.0.0.0' || canonical === '255.255.255.255') {
    return reject(`${canonical} is a placeholder or broadcast address, nobody’s address.`);
  }
  return accept({ canonical, version: 4 });
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    octets.push(value);
  }
  return octets;
}

/** Eight 16-bit groups, or undefined when the text is not an IPv6 address. */
function parseIpv6(text: string): number[] | undefined {
  let body = text;
  const tail: number[] = [];
  const embedded = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(body);
  if (embedded) {
    const v4 = parseIpv4(embedded[2]);
    if (!v4) return undefined;
    tail.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    body = embedded[1].endsWith('::') ? embedded[1] : embedded[1].slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0]);
  const rest = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !rest) return undefined;
  const given = head.length + rest.length + tail.length;
  if (halves.length === 1) return given === 8 ? [...head, ...tail] : undefined;
  // "::" stands for at least one zero group.
  if (given > 7) return undefined;
  return [...head, ...new Array<number>(8 - given).fill(0), ...rest, ...tail];
}

function parseGroups(part: string): number[] | undefined {
  if (part === '') return [];
  const groups: number[] = [];
  for (const group of part.split(':')) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
    groups.push(parseInt(group, 16));
  }
  return groups;
}

/** RFC 5952 §4: the longest run (first if tied) of two or more zero groups becomes "::". */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
