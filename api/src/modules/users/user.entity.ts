import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Role, type UserId } from '@cloudsword/shared';
import { Organisation } from '../organisations/organisation.entity.js';

@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: UserId = randomUUID() as UserId;

  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, array: true })
  roles!: Role[];

  @Property({ type: 'integer' })
  failedLoginCount: number & Opt = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  @Property({ type: 'boolean' })
  disabled: boolean & Opt = false;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
