import type { AddressRole, EvidenceKind, InfringementType, PaymentKind } from '../enums.js';

/**
 * A lead as a platform sends it (GraphQL input, CSV row or JSON line), before validation and
 * normalisation. The referring platform is the caller's organisation, not a field.
 */
export interface LeadReferral {
  /** Unique per platform: re-sending it updates the lead. */
  externalId: string;
  listingUrl?: string;
  listingTitle?: string;
  brands: string[];
  infringementType: InfringementType;
  /** The platform model's risk score, 0..1. */
  riskScore?: number;
  /** ISO 8601 with offset. */
  observedAt: string;
  /** Value involved as estimated by the platform (price × sales), yuan. */
  estimatedValueYuan?: number;
  seller: SellerReferral;
  phones?: string[];
  emails?: string[];
  addresses?: AddressReferral[];
  paymentAccounts?: PaymentReferral[];
  deviceIds?: string[];
  ips?: string[];
  waybills?: WaybillReferral[];
  evidence?: EvidenceReferral[];
  notes?: string;
}

export interface SellerReferral {
  platformAccountId: string;
  shopName?: string;
  registrationName?: string;
  /** The shop owner's resident ID number (身份证号); stored hashed, shown masked. */
  residentIdNumber?: string;
}

export interface AddressReferral {
  role: AddressRole;
  text: string;
}

export interface PaymentReferral {
  kind: PaymentKind;
  account: string;
  holderName?: string;
}

export interface WaybillReferral {
  courier: string;
  number: string;
  senderAddress?: string;
}

export interface EvidenceReferral {
  kind: EvidenceKind;
  description?: string;
  sha256: string;
}
