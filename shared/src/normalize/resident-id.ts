import { accept, reject, type Normalized } from './result.js';
import { normalizeText, stripSpaces } from './text.js';

export interface NormalizedResidentId {
  /** 18 characters, check character `X` upper-case. */
  canonical: string;
  /** `3301**********123X` */
  masked: string;
  /** `YYYY-MM-DD` */
  birthDate: string;
  /** The six-digit GB/T 2260 code of the place of first registration. */
  regionCode: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// Mainland provinces, plus 81/82/83 used by residence permits of Hong Kong, Macao and Taiwan residents.
const REGION_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '81', '82', '83',
]);

/** The GB 11643 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/**
 * Normalises a PRC resident identity card number (GB 11643): 18 characters with a valid check
 * character, a real birth date not in the future and a known province prefix. A 15-digit
 * first-generation number is upgraded to 18 characters, as the issuing system does.
 */
export function normalizeResidentId(raw: string): Normalized<NormalizedResidentId> {
  let id = stripSpaces(normalizeText(raw)).toUpperCase();
  if (id === '') return reject('Resident ID number is empty.');
  if (/^\d{15}$/.test(id)) {
    const first17 = `${id.slice(0, 6)}19${id.slice(6)}`;
    id = first17 + residentIdCheckChar(first17);
  }
  if (!/^\d{17}[\dX]$/.test(id)) return reject('Resident ID number must be 17 digits followed by a digit or X.');
  if (!REGION_PREFIXES.has(id.slice(0, 2))) return reject('Resident ID number does not start with a known province code.');
  const birthDate = birthDateOf(id.slice(6, 14));
  if (!birthDate) return reject('Resident ID number does not contain a valid birth date.');
  if (residentIdCheckChar(id) !== id[17]) return reject('Resident ID number fails its check character: a digit is wrong.');
  return accept({ canonical: id, masked: `${id.slice(0, 4)}**********${id.slice(-4)}`, birthDate, regionCode: id.slice(0, 6) });
}

function birthDateOf(yyyymmdd: string): string | undefined {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || date.getTime() > Date.now()) return undefined;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}
