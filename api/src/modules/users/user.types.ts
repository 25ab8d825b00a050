import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { capabilitiesOf, Gate, Role } from '@cloudsword/shared';
import { OrganisationView } from '../organisations/organisation.types.js';
import type { User } from './user.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';

registerEnumType(Gate, {
  name: 'Capability',
  description: 'What a user may do: the gates they pass (the web app shows and hides by these, never by roles)',
});

@ObjectType('User')
export class UserView {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => OrganisationView) organisation!: OrganisationView;
  @Field(() => Date, { nullable: true }) lastLoginAt!: Date | null;
  @Field(() => [Gate], { description: 'What this user may do' }) capabilities!: Gate[];

  static from(user: User, organisation: Organisation): UserView {
    return Object.assign(new UserView(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      organisation: OrganisationView.from(organisation),
      lastLoginAt: user.lastLoginAt ?? null,
      capabilities: capabilitiesOf({ orgKind: organisation.kind, roles: user.roles }),
    });
  }
}
