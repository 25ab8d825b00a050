import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LeadStatus } from '@cloudsword/shared';
import { EvidenceLead, GraphNode } from '../exploration/exploration.types.js';
import { PageInfo } from '../leads/lead.types.js';

export enum AlertKind {
  /** A new lead's seller is, or is tied through a strong identifier to, a known infringer. */
  REPEAT_INFRINGER = 'REPEAT_INFRINGER',
}
registerEnumType(AlertKind, { name: 'AlertKind' });

export enum AlertLinkVia {
  SAME_ACCOUNT = 'SAME_ACCOUNT',
  SHARED_IDENTIFIER = 'SHARED_IDENTIFIER',
}
registerEnumType(AlertLinkVia, { name: 'AlertLinkVia' });

export enum PlatformNoticeKind {
  /** The lead matches a known infringer; nothing more is said. */
  KNOWN_INFRINGER_MATCH = 'KNOWN_INFRINGER_MATCH',
}
registerEnumType(PlatformNoticeKind, { name: 'PlatformNoticeKind' });

@ObjectType()
export class KnownLead {
  @Field(() => ID) id!: string;
  @Field(() => String) externalId!: string;
  @Field(() => LeadStatus) status!: LeadStatus;
}

@ObjectType()
export class AlertLink {
  @Field(() => AlertLinkVia) via!: AlertLinkVia;
  @Field(() => GraphNode, { nullable: true, description: 'The identifier your lead shares with the known infringer; null for the same account' })
  identifier!: GraphNode | null;
  @Field(() => [ID], { description: 'The known infringer’s seller accounts' }) sellerIds!: string[];
  @Field(() => [KnownLead], { description: 'Confirmed or actioned leads you may see' }) knownLeads!: KnownLead[];
}

@ObjectType()
export class AgencyInterest {
  @Field(() => String) name!: string;
}

@ObjectType()
export class AlertEvidenceView {
  @Field(() => [AlertLink]) links!: AlertLink[];
  @Field(() => [AgencyInterest], { description: 'Other agencies with an interest: whom to call, nothing more' }) otherAgencies!: AgencyInterest[];
}

@ObjectType('Alert')
export class AlertView {
  @Field(() => ID) id!: string;
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => EvidenceLead, { description: 'The new lead' }) lead!: EvidenceLead;
  @Field(() => AlertEvidenceView) evidence!: AlertEvidenceView;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
}

@ObjectType()
export class AlertEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AlertView) node!: AlertView;
}

@ObjectType()
export class AlertConnection {
  @Field(() => [AlertEdge]) edges!: AlertEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('PlatformNotice')
export class PlatformNoticeView {
  @Field(() => ID) id!: string;
  @Field(() => PlatformNoticeKind) kind!: PlatformNoticeKind;
  @Field(() => EvidenceLead, { description: 'Your lead' }) lead!: EvidenceLead;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class PlatformNoticeEdge {
  @Field(() => String) cursor!: string;
  @Field(() => PlatformNoticeView) node!: PlatformNoticeView;
}

@ObjectType()
export class PlatformNoticeConnection {
  @Field(() => [PlatformNoticeEdge]) edges!: PlatformNoticeEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
