import { IdentifierKind, PaymentKind } from '../enums.js';
import {
  identifierKey,
  luhnValid,
  normalizeAddress,
  normalizeDeviceId,
  normalizeEmail,
  normalizeIp,
  normalizePhone,
  normalizeText,
} from '../normalize/index.js';

/**
 * The identifier keys a free-text search may mean, after normalisation: a phone in any
 * spelling, an e-mail, a bank card, an IP, a device id or an address.
 */
export function searchIdentifierKeys(text: string): string[] {
  const raw = normalizeText(text);
  if (raw.length === 0 || raw.length > 300) return [];
  const keys = new Set<string>();
  const phone = normalizePhone(raw);
  if (phone.ok) {
    keys.add(identifierKey(IdentifierKind.PHONE, phone.value.e164));
    for (const kind of [PaymentKind.ALIPAY, PaymentKind.WECHAT_PAY]) {
      keys.add(identifierKey(IdentifierKind.PAYMENT_ACCOUNT, `${kind}:${phone.value.e164}`));
    }
  }
  const email = normalizeEmail(raw);
  if (email.ok) {
    keys.add(identifierKey(IdentifierKind.EMAIL, email.value.canonical));
    keys.add(identifierKey(IdentifierKind.PAYMENT_ACCOUNT, `${PaymentKind.ALIPAY}:${email.value.canonical}`));
  }
  const digits = raw.replace(/[\s-]/g, '');
  if (/^\d{12,19}$/.test(digits) && luhnValid(digits)) {
    keys.add(identifierKey(IdentifierKind.PAYMENT_ACCOUNT, `${PaymentKind.BANK_CARD}:${digits}`));
  }
  const ip = normalizeIp(raw);
  if (ip.ok) keys.add(identifierKey(IdentifierKind.IP, ip.value.canonical));
  const device = normalizeDeviceId(raw);
  if (device.ok) keys.add(identifierKey(IdentifierKind.DEVICE, device.value.canonical));
  if (/[省市区县镇乡街道路号]/.test(raw)) {
    const address = normalizeAddress(raw);
    if (address.ok) keys.add(identifierKey(IdentifierKind.ADDRESS, address.value.key));
  }
  return [...keys];
}
