import { Migration } from '@mikro-orm/migrations';

/**
 * Platform referrals (leads), their normalised identifiers, routing to agencies, the
 * transactional outbox that feeds Neo4j, and file-import jobs with per-row errors.
 */
export class Migration20261123010000_leads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table lead (
      id uuid primary key,
      platform_org_id uuid not null references organisation(id),
      external_id text not null,
      status text not null default 'RECEIVED'
        check (status in ('RECEIVED','ROUTED','UNDER_INVESTIGATION','CONFIRMED_COUNTERFEIT','NOT_CONFIRMED','ACTIONED')),
      infringement_type text not null,
      listing_url text,
      listing_title text,
      brands text[] not null default '{}',
      risk_score real check (risk_score between 0 and 1),
      observed_at timestamptz not null,
      estimated_value_yuan numeric(16,2),
      seller_account_id text not null,
      shop_name text,
      registration_name text,
      resident_id_hash char(64),
      resident_id_masked text,
      notes text,
      evidence jsonb not null default '[]'::jsonb,
      warnings jsonb not null default '[]'::jsonb,
      raw_payload jsonb not null,
      import_job_id uuid,
      version int not null default 1,
      received_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (platform_org_id, external_id)
    );`);
    this.addSql(`create index lead_platform_received_idx on lead (platform_org_id, received_at desc, id desc);`);
    this.addSql(`create index lead_seller_idx on lead (platform_org_id, seller_account_id);`);
    this.addSql(`create index lead_status_idx on lead (status);`);
    this.addSql(`create index lead_resident_idx on lead (resident_id_hash) where resident_id_hash is not null;`);

    // One row per normalised identifier a lead asserts; `key` is the graph node key.
    this.addSql(`create table lead_identifier (
      lead_id uuid not null references lead(id) on delete cascade,
      kind text not null,
      key text not null,
      role text not null default '',
      display text not null,
      detail jsonb not null default '{}'::jsonb,
      primary key (lead_id, kind, key, role)
    );`);
    this.addSql(`create index lead_identifier_key_idx on lead_identifier (key);`);

    this.addSql(`create table lead_route (
      lead_id uuid not null references lead(id) on delete cascade,
      org_id uuid not null references organisation(id),
      reason text not null,
      routed_at timestamptz not null default now(),
      primary key (lead_id, org_id)
    );`);
    this.addSql(`create index lead_route_org_idx on lead_route (org_id, routed_at desc, lead_id);`);

    // Written in the same transaction as the lead; the projector marks rows done.
    this.addSql(`create table outbox (
      id bigserial primary key,
      topic text not null,
      aggregate_id uuid not null,
      created_at timestamptz not null default now(),
      processed_at timestamptz,
      attempts int not null default 0,
      last_error text
    );`);
    this.addSql(`create index outbox_pending_idx on outbox (id) where processed_at is null;`);

    this.addSql(`create table import_job (
      id uuid primary key,
      platform_org_id uuid not null references organisation(id),
      user_id uuid not null references app_user(id),
      format text not null check (format in ('CSV','JSONL')),
      file_name text not null,
      file_path text not null,
      bytes_total bigint not null,
      bytes_read bigint not null default 0,
      status text not null default 'QUEUED' check (status in ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
      rows_read int not null default 0,
      accepted int not null default 0,
      rejected int not null default 0,
      error text,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );`);
    this.addSql(`create index import_job_org_idx on import_job (platform_org_id, created_at desc);`);

    this.addSql(`create table import_row_error (
      import_job_id uuid not null references import_job(id) on delete cascade,
      row_number int not null,
      field text not null,
      reason text not null,
      primary key (import_job_id, row_number, field)
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists import_row_error;`);
    this.addSql(`drop table if exists import_job;`);
    this.addSql(`drop table if exists outbox;`);
    this.addSql(`drop table if exists lead_route;`);
    this.addSql(`drop table if exists lead_identifier;`);
    this.addSql(`drop table if exists lead;`);
  }
}
