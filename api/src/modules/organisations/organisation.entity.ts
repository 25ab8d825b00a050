import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { OrgKind, type OrgId } from '@cloudsword/shared';

@Entity({ tableName: 'organisation' })
export class Organisation {
  @PrimaryKey({ type: 'uuid' })
  id: OrgId = randomUUID() as OrgId;

  /** Stable short code, e.g. `ZJ-GA` for 浙江省公安厅; used by seeds and imports. */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Enum({ items: () => OrgKind, nativeEnumName: undefined })
  kind!: OrgKind;

  @Property({ type: 'text' })
  name!: string;

  /** GB/T 2260 six-digit codes of the jurisdiction (or the seat, for platforms). */
  @Property({ type: 'character', length: 6, nullable: true })
  provinceCode?: string | null;

  @Property({ type: 'character', length: 6, nullable: true })
  cityCode?: string | null;

  @ManyToOne(() => Organisation, { nullable: true, ref: true })
  parent?: Ref<Organisation> | null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
