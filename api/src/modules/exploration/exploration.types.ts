import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What a node of the evidence graph is: a seller account or an identifier kind. */
export enum GraphEntityKind {
  SELLER_ACCOUNT = 'SELLER_ACCOUNT',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  ADDRESS = 'ADDRESS',
  PAYMENT_ACCOUNT = 'PAYMENT_ACCOUNT',
  DEVICE = 'DEVICE',
  IP = 'IP',
  WAYBILL = 'WAYBILL',
  RESIDENT_ID = 'RESIDENT_ID',
}
registerEnumType(GraphEntityKind, { name: 'GraphEntityKind' });

export enum IdentifierMatchKind {
  /** The same identifier after normalisation. */
  EXACT = 'EXACT',
  /** An address on the same street of the same district. */
  SAME_STREET = 'SAME_STREET',
  /** A seller whose shop or registered name starts with the same pinyin. */
  SIMILAR_NAME = 'SIMILAR_NAME',
}
registerEnumType(IdentifierMatchKind, { name: 'IdentifierMatchKind' });

@ObjectType()
export class GraphNode {
  @Field(() => ID, { description: 'Graph key, e.g. PHONE:+8613800138000 or <platform code>:<account id>' }) id!: string;
  @Field(() => GraphEntityKind) kind!: GraphEntityKind;
  @Field(() => String, { nullable: true, description: 'Masked identifier, or the shop name of a seller' }) display!: string | null;
}

@ObjectType()
export class GraphEdge {
  @Field(() => ID, { description: 'The seller account' }) source!: string;
  @Field(() => ID, { description: 'The identifier' }) target!: string;
  @Field(() => String, { description: 'HAS_PHONE, PAYS_WITH, …' }) type!: string;
  @Field(() => [ID], { description: 'Leads behind the edge that the viewer may see (at most 50)' }) leadIds!: string[];
  @Field(() => Int, { description: 'How many of the leads behind the edge the viewer may see' }) leadCount!: number;
  @Field(() => Date, { nullable: true }) firstSeen!: Date | null;
  @Field(() => Date, { nullable: true }) lastSeen!: Date | null;
}

@ObjectType()
export class Neighborhood {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
  @Field(() => Boolean, { description: 'More visible edges exist than were returned' }) truncated!: boolean;
}

@ObjectType('GraphEntity')
export class GraphEntityView extends GraphNode {
  /** Neo4j label, for expanding the neighbourhood; not part of the schema. */
  label!: string;
}

@ObjectType()
export class EvidenceLead {
  @Field(() => ID) id!: string;
  @Field(() => String) externalId!: string;
}

@ObjectType()
export class EvidenceHop {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => String) type!: string;
  @Field(() => [EvidenceLead], { description: 'Leads behind this hop that the viewer may see' }) leads!: EvidenceLead[];
}

@ObjectType()
export class EvidencePath {
  @Field(() => [EvidenceHop]) hops!: EvidenceHop[];
  @Field(() => [GraphNode], { description: 'The nodes of the path, in order' }) nodes!: GraphNode[];
}

@ObjectType()
export class IdentifierMatch {
  @Field(() => ID, { description: 'Graph key; open it with entity(id)' }) id!: string;
  @Field(() => GraphEntityKind) kind!: GraphEntityKind;
  @Field(() => String, { nullable: true }) display!: string | null;
  @Field(() => IdentifierMatchKind) match!: IdentifierMatchKind;
  @Field(() => Int, { description: 'Leads in your scope that assert it' }) leadCount!: number;
}
