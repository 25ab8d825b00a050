import { normalizeAddress as normalizeAddressUncached } from './address.js';
import { memoize } from './memo.js';
import { normalizePhone as normalizePhoneUncached } from './phone.js';

export type { Normalized } from './result.js';
export { normalizeText } from './text.js';
export { luhnValid } from './luhn.js';
export type { NormalizedPhone, PhoneKind } from './phone.js';
export { normalizeEmail, type NormalizedEmail } from './email.js';
export type { NormalizedAddress } from './address.js';
export type { AdminLevel } from './address-index.js';
export { normalizePaymentAccount, type NormalizedPaymentAccount } from './payment.js';
export { normalizeResidentId, type NormalizedResidentId } from './resident-id.js';
export { normalizeDeviceId, type NormalizedDeviceId } from './device.js';
export { normalizeIp, type NormalizedIp } from './ip.js';
export { normalizeWaybill, type NormalizedWaybill } from './waybill.js';
export { nameKey } from './name.js';
export { identifierKey } from './identifier-key.js';
export { memoize } from './memo.js';

// The two costliest normalisers remember recent results: the same warehouse address or ring
// phone arrives in many referrals. Results are shared between callers: never mutate them.
export const normalizeAddress = memoize(normalizeAddressUncached, 50_000);
export const normalizePhone = memoize(normalizePhoneUncached, 50_000);
