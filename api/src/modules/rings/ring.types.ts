import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GraphVisibility, RingMemberEdge } from '@cloudsword/graph';
import { IdentifierKind } from '@cloudsword/shared';
import { PageInfo } from '../leads/lead.types.js';

export enum RingOrder {
  SCORE_DESC = 'SCORE_DESC',
  SIZE_DESC = 'SIZE_DESC',
  LAST_ACTIVITY_DESC = 'LAST_ACTIVITY_DESC',
}
registerEnumType(RingOrder, { name: 'RingOrder' });

export enum RingEventType {
  CREATED = 'CREATED',
  GREW = 'GREW',
  SHRANK = 'SHRANK',
  MERGED = 'MERGED',
  SPLIT = 'SPLIT',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(RingEventType, { name: 'RingEventType' });

export enum RingStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  SPLIT = 'SPLIT',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(RingStatus, { name: 'RingStatus' });

export enum AnalysisJobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(AnalysisJobStatus, { name: 'AnalysisJobStatus' });

export enum RingScoreFactorKind {
  STRONG_LINK_DENSITY = 'STRONG_LINK_DENSITY',
  CROSS_PLATFORM_SPREAD = 'CROSS_PLATFORM_SPREAD',
  SIZE = 'SIZE',
  STRONG_IDENTIFIERS = 'STRONG_IDENTIFIERS',
}
registerEnumType(RingScoreFactorKind, { name: 'RingScoreFactorKind' });

@ObjectType({ description: 'One factor of the score: value in [0, 1], its weight, and the points it adds (the points add up to the score)' })
export class RingScoreFactor {
  @Field(() => RingScoreFactorKind) factor!: RingScoreFactorKind;
  @Field(() => Float) value!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float) points!: number;
}

@ObjectType()
export class RingScoreBreakdown {
  @Field(() => Int) size!: number;
  @Field(() => Int, { description: 'Member pairs whose shared identifiers reach the link threshold' }) strongLinks!: number;
  @Field(() => Float) strongLinkDensity!: number;
  @Field(() => [String], { description: 'Platform codes of the members' }) platforms!: string[];
  @Field(() => Float) crossPlatformSpread!: number;
  @Field(() => Float) sizeFactor!: number;
  @Field(() => Int, { description: 'Linking identifiers that join accounts on their own' }) strongIdentifiers!: number;
  @Field(() => Float) strongIdentifierFactor!: number;
}

@ObjectType()
export class RingMember {
  @Field(() => ID, { description: 'Graph key <platform code>:<account id>; open it with entity(id)' }) id!: string;
  @Field(() => String) platform!: string;
  @Field(() => String) accountId!: string;
}

@ObjectType()
export class RingLinkingIdentifier {
  @Field(() => ID, { description: 'Graph key; open it with entity(id)' }) id!: string;
  @Field(() => IdentifierKind) kind!: IdentifierKind;
  @Field(() => String, { nullable: true, description: 'Masked display value' }) display!: string | null;
  @Field(() => Float, { description: 'Evidence weight of the identifier (1 joins two accounts on its own)' }) weight!: number;
  @Field(() => Int, { description: 'Members sharing it' }) memberCount!: number;
}

@ObjectType()
export class RingRegion {
  @Field(() => String, { description: 'GB/T 2260 province code' }) code!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType()
export class RingHistoryEvent {
  @Field(() => RingEventType) type!: RingEventType;
  @Field(() => Date) at!: Date;
  @Field(() => [String], { description: 'Accounts created with, added, removed or dissolved with' }) members!: string[];
  @Field(() => [ID], { description: 'Rings merged in or into, or split into' }) relatedRingIds!: string[];
}

@ObjectType()
export class RingGraphNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'SellerAccount, Phone, PaymentAccount, …' }) label!: string;
  @Field(() => String, { description: 'SELLER_ACCOUNT or the identifier kind' }) kind!: string;
  @Field(() => String, { nullable: true }) display!: string | null;
}

@ObjectType()
export class RingGraphEdge {
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String) type!: string;
  @Field(() => Int, { description: 'Leads behind the edge that you may see' }) leadCount!: number;
}

@ObjectType()
export class RingSubgraph {
  @Field(() => [RingGraphNode]) nodes!: RingGraphNode[];
  @Field(() => [RingGraphEdge]) edges!: RingGraphEdge[];
  @Field(() => Boolean, { description: 'More nodes exist than the limit allowed' }) truncated!: boolean;
}

@ObjectType('Ring', { description: 'A suspected counterfeiting ring; every figure counts only what you may see' })
export class RingView {
  @Field(() => ID) id!: string;
  @Field(() => RingStatus) status!: RingStatus;
  @Field(() => Float, { description: '0–100' }) score!: number;
  @Field(() => RingScoreBreakdown) scoreBreakdown!: RingScoreBreakdown;
  @Field(() => Int) size!: number;
  @Field(() => [RingMember]) members!: RingMember[];
  @Field(() => [RingLinkingIdentifier], { description: 'Heaviest evidence first' }) linkingIdentifiers!: RingLinkingIdentifier[];
  @Field(() => Int) leadCount!: number;
  @Field(() => [String]) brands!: string[];
  @Field(() => [RingRegion]) provinces!: RingRegion[];
  @Field(() => Float) estimatedValueYuan!: number;
  @Field(() => Date, { nullable: true }) firstActivity!: Date | null;
  @Field(() => Date, { nullable: true }) lastActivity!: Date | null;
  @Field(() => [RingHistoryEvent]) history!: RingHistoryEvent[];
  @Field(() => Date) updatedAt!: Date;
  /** Who the view was made for; not part of the schema. */
  visibility!: GraphVisibility;
  /** Keys of the stored linking identifiers (for the subgraph); not part of the schema. */
  linkingKeys!: ReadonlySet<string>;
  /** The visible member edges already read for a restricted view (the subgraph reuses them); not part of the schema. */
  memberEdges?: RingMemberEdge[];
  /** For cursors: the stored order values. */
  sort!: { score: number; size: number; lastActivity: Date | null };
}

@ObjectType()
export class RingEdge {
  @Field(() => String) cursor!: string;
  @Field(() => RingView) node!: RingView;
}

@ObjectType()
export class RingConnection {
  @Field(() => [RingEdge]) edges!: RingEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class RingFilter {
  @Field(() => Float, { nullable: true }) minScore?: number;
  @Field(() => String, { nullable: true, description: 'GB/T 2260 province code, e.g. 350000' }) province?: string;
  @Field(() => String, { nullable: true, description: 'Platform organisation code' }) platform?: string;
  @Field(() => String, { nullable: true, description: 'Brand name, any case' }) brand?: string;
}

@ObjectType('AnalysisJob')
export class AnalysisJobView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'FULL' }) kind!: string;
  @Field(() => AnalysisJobStatus) status!: AnalysisJobStatus;
  @Field(() => String, { description: 'QUEUED, READING, ANALYSING, SAVING, DONE, FAILED' }) phase!: string;
  @Field(() => Float) percent!: number;
  @Field(() => Int, { nullable: true, description: 'Whole-graph counts: null unless you may see the whole graph' }) accountsRead!: number | null;
  @Field(() => Float, { nullable: true }) linksRead!: number | null;
  @Field(() => Int, { nullable: true }) ringsFound!: number | null;
  @Field(() => Int, { nullable: true }) ringsCreated!: number | null;
  @Field(() => Int, { nullable: true }) ringsChanged!: number | null;
  @Field(() => Int, { nullable: true }) ringsRetired!: number | null;
  @Field(() => Int, { nullable: true }) superNodes!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
