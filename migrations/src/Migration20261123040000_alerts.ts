import { Migration } from '@mikro-orm/migrations';

/**
 * Repeat-infringer alerts for agencies (with the evidence each agency may see) and notices for
 * platforms (that a lead matches a known infringer, nothing more); plus the lookups that
 * exploration needs over leads: pinyin name keys for fuzzy seller search, a prefix index for
 * "same street" address search, and an index of shipping origins for manufacturing bases.
 */
export class Migration20261123040000_alerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table alert (
      id uuid primary key,
      org_id uuid not null references organisation(id),
      lead_id uuid not null references lead(id) on delete cascade,
      kind text not null check (kind in ('REPEAT_INFRINGER')),
      evidence jsonb not null,
      created_at timestamptz not null default now(),
      acknowledged_at timestamptz,
      acknowledged_by uuid references app_user(id),
      unique (lead_id, org_id, kind)
    );`);
    this.addSql(`create index alert_org_idx on alert (org_id, created_at desc, id desc);`);

    // Deliberately without evidence: a platform learns only that its lead matches.
    this.addSql(`create table platform_notice (
      id uuid primary key,
      org_id uuid not null references organisation(id),
      lead_id uuid not null references lead(id) on delete cascade,
      kind text not null check (kind in ('KNOWN_INFRINGER_MATCH')),
      created_at timestamptz not null default now(),
      unique (lead_id, kind)
    );`);
    this.addSql(`create index platform_notice_org_idx on platform_notice (org_id, created_at desc, id desc);`);

    // nameKey (pinyin) is computed in TypeScript, so it is written after projection, not by SQL.
    this.addSql(`create table lead_name_key (
      lead_id uuid not null references lead(id) on delete cascade,
      field text not null check (field in ('SHOP_NAME','REGISTRATION_NAME')),
      name_key text not null,
      primary key (lead_id, field)
    );`);
    this.addSql(`create index lead_name_key_prefix_idx on lead_name_key (name_key text_pattern_ops);`);

    this.addSql(`create index lead_identifier_address_prefix_idx on lead_identifier (key text_pattern_ops) where kind = 'ADDRESS';`);
    // Shipping origins, by region and by cluster: what manufacturing bases are ranked from.
    const origins = `where kind = 'ADDRESS' and role in ('SHIPPING_ORIGIN','WAREHOUSE','WAYBILL_SENDER')`;
    this.addSql(`create index lead_identifier_origin_region_idx on lead_identifier ((detail->>'provinceCode'), (detail->>'cityCode')) ${origins};`);
    this.addSql(`create index lead_identifier_origin_cluster_idx on lead_identifier ((detail->>'clusterCode')) ${origins};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists lead_identifier_origin_cluster_idx;`);
    this.addSql(`drop index if exists lead_identifier_origin_region_idx;`);
    this.addSql(`drop index if exists lead_identifier_address_prefix_idx;`);
    this.addSql(`drop table if exists lead_name_key;`);
    this.addSql(`drop table if exists platform_notice;`);
    this.addSql(`drop table if exists alert;`);
  }
}
