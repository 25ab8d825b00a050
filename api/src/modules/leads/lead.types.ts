import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IdentifierKind, InfringementType, LeadStatus } from '@cloudsword/shared';
import { OrganisationView } from '../organisations/organisation.types.js';

registerEnumType(LeadStatus, { name: 'LeadStatus' });
registerEnumType(InfringementType, { name: 'InfringementType' });
registerEnumType(IdentifierKind, { name: 'IdentifierKind' });

@ObjectType()
export class FieldProblemView {
  @Field(() => Int, { nullable: true, description: '1-based row (batch position or file row)' }) row?: number | null;
  @Field(() => String) field!: string;
  @Field(() => String) reason!: string;
}

@ObjectType()
export class SellerView {
  @Field(() => String) accountId!: string;
  @Field(() => String, { nullable: true }) shopName!: string | null;
  @Field(() => String, { nullable: true }) registrationName!: string | null;
  @Field(() => String, { nullable: true, description: 'Resident ID, masked; the number itself is never stored' })
  residentIdMasked!: string | null;
}

@ObjectType()
export class LeadIdentifierView {
  @Field(() => IdentifierKind) kind!: IdentifierKind;
  @Field(() => String, { description: 'Masked display value' }) display!: string;
  @Field(() => String, { description: 'Address role or payment kind; empty otherwise' }) role!: string;
}

@ObjectType()
export class EvidenceView {
  @Field(() => String) kind!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String) sha256!: string;
}

@ObjectType('Lead')
export class LeadView {
  @Field(() => ID) id!: string;
  @Field(() => String) externalId!: string;
  @Field(() => LeadStatus) status!: LeadStatus;
  @Field(() => Date, { description: 'When the status last changed (what the referring platform follows)' }) statusChangedAt!: Date;
  @Field(() => InfringementType) infringementType!: InfringementType;
  @Field(() => String, { nullable: true }) listingUrl!: string | null;
  @Field(() => String, { nullable: true }) listingTitle!: string | null;
  @Field(() => [String]) brands!: string[];
  @Field(() => Float, { nullable: true }) riskScore!: number | null;
  @Field(() => Date) observedAt!: Date;
  @Field(() => Float, { nullable: true }) estimatedValueYuan!: number | null;
  @Field(() => SellerView) seller!: SellerView;
  @Field(() => [LeadIdentifierView]) identifiers!: LeadIdentifierView[];
  @Field(() => [EvidenceView]) evidence!: EvidenceView[];
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => [FieldProblemView], { description: 'Identifiers that could not be normalised and were not matched' })
  warnings!: FieldProblemView[];
  @Field(() => Int) version!: number;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => OrganisationView, { nullable: true, description: 'Referring platform; null for platform viewers (it is their own)' })
  platform!: OrganisationView | null;
  @Field(() => [OrganisationView], { nullable: true, description: 'Agencies the lead is routed to; null for platform viewers' })
  routedTo!: OrganisationView[] | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class LeadEdge {
  @Field(() => String) cursor!: string;
  @Field(() => LeadView) node!: LeadView;
}

@ObjectType()
export class LeadConnection {
  @Field(() => [LeadEdge]) edges!: LeadEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class LeadFilter {
  @Field(() => [LeadStatus], { nullable: true }) status?: LeadStatus[];
  @Field(() => String, { nullable: true, description: 'External id, seller account id, or an identifier (phone, email, card, address…) matched after normalisation' })
  search?: string;
  @Field(() => Date, { nullable: true }) receivedFrom?: Date;
  @Field(() => Date, { nullable: true }) receivedTo?: Date;
}

@InputType()
export class SetLeadStatusInput {
  @Field(() => ID) leadId!: string;
  @Field(() => LeadStatus) status!: LeadStatus;
  @Field(() => String, { nullable: true }) note?: string;
}
