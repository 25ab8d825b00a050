import { randomUUID } from 'node:crypto';
import { Collection, Entity, ManyToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { AllianceId } from '@cloudsword/shared';
import { Organisation } from './organisation.entity.js';

/** A regional alliance: a set of member organisations (agencies, platforms, a secretariat). */
@Entity({ tableName: 'alliance' })
export class Alliance {
  @PrimaryKey({ type: 'uuid' })
  id: AllianceId = randomUUID() as AllianceId;

  @Property({ type: 'text', unique: true })
  name!: string;

  @ManyToMany({
    entity: () => Organisation,
    pivotTable: 'alliance_member',
    joinColumn: 'alliance_id',
    inverseJoinColumn: 'organisation_id',
  })
  members = new Collection<Organisation>(this);

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
