import { Migration } from '@mikro-orm/migrations';

/**
 * One access model and the cases it guards (issue #9). Grants are rows: who (an organisation),
 * what (a lead or a case), at which level, why, by whom, since, until, revoked. Routing a lead
 * is a grant (lead_route moves here); a case share is a grant. Cases belong to their lead
 * agency, carry a marking, a gapless number per agency and year, a timeline, links to leads,
 * rings and entities, and enforcement actions.
 */
export class Migration20261203000000_access_and_cases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table access_grant (
      id uuid primary key default gen_random_uuid(),
      object_kind text not null check (object_kind in ('LEAD','CASE')),
      object_id uuid not null,
      grantee_org_id uuid not null references organisation(id),
      level text not null,
      source text not null check (source in ('ROUTING','SHARE')),
      reason text not null,
      granted_by uuid references app_user(id),
      granted_at timestamptz not null default now(),
      expires_at timestamptz,
      approval text not null default 'NOT_NEEDED' check (approval in ('NOT_NEEDED','PENDING','APPROVED')),
      approved_by uuid references app_user(id),
      revoked_at timestamptz,
      revoked_by uuid references app_user(id),
      revoke_reason text,
      -- The graph records which organisations may see a lead; it cannot follow a clock, so
      -- lead grants never expire by themselves (they are revoked, which re-projects the lead).
      check (object_kind = 'CASE' or expires_at is null),
      check ((object_kind = 'LEAD' and level = 'ROUTED') or (object_kind = 'CASE' and level in ('SUMMARY','FULL','CONTRIBUTE','CO_LEAD')))
    );`);
    // At most one unrevoked grant per object and grantee; a new share supersedes the old one.
    this.addSql(`create unique index access_grant_current_uq on access_grant (object_kind, object_id, grantee_org_id) where revoked_at is null;`);
    this.addSql(`create index access_grant_grantee_idx on access_grant (grantee_org_id, object_kind, granted_at desc, object_id) where revoked_at is null;`);
    this.addSql(`insert into access_grant (object_kind, object_id, grantee_org_id, level, source, reason, granted_at)
      select 'LEAD', lead_id, org_id, 'ROUTED', 'ROUTING', reason, routed_at from lead_route;`);
    this.addSql(`drop table lead_route;`);
    // Restricted viewers' ring rankings are recomputed when rings change (rings/scoped-rankings.ts).
    this.addSql(`create index ring_updated_idx on ring (updated_at);`);

    // When the referring platform's view of a lead last changed (feedback loop).
    this.addSql(`alter table lead add column status_changed_at timestamptz;`);
    this.addSql(`update lead set status_changed_at = updated_at;`);
    this.addSql(`alter table lead alter column status_changed_at set not null, alter column status_changed_at set default now();`);

    this.addSql(`create table case_number_counter (
      org_id uuid not null references organisation(id),
      year int not null,
      last int not null,
      primary key (org_id, year)
    );`);
    this.addSql(`create table case_file (
      id uuid primary key,
      number text not null unique,
      owner_org_id uuid not null references organisation(id),
      title text not null,
      summary text not null default '',
      infringement_types text[] not null default '{}',
      brands text[] not null default '{}',
      marking text not null check (marking in ('ALLIANCE','RESTRICTED','CONFIDENTIAL')),
      state text not null default 'OPEN' check (state in ('OPEN','INVESTIGATING','ENFORCEMENT','PROSECUTION','CLOSED','DECLINED')),
      outcome jsonb,
      contact_user_id uuid not null references app_user(id),
      opened_by uuid not null references app_user(id),
      opened_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1
    );`);
    this.addSql(`create index case_file_owner_idx on case_file (owner_org_id, updated_at desc, id desc);`);
    this.addSql(`create index case_file_updated_idx on case_file (updated_at desc, id desc);`);
    this.addSql(`create table case_officer (
      case_id uuid not null references case_file(id) on delete cascade,
      user_id uuid not null references app_user(id),
      assigned_by uuid not null references app_user(id),
      assigned_at timestamptz not null default now(),
      primary key (case_id, user_id)
    );`);
    this.addSql(`create table case_lead (
      case_id uuid not null references case_file(id) on delete cascade,
      lead_id uuid not null references lead(id),
      linked_by uuid not null references app_user(id),
      linked_at timestamptz not null default now(),
      primary key (case_id, lead_id)
    );`);
    this.addSql(`create index case_lead_lead_idx on case_lead (lead_id);`);
    this.addSql(`create table case_ring (
      case_id uuid not null references case_file(id) on delete cascade,
      ring_id uuid not null references ring(id),
      linked_by uuid not null references app_user(id),
      linked_at timestamptz not null default now(),
      primary key (case_id, ring_id)
    );`);
    // Seller accounts and identifiers by their graph key; display is masked as intake made it.
    this.addSql(`create table case_entity (
      case_id uuid not null references case_file(id) on delete cascade,
      entity_key text not null,
      kind text not null,
      display text not null,
      linked_by uuid not null references app_user(id),
      linked_at timestamptz not null default now(),
      primary key (case_id, entity_key)
    );`);
    this.addSql(`create index case_entity_key_idx on case_entity (entity_key);`);
    // The timeline: every change (before and after) and every note.
    this.addSql(`create table case_event (
      id bigserial primary key,
      case_id uuid not null references case_file(id) on delete cascade,
      kind text not null,
      actor_user_id uuid references app_user(id),
      actor_org_id uuid references organisation(id),
      occurred_at timestamptz not null default now(),
      before jsonb,
      after jsonb,
      note text
    );`);
    this.addSql(`create index case_event_case_idx on case_event (case_id, id);`);
    this.addSql(`create table case_action (
      id uuid primary key,
      case_id uuid not null references case_file(id) on delete cascade,
      kind text not null check (kind in ('RAID','SEIZURE','ARREST','ACCOUNT_FREEZE','PLATFORM_TAKEDOWN','ADMINISTRATIVE_PENALTY')),
      occurred_on date not null,
      place_code char(6),
      details jsonb not null default '{}'::jsonb,
      value_involved_yuan numeric(16,2) not null default 0,
      value_seized_yuan numeric(16,2) not null default 0,
      suspects int not null default 0,
      entity_keys text[] not null default '{}',
      lead_ids uuid[] not null default '{}',
      recorded_by uuid not null references app_user(id),
      recorded_org_id uuid not null references organisation(id),
      recorded_at timestamptz not null default now()
    );`);
    this.addSql(`create index case_action_case_idx on case_action (case_id, occurred_on, id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists case_action;`);
    this.addSql(`drop table if exists case_event;`);
    this.addSql(`drop table if exists case_entity;`);
    this.addSql(`drop table if exists case_ring;`);
    this.addSql(`drop table if exists case_lead;`);
    this.addSql(`drop table if exists case_officer;`);
    this.addSql(`drop table if exists case_file;`);
    this.addSql(`drop table if exists case_number_counter;`);
    this.addSql(`alter table lead drop column if exists status_changed_at;`);
    this.addSql(`drop index if exists ring_updated_idx;`);
    this.addSql(`create table lead_route (
      lead_id uuid not null references lead(id) on delete cascade,
      org_id uuid not null references organisation(id),
      reason text not null,
      routed_at timestamptz not null default now(),
      primary key (lead_id, org_id)
    );`);
    this.addSql(`create index lead_route_org_idx on lead_route (org_id, routed_at desc, lead_id);`);
    this.addSql(`insert into lead_route (lead_id, org_id, reason, routed_at)
      select object_id, grantee_org_id, reason, granted_at from access_grant where object_kind = 'LEAD' and revoked_at is null;`);
    this.addSql(`drop table if exists access_grant;`);
  }
}
