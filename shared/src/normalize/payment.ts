import { PaymentKind } from '../enums.js';
import { normalizeEmail } from './email.js';
import { luhnValid } from './luhn.js';
import { normalizePhone } from './phone.js';
import { accept, reject, type Normalized } from './result.js';
import { normalizeText, stripSpaces } from './text.js';

export interface NormalizedPaymentAccount {
  kind: PaymentKind;
  /** E.164 phone, lower-cased e-mail, Alipay user id, WeChat id, or card digits. */
  canonical: string;
  masked: string;
}

const ALIPAY_USER_ID = /^2088\d{12}$/;
const WXID = /^wxid_[a-z0-9_-]{4,40}$/;
// WeChat's own rule for chosen ids: 6–20 characters, a letter first, then letters, digits, _ or -.
const WECHAT_ID = /^[a-z][a-z0-9_-]{5,19}$/;
const PHONE_LIKE = /^[+\d\s().-]+$/;
const CARD_SEPARATORS = /[\s-]/g;

/**
 * Normalises a payment account of the given kind.
 * - `ALIPAY`: a mobile number (to E.164), an e-mail (lower-cased), or a 16-digit `2088…` user id.
 * - `WECHAT_PAY`: a `wxid_…` or chosen WeChat id (lower-cased), or a mobile number (to E.164).
 * - `BANK_CARD`: 12–19 digits once spaces and dashes are removed, and passing the Luhn check.
 */
export function normalizePaymentAccount(kind: PaymentKind, raw: string): Normalized<NormalizedPaymentAccount> {
  const text = stripSpaces(normalizeText(raw));
  if (text === '') return reject('Payment account is empty.');
  switch (kind) {
    case PaymentKind.ALIPAY:
      return alipay(text);
    case PaymentKind.WECHAT_PAY:
      return wechatPay(text);
    case PaymentKind.BANK_CARD:
      return bankCard(text);
    default:
      return reject(`Unknown payment kind ${String(kind)}.`);
  }
}

function alipay(text: string): Normalized<NormalizedPaymentAccount> {
  if (text.includes('@')) {
    const email = normalizeEmail(text);
    if (!email.ok) return reject(`Alipay account looks like an e-mail but is not valid: ${email.reason}`);
    return accept({ kind: PaymentKind.ALIPAY, canonical: email.value.canonical, masked: email.value.masked });
  }
  if (ALIPAY_USER_ID.test(text)) {
    return accept({ kind: PaymentKind.ALIPAY, canonical: text, masked: `${text.slice(0, 4)}********${text.slice(-4)}` });
  }
  return mobileAccount(PaymentKind.ALIPAY, text, 'Alipay account is neither a mobile number, an e-mail nor a 2088… user id.');
}

function wechatPay(text: string): Normalized<NormalizedPaymentAccount> {
  const id = text.toLowerCase();
  if (WXID.test(id)) return accept({ kind: PaymentKind.WECHAT_PAY, canonical: id, masked: `wxid_${maskMiddle(id.slice(5))}` });
  if (WECHAT_ID.test(id)) return accept({ kind: PaymentKind.WECHAT_PAY, canonical: id, masked: maskMiddle(id) });
  return mobileAccount(PaymentKind.WECHAT_PAY, text, 'WeChat Pay account is neither a WeChat id nor a mobile number.');
}

function mobileAccount(kind: PaymentKind, text: string, notRecognised: string): Normalized<NormalizedPaymentAccount> {
  if (!PHONE_LIKE.test(text)) return reject(notRecognised);
  const phone = normalizePhone(text);
  if (!phone.ok) return reject(notRecognised);
  // Both wallets log in with a mobile number; a landline or service number is no account.
  if (phone.value.kind === 'LANDLINE') return reject('Payment accounts are opened with a mobile number, not a landline.');
  return accept({ kind, canonical: phone.value.e164, masked: phone.value.masked });
}

function bankCard(text: string): Normalized<NormalizedPaymentAccount> {
  const digits = text.replace(CARD_SEPARATORS, '');
  if (!/^\d+$/.test(digits)) return reject('Bank card number may contain only digits, spaces and dashes.');
  if (digits.length < 12 || digits.length > 19) return reject('Bank card number must have 12 to 19 digits.');
  if (!luhnValid(digits)) return reject('Bank card number fails the Luhn check: a digit is wrong or missing.');
  return accept({ kind: PaymentKind.BANK_CARD, canonical: digits, masked: maskCard(digits) });
}

/** `6222 **** **** 1234`: first four and last four digits, the middle hidden in groups of four. */
function maskCard(digits: string): string {
  const hidden = digits.length - 8;
  const groups: string[] = [];
  for (let left = hidden; left > 0; left -= 4) groups.push('*'.repeat(Math.min(4, left)));
  return [digits.slice(0, 4), ...groups, digits.slice(-4)].join(' ');
}

function maskMiddle(id: string): string {
  return id.length <= 4 ? `${id[0]}***` : `${id.slice(0, 2)}****${id.slice(-2)}`;
}
