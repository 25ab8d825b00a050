import { Migration } from '@mikro-orm/migrations';

/**
 * Counterfeiting rings found by the analysis: the rings with their score and statistics, their
 * members and linking identifiers, their history, the analysis jobs, the analysts' list of
 * identifiers never to use as evidence, and the leads waiting for an incremental re-analysis.
 */
export class Migration20261123030000_rings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table analysis_job (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('FULL','INCREMENTAL')),
      status text not null default 'QUEUED' check (status in ('QUEUED','RUNNING','SUCCEEDED','FAILED')),
      phase text not null default 'QUEUED',
      percent real not null default 0 check (percent between 0 and 100),
      accounts_read int not null default 0,
      links_read bigint not null default 0,
      rings_found int not null default 0,
      rings_created int not null default 0,
      rings_changed int not null default 0,
      rings_retired int not null default 0,
      super_nodes int not null default 0,
      requested_by uuid references app_user(id),
      error text,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      finished_at timestamptz
    );`);
    // At most one full analysis queued or running at a time.
    this.addSql(`create unique index analysis_job_one_full_idx on analysis_job (kind) where kind = 'FULL' and status in ('QUEUED','RUNNING');`);
    this.addSql(`create index analysis_job_created_idx on analysis_job (created_at desc);`);

    // ACTIVE rings are current; MERGED, SPLIT and DISSOLVED ones keep their id and history.
    this.addSql(`create table ring (
      id uuid primary key,
      status text not null default 'ACTIVE' check (status in ('ACTIVE','MERGED','SPLIT','DISSOLVED')),
      score real not null,
      score_breakdown jsonb not null,
      size int not null,
      component_size int not null,
      lead_count int not null default 0,
      brands text[] not null default '{}',
      brand_keys text[] not null default '{}',
      provinces text[] not null default '{}',
      platforms text[] not null default '{}',
      estimated_value_yuan numeric(18,2) not null default 0,
      first_activity timestamptz,
      last_activity timestamptz,
      -- Hashes of the member list and of the linking identifiers: unchanged rings are not rewritten.
      members_hash text not null,
      evidence_hash text not null,
      analysis_job_id uuid references analysis_job(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );`);
    this.addSql(`create index ring_score_idx on ring (score desc, id desc) where status = 'ACTIVE';`);
    this.addSql(`create index ring_size_idx on ring (size desc, id desc) where status = 'ACTIVE';`);
    this.addSql(`create index ring_activity_idx on ring ((coalesce(last_activity, '-infinity'::timestamptz)) desc, id desc) where status = 'ACTIVE';`);
    this.addSql(`create index ring_provinces_idx on ring using gin (provinces);`);
    this.addSql(`create index ring_platforms_idx on ring using gin (platforms);`);
    this.addSql(`create index ring_brands_idx on ring using gin (brand_keys);`);

    // Only active rings have members; an account is in at most one of them.
    this.addSql(`create table ring_member (
      ring_id uuid not null references ring(id) on delete cascade,
      account_key text not null,
      platform_code text not null,
      account_id text not null,
      primary key (ring_id, account_key)
    );`);
    this.addSql(`create unique index ring_member_account_idx on ring_member (account_key);`);
    this.addSql(`create index ring_member_seller_idx on ring_member (platform_code, account_id);`);

    this.addSql(`create table ring_identifier (
      ring_id uuid not null references ring(id) on delete cascade,
      identifier_key text not null,
      kind text not null,
      link_kind text not null,
      display text,
      weight real not null,
      member_count int not null,
      position int not null,
      primary key (ring_id, identifier_key)
    );`);

    this.addSql(`create table ring_history (
      id bigserial primary key,
      ring_id uuid not null references ring(id) on delete cascade,
      analysis_job_id uuid references analysis_job(id) on delete set null,
      event text not null check (event in ('CREATED','GREW','SHRANK','MERGED','SPLIT','DISSOLVED')),
      members text[] not null default '{}',
      related_ring_ids uuid[] not null default '{}',
      occurred_at timestamptz not null default now()
    );`);
    this.addSql(`create index ring_history_ring_idx on ring_history (ring_id, id);`);

    // Identifiers analysts have ruled out as evidence (a courier hub, a platform default phone).
    this.addSql(`create table ring_blocklist (
      identifier_key text primary key,
      reason text not null,
      added_by uuid references app_user(id),
      added_at timestamptz not null default now()
    );`);

    // Leads projected but not yet re-analysed incrementally.
    this.addSql(`create table ring_pending_lead (
      lead_id uuid primary key,
      queued_at timestamptz not null default now()
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists ring_pending_lead;`);
    this.addSql(`drop table if exists ring_blocklist;`);
    this.addSql(`drop table if exists ring_history;`);
    this.addSql(`drop table if exists ring_identifier;`);
    this.addSql(`drop table if exists ring_member;`);
    this.addSql(`drop table if exists ring;`);
    this.addSql(`drop table if exists analysis_job;`);
  }
}
