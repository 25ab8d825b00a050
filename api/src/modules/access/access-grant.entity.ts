import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { GrantObject, GrantSource } from '@cloudsword/shared';

/** One grant of access: who (an organisation), what (a lead or a case), how far, why, by whom, since, until, revoked. */
@Entity({ tableName: 'access_grant' })
export class AccessGrant {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Enum({ items: () => GrantObject, fieldName: 'object_kind' })
  objectKind!: GrantObject;

  @Property({ type: 'uuid' })
  objectId!: string;

  @Property({ type: 'uuid' })
  granteeOrgId!: string;

  /** `ROUTED` for leads; a ShareLevel for cases. */
  @Property({ type: 'text' })
  level!: string;

  @Enum({ items: () => GrantSource })
  source!: GrantSource;

  @Property({ type: 'text' })
  reason!: string;

  /** Null for grants the system made (routing). */
  @Property({ type: 'uuid', nullable: true })
  grantedBy?: string | null;

  @Property({ type: 'datetime' })
  grantedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  /** NOT_NEEDED, PENDING (a supervisor of the lead agency must approve before it is live) or APPROVED. */
  @Property({ type: 'text' })
  approval: string & Opt = 'NOT_NEEDED';

  @Property({ type: 'uuid', nullable: true })
  approvedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  revokedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  revokeReason?: string | null;
}
