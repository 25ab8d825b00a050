import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export enum AuditOutcome {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  DENIED = 'DENIED',
}

/** One row of the append-only, hash-chained audit log (the table refuses UPDATE/DELETE). */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorOrgId?: string | null;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text', nullable: true })
  targetType?: string | null;

  @Property({ type: 'text', nullable: true })
  targetId?: string | null;

  @Enum({ items: () => AuditOutcome })
  outcome!: AuditOutcome;

  @Property({ type: 'json' })
  details: Record<string, unknown> & Opt = {};

  @Property({ type: 'text', nullable: true })
  ip?: string | null;

  @Property({ type: 'character', length: 64 })
  prevHash!: string;

  @Property({ type: 'character', length: 64 })
  hash!: string;
}
