import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IdentifierKind, PaymentKind } from '@cloudsword/shared';
import { PageInfo } from '../leads/lead.types.js';

registerEnumType(PaymentKind, { name: 'PaymentKind' });

@ObjectType({ description: 'An identifier the ring analysis never uses as evidence (a courier hub, a platform default phone)' })
export class BlockedIdentifier {
  @Field(() => ID, { description: 'Graph key, e.g. PHONE:+8657188881234' }) identifierKey!: string;
  @Field(() => IdentifierKind, { nullable: true }) kind!: IdentifierKind | null;
  @Field(() => String, { nullable: true, description: 'Masked display value, when it can be told from the key or a lead' }) display!: string | null;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true, description: 'Display name of who blocked it' }) addedBy!: string | null;
  @Field(() => Date) addedAt!: Date;
}

@ObjectType()
export class BlockedIdentifierEdge {
  @Field(() => String) cursor!: string;
  @Field(() => BlockedIdentifier) node!: BlockedIdentifier;
}

@ObjectType()
export class BlockedIdentifierConnection {
  @Field(() => [BlockedIdentifierEdge]) edges!: BlockedIdentifierEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Entries in the whole list' }) totalCount!: number;
}

@InputType()
export class BlockIdentifierInput {
  @Field(() => String, { description: 'As written, e.g. "0571-8888 1234"; normalised as the intake does' }) identifier!: string;
  @Field(() => IdentifierKind) kind!: IdentifierKind;
  @Field(() => PaymentKind, { nullable: true, description: 'Required for PAYMENT_ACCOUNT, refused for other kinds' }) paymentKind?: PaymentKind | null;
  @Field(() => String, { nullable: true, description: 'WAYBILL only; may be left out when the number tells the courier' }) courier?: string | null;
  @Field(() => String, { description: 'Why it is blocked: 1 to 500 characters' }) reason!: string;
}

@ObjectType()
export class BlockIdentifierPayload {
  @Field(() => BlockedIdentifier) entry!: BlockedIdentifier;
  @Field(() => Boolean, { description: 'False when the key was already blocked (its reason is replaced)' }) created!: boolean;
  @Field(() => ID, { description: 'The full ring analysis that applies the list; follow it with analysisJob(id)' }) analysisJobId!: string;
}

@ObjectType()
export class UnblockIdentifierPayload {
  @Field(() => ID) identifierKey!: string;
  @Field(() => ID, { description: 'The full ring analysis that applies the list; follow it with analysisJob(id)' }) analysisJobId!: string;
}
