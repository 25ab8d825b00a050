import { luhnValid } from './luhn.js';
import { accept, reject, type Normalized } from './result.js';
import { normalizeText, stripSpaces } from './text.js';

export interface NormalizedDeviceId {
  canonical: string;
}

// A type label before the id: "IMEI:35…", "IMEI 35…" (spaces are gone by then: "imei35…").
// Without a separator it is stripped only when what follows is a whole hex id, so that an id
// which merely starts with the letters ("macbook-…") keeps them.
const LABEL = /^(?:imei|idfa|idfv|oaid|androidid|android_id|meid|mac)(?:[:=]|(?=[0-9a-f-]{12,}$))/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX32 = /^[0-9a-f]{32}$/;
// Only with separators: twelve bare hex digits may be any vendor's id.
const MAC = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}$/;
const ANDROID_ID = /^[0-9a-f]{16}$/;
const MEID = /^[0-9a-f]{14}$/;
const OTHER_ID = /^[0-9a-z][0-9a-z._:-]{7,127}$/;
// Ids that many devices report at once (tracking disabled, emulators, a known Android 2.2 bug):
// they identify no device and would glue unrelated sellers together.
const SHARED_PLACEHOLDERS = new Set(['9774d56d682e549c', '000000000000000', '004999010640000', '012345678901237']);

/**
 * Normalises a device identifier: an IMEI (15 digits, Luhn-checked, separators removed), an
 * IDFA / IDFV / OAID UUID (lower-case, dashed), an Android id or MEID (lower-case hex), a MAC
 * address (lower-case, colon-separated), or another vendor id (trimmed, lower-cased).
 * All-zero and other shared placeholder ids are rejected.
 */
export function normalizeDeviceId(raw: string): Normalized<NormalizedDeviceId> {
  const text = stripSpaces(normalizeText(raw)).toLowerCase().replace(LABEL, '');
  if (text === '') return reject('Device id is empty.');
  if (/^([0-9a-z])\1*$/.test(text.replace(/[-:]/g, ''))) return reject('Device id is a placeholder (one repeated character), not a real device.');

  const digits = text.replace(/[-/.]/g, '');
  if (/^\d{15}$/.test(digits)) {
    if (SHARED_PLACEHOLDERS.has(digits)) return reject('Device id is a well-known placeholder IMEI, not a real device.');
    if (!luhnValid(digits)) return reject('IMEI fails its Luhn check digit.');
    return accept({ canonical: digits });
  }
  if (UUID.test(text)) return accept({ canonical: text });
  if (HEX32.test(text)) return accept({ canonical: dashUuid(text) });
  if (MAC.test(text)) return accept({ canonical: text.replace(/[:-]/g, '').replace(/(..)(?!$)/g, '$1:') });
  if (ANDROID_ID.test(text) || MEID.test(text)) {
    if (SHARED_PLACEHOLDERS.has(text)) return reject('Device id is a well-known placeholder Android id, not a real device.');
    return accept({ canonical: text });
  }
  if (OTHER_ID.test(text)) return accept({ canonical: text });
  return reject('Device id is not an IMEI, UUID, Android id, MAC address or other recognisable id.');
}

function dashUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
