import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType()
export class ServiceHealth {
  @Field(() => String) name!: string;
  @Field(() => Boolean) up!: boolean;
  @Field(() => Float, { nullable: true }) latencyMs!: number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
}

@ObjectType()
export class Health {
  @Field(() => Boolean, { description: 'True when every service is up' }) ok!: boolean;
  @Field(() => [ServiceHealth]) services!: ServiceHealth[];
}
