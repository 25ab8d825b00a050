import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '@cloudsword/shared';
import { OrganisationView } from '../organisations/organisation.types.js';
import type { User } from './user.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';

@ObjectType('User')
export class UserView {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => OrganisationView) organisation!: OrganisationView;
  @Field(() => Date, { nullable: true }) lastLoginAt!: Date | null;

  static from(user: User, organisation: Organisation): UserView {
    return Object.assign(new UserView(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      organisation: OrganisationView.from(organisation),
      lastLoginAt: user.lastLoginAt ?? null,
    });
  }
}
