import { Migration } from '@mikro-orm/migrations';

/**
 * What follows a projection (ring re-analysis queue, seller name keys, repeat-infringer
 * alerts) leaves the projector's critical path: the outbox row records when those ran, so a
 * separate worker can take them up after a crash and the projector never waits for them.
 */
export class Migration20261123050000_projection_hooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table outbox add column hooks_done_at timestamptz;`);
    this.addSql(`update outbox set hooks_done_at = processed_at where processed_at is not null;`);
    this.addSql(`create index outbox_hooks_pending_idx on outbox (id) where processed_at is not null and hooks_done_at is null;`);
    // "Is any infringer known yet?" is asked for every projected batch.
    this.addSql(`create index lead_known_infringer_idx on lead (status) where status in ('CONFIRMED_COUNTERFEIT', 'ACTIONED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists lead_known_infringer_idx;`);
    this.addSql(`drop index if exists outbox_hooks_pending_idx;`);
    this.addSql(`alter table outbox drop column if exists hooks_done_at;`);
  }
}
