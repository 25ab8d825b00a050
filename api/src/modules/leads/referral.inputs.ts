import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { FieldProblemView, LeadView } from './lead.types.js';

// Leaf fields are plain strings on purpose: enums, dates and identifiers are checked per
// referral by the shared validator, so one bad referral in a batch cannot fail the others.

@InputType()
export class SellerReferralInput {
  @Field(() => String) platformAccountId!: string;
  @Field(() => String, { nullable: true }) shopName?: string;
  @Field(() => String, { nullable: true }) registrationName?: string;
  @Field(() => String, { nullable: true, description: 'Stored only as a keyed hash and a masked form' }) residentIdNumber?: string;
}

@InputType()
export class AddressReferralInput {
  @Field(() => String, { description: 'SHIPPING_ORIGIN, RETURN, WAREHOUSE or REGISTERED' }) role!: string;
  @Field(() => String) text!: string;
}

@InputType()
export class PaymentReferralInput {
  @Field(() => String, { description: 'ALIPAY, WECHAT_PAY or BANK_CARD' }) kind!: string;
  @Field(() => String) account!: string;
  @Field(() => String, { nullable: true }) holderName?: string;
}

@InputType()
export class WaybillReferralInput {
  @Field(() => String) courier!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { nullable: true }) senderAddress?: string;
}

@InputType()
export class EvidenceReferralInput {
  @Field(() => String) kind!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String) sha256!: string;
}

@InputType()
export class LeadReferralInput {
  @Field(() => String, { description: 'Unique per platform; re-sending it updates the lead' }) externalId!: string;
  @Field(() => String, { nullable: true }) listingUrl?: string;
  @Field(() => String, { nullable: true }) listingTitle?: string;
  @Field(() => [String]) brands!: string[];
  @Field(() => String, { description: 'COUNTERFEIT, TRADEMARK, COPYRIGHT, LOOK_ALIKE, LOGO_SMEAR or BRAND_NAME_STACKING' })
  infringementType!: string;
  @Field(() => Float, { nullable: true }) riskScore?: number;
  @Field(() => String, { description: 'ISO 8601 with offset' }) observedAt!: string;
  @Field(() => Float, { nullable: true }) estimatedValueYuan?: number;
  @Field(() => SellerReferralInput) seller!: SellerReferralInput;
  @Field(() => [String], { nullable: true }) phones?: string[];
  @Field(() => [String], { nullable: true }) emails?: string[];
  @Field(() => [AddressReferralInput], { nullable: true }) addresses?: AddressReferralInput[];
  @Field(() => [PaymentReferralInput], { nullable: true }) paymentAccounts?: PaymentReferralInput[];
  @Field(() => [String], { nullable: true }) deviceIds?: string[];
  @Field(() => [String], { nullable: true }) ips?: string[];
  @Field(() => [WaybillReferralInput], { nullable: true }) waybills?: WaybillReferralInput[];
  @Field(() => [EvidenceReferralInput], { nullable: true }) evidence?: EvidenceReferralInput[];
  @Field(() => String, { nullable: true }) notes?: string;
}

@InputType()
export class ReferLeadsInput {
  @Field(() => [LeadReferralInput], { description: 'At most 1000 referrals' }) leads!: LeadReferralInput[];
}

@ObjectType()
export class ReferLeadPayload {
  @Field(() => LeadView) lead!: LeadView;
  @Field(() => Boolean, { description: 'False when an earlier referral with this externalId was updated' }) created!: boolean;
  @Field(() => [FieldProblemView]) warnings!: FieldProblemView[];
}

@ObjectType()
export class ReferLeadResult {
  @Field(() => Int, { description: '1-based position in the batch' }) row!: number;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String, { nullable: true }) leadId!: string | null;
  @Field(() => Boolean) accepted!: boolean;
  @Field(() => Boolean) created!: boolean;
  @Field(() => [FieldProblemView]) errors!: FieldProblemView[];
  @Field(() => [FieldProblemView]) warnings!: FieldProblemView[];
}

@ObjectType()
export class ReferLeadsPayload {
  @Field(() => Int) accepted!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [ReferLeadResult]) results!: ReferLeadResult[];
}
