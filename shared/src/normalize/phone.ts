import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { accept, reject, type Normalized } from './result.js';
import { normalizeText } from './text.js';

export type PhoneKind = 'MOBILE' | 'LANDLINE' | 'OTHER';

export interface NormalizedPhone {
  /** E.164, e.g. `+8613800138000`, `+8657188888888`. */
  e164: string;
  kind: PhoneKind;
  /** Digits of an extension (`转123`, `ext 123`, `-123` after a full landline). */
  extension?: string;
  /** For display to people who may not see the number: `138****8000`, `0571-****8888`. */
  masked: string;
}

const LABEL = /^(?:(?:联系|手机|移动|固定|办公|座机|客服)?(?:电话|手机|号码|号)|tel|phone|mobile|mob)\s*[:.]?\s*/i;
const EXTENSION_SUFFIX = /\s*(?:转|分机|ext\.?|extension|x|#)\s*(\d{1,6})$/i;
const DASH_SUFFIX = /^(.*\d)\s*-\s*(\d{1,5})$/;
const PHONE_CHARS = /^[+\d\s().\-]+$/;

/**
 * Normalises a phone number to E.164, default region CN: full-width digits, `+86` / `0086` /
 * `86` prefixes, area codes with or without brackets, separators and extensions (`转`, `ext`,
 * a short group after a complete landline). Accepts valid foreign numbers written with `+`.
 */
export function normalizePhone(raw: string): Normalized<NormalizedPhone> {
  let text = normalizeText(raw).replace(LABEL, '');
  if (text === '') return reject('Phone number is empty.');

  let extension: string | undefined;
  const ext = EXTENSION_SUFFIX.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  if (!PHONE_CHARS.test(text)) return reject('Phone number contains characters other than digits and separators.');

  // "0086…" is the international dialling form of "+86…"; libphonenumber only knows "00" from CN.
  text = text.replace(/^\s*00\s*86/, '+86');
  let parsed = parse(text);
  if (!parsed && extension === undefined) {
    // "0571-88888888-123": the last short group is an extension when what precedes is complete.
    const dash = DASH_SUFFIX.exec(text);
    const base = dash ? parse(dash[1]) : undefined;
    if (dash && base && kindOf(base) === 'LANDLINE') {
      parsed = base;
      extension = dash[2];
    }
  }
  if (!parsed) return reject('Not a valid phone number for its region.');

  const kind = kindOf(parsed);
  const value: NormalizedPhone = { e164: parsed.number, kind, masked: maskPhone(parsed, kind) };
  if (extension !== undefined) value.extension = extension;
  return accept(value);
}

function parse(text: string): PhoneNumber | undefined {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 17) return undefined;
  const parsed = parsePhoneNumberFromString(text, 'CN');
  return parsed && parsed.isValid() && !parsed.ext ? parsed : undefined;
}

function kindOf(phone: PhoneNumber): PhoneKind {
  switch (phone.getType()) {
    case 'MOBILE':
      return 'MOBILE';
    case 'FIXED_LINE':
      return 'LANDLINE';
    default:
      return 'OTHER';
  }
}

/** Keeps what identifies the number to its owner (prefix, last four) and hides the rest. */
function maskPhone(phone: PhoneNumber, kind: PhoneKind): string {
  const national = phone.nationalNumber as string;
  const last4 = national.slice(-4);
  if (phone.countryCallingCode === '86') {
    if (kind === 'MOBILE') return `${national.slice(0, 3)}****${last4}`;
    if (kind === 'LANDLINE') {
      // Beijing, Shanghai, Tianjin, Chongqing and the 02x cities have two-digit area codes.
      const areaLength = /^(?:10|2\d)/.test(national) ? 2 : 3;
      return `0${national.slice(0, areaLength)}-****${last4}`;
    }
  }
  return `+${phone.countryCallingCode} ${'*'.repeat(Math.max(national.length - 4, 0))}${last4}`;
}
