import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EvidenceLead } from '../exploration/exploration.types.js';

export enum LocationLevel {
  TOWNSHIP = 'TOWNSHIP',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
  PROVINCE = 'PROVINCE',
}
registerEnumType(LocationLevel, { name: 'LocationLevel' });

@InputType()
export class ManufacturingBaseFilter {
  @Field(() => String, { nullable: true, description: 'GB/T 2260 six-digit province code' }) provinceCode?: string;
  @Field(() => String, { nullable: true, description: 'GB/T 2260 six-digit city code' }) cityCode?: string;
  @Field(() => Int, { nullable: true, description: 'Only places that at least this many seller accounts ship from (default 2)' })
  minSellers?: number;
  @Field(() => ID, { nullable: true, description: "Only the places a ring's members ship from" }) ringId?: string;
}

@ObjectType()
export class BaseStreet {
  @Field(() => String) street!: string;
  @Field(() => Int) ringCount!: number;
  @Field(() => Int) sellerCount!: number;
  @Field(() => Int) leadCount!: number;
  @Field(() => Int) brandCount!: number;
}

@ObjectType()
export class BaseAddress {
  @Field(() => ID, { description: 'Address graph key; open it with entity(id)' }) id!: string;
  @Field(() => String) display!: string;
  @Field(() => Int) sellerCount!: number;
  @Field(() => Int) leadCount!: number;
}

@ObjectType()
export class BaseEvidence {
  @Field(() => [BaseAddress], { description: 'The addresses most leads ship from' }) addresses!: BaseAddress[];
  @Field(() => [EvidenceLead], { description: 'The most recent leads shipping from here' }) leads!: EvidenceLead[];
}

@ObjectType({ description: 'A place (township or district) that goods in your leads ship from, ranked by the rings, sellers, leads and brands behind it' })
export class ManufacturingBase {
  @Field(() => ID, { description: 'Location cluster code: township (9 digits) or district' }) id!: string;
  @Field(() => LocationLevel) level!: LocationLevel;
  @Field(() => String, { nullable: true, description: 'e.g. 福建省莆田市荔城区' }) name!: string | null;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => String, { nullable: true }) cityCode!: string | null;
  @Field(() => Int, { description: 'Active rings that a seller shipping from here, in your leads, belongs to' }) ringCount!: number;
  @Field(() => Int) sellerCount!: number;
  @Field(() => Int) leadCount!: number;
  @Field(() => Int) brandCount!: number;
  @Field(() => [BaseStreet], { description: 'Street-level clusters inside, largest first (at most 5)' }) streets!: BaseStreet[];
  @Field(() => BaseEvidence) evidence!: BaseEvidence;
}
