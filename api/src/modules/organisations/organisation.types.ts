import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OrgKind, Role } from '@cloudsword/shared';
import type { Organisation } from './organisation.entity.js';
import { regionName } from './region-name.js';

registerEnumType(OrgKind, { name: 'OrgKind', description: 'Kind of organisation' });
registerEnumType(Role, { name: 'Role', description: 'Role of a user within their organisation' });

@ObjectType('Organisation')
export class OrganisationView {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => OrgKind) kind!: OrgKind;
  @Field(() => String, { nullable: true, description: 'GB/T 2260 province code' }) provinceCode!: string | null;
  @Field(() => String, { nullable: true, description: 'GB/T 2260 city code' }) cityCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Province and city names, e.g. 浙江省杭州市' })
  regionName!: string | null;

  static from(org: Organisation): OrganisationView {
    return Object.assign(new OrganisationView(), {
      id: org.id,
      name: org.name,
      kind: org.kind,
      provinceCode: org.provinceCode ?? null,
      cityCode: org.cityCode ?? null,
      regionName: regionName(org.provinceCode ?? null, org.cityCode ?? null),
    });
  }
}
