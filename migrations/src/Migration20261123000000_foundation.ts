import { Migration } from '@mikro-orm/migrations';

/** Organisations, alliances, users, and the append-only hash-chained audit log. */
export class Migration20261123000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pgcrypto;`);

    this.addSql(`create table alliance (
      id uuid primary key default gen_random_uuid(),
      name text not null unique,
      created_at timestamptz not null default now()
    );`);

    this.addSql(`create table organisation (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      kind text not null check (kind in ('PLATFORM','POLICE','MARKET_REGULATION','CUSTOMS','ALLIANCE_SECRETARIAT','RIGHTS_HOLDER')),
      name text not null,
      province_code char(6),
      city_code char(6),
      parent_id uuid references organisation(id),
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create index organisation_region_idx on organisation (province_code, city_code);`);

    this.addSql(`create table alliance_member (
      alliance_id uuid not null references alliance(id) on delete cascade,
      organisation_id uuid not null references organisation(id) on delete cascade,
      joined_at timestamptz not null default now(),
      primary key (alliance_id, organisation_id)
    );`);
    this.addSql(`create index alliance_member_org_idx on alliance_member (organisation_id);`);

    this.addSql(`create table app_user (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisation(id),
      email text not null,
      display_name text not null,
      password_hash text not null,
      roles text[] not null check (cardinality(roles) > 0),
      failed_login_count int not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      disabled boolean not null default false,
      created_at timestamptz not null default now()
    );`);
    this.addSql(`create unique index app_user_email_uq on app_user (lower(email));`);
    this.addSql(`create index app_user_org_idx on app_user (organisation_id);`);

    // Append-only: rows are chained by hash and the table refuses UPDATE and DELETE.
    this.addSql(`create table audit_event (
      seq bigserial primary key,
      occurred_at timestamptz not null default now(),
      actor_user_id uuid,
      actor_org_id uuid,
      action text not null,
      target_type text,
      target_id text,
      outcome text not null check (outcome in ('SUCCESS','FAILURE','DENIED')),
      details jsonb not null default '{}'::jsonb,
      ip text,
      prev_hash char(64) not null,
      hash char(64) not null unique
    );`);
    this.addSql(`create index audit_event_actor_idx on audit_event (actor_user_id, occurred_at);`);
    this.addSql(`create index audit_event_target_idx on audit_event (target_type, target_id);`);
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only'; end $$;`);
    this.addSql(`create trigger audit_event_no_update before update or delete or truncate on audit_event
      for each statement execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists audit_event;`);
    this.addSql(`drop function if exists audit_event_append_only();`);
    this.addSql(`drop table if exists app_user;`);
    this.addSql(`drop table if exists alliance_member;`);
    this.addSql(`drop table if exists organisation;`);
    this.addSql(`drop table if exists alliance;`);
  }
}
