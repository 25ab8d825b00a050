import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { InfringementType, LeadStatus, type LeadId } from '@cloudsword/shared';
import { Organisation } from '../organisations/organisation.entity.js';

/** A platform referral. Written in bulk by LeadIntakeService; read through this entity. */
@Entity({ tableName: 'lead' })
export class Lead {
  @PrimaryKey({ type: 'uuid' })
  id!: LeadId;

  @ManyToOne(() => Organisation, { ref: true, fieldName: 'platform_org_id' })
  platform!: Ref<Organisation>;

  @Property({ type: 'text' }) externalId!: string;
  @Enum({ items: () => LeadStatus }) status!: LeadStatus;
  @Enum({ items: () => InfringementType }) infringementType!: InfringementType;
  @Property({ type: 'text', nullable: true }) listingUrl?: string | null;
  @Property({ type: 'text', nullable: true }) listingTitle?: string | null;
  @Property({ type: 'text[]' }) brands!: string[];
  @Property({ type: 'float', nullable: true }) riskScore?: number | null;
  @Property({ type: 'datetime' }) observedAt!: Date;
  @Property({ type: 'decimal', nullable: true }) estimatedValueYuan?: string | null;
  @Property({ type: 'text' }) sellerAccountId!: string;
  @Property({ type: 'text', nullable: true }) shopName?: string | null;
  @Property({ type: 'text', nullable: true }) registrationName?: string | null;
  @Property({ type: 'text', nullable: true }) residentIdMasked?: string | null;
  @Property({ type: 'text', nullable: true }) notes?: string | null;
  @Property({ type: 'json' }) evidence!: { kind: string; description: string | null; sha256: string }[];
  @Property({ type: 'json' }) warnings!: { field: string; reason: string }[];
  @Property({ type: 'json', lazy: true }) rawPayload!: unknown;
  @Property({ type: 'integer' }) version: number & Opt = 1;
  @Property({ type: 'datetime' }) receivedAt!: Date;
  @Property({ type: 'datetime' }) updatedAt!: Date;
}
