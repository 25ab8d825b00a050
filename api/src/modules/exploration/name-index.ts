import type { EntityManager } from '@mikro-orm/postgresql';
import { nameKey } from '@cloudsword/shared';
import { jsonRows, uuidArray } from '../../database/sql-params.js';

/**
 * Pinyin keys of leads' shop and registered names (`lead_name_key`), for fuzzy seller search.
 * `nameKey` is TypeScript (pinyin-pro), so the keys are written after projection for the leads
 * just projected, replacing what those leads had; a lead deleted takes its keys with it.
 */
export async function refreshNameKeys(em: EntityManager, leadIds: readonly string[]): Promise<void> {
  if (leadIds.length === 0) return;
  const ids = uuidArray(leadIds);
  await em.transactional(async (tx) => {
    const leads = await tx.execute<{ id: string; shop_name: string | null; registration_name: string | null }[]>(
      `select id, shop_name, registration_name from lead where id = any(?::uuid[])`,
      [ids],
    );
    const rows = leads.flatMap((l) =>
      [
        { lead_id: l.id, field: 'SHOP_NAME', name_key: l.shop_name ? nameKey(l.shop_name) : '' },
        { lead_id: l.id, field: 'REGISTRATION_NAME', name_key: l.registration_name ? nameKey(l.registration_name) : '' },
      ].filter((r) => r.name_key !== ''),
    );
    await tx.execute(`delete from lead_name_key where lead_id = any(?::uuid[])`, [ids]);
    if (rows.length > 0) {
      await tx.execute(
        `insert into lead_name_key (lead_id, field, name_key)
         select t.lead_id, t.field, t.name_key from jsonb_to_recordset(?::jsonb) as t(lead_id uuid, field text, name_key text)
         on conflict (lead_id, field) do update set name_key = excluded.name_key`,
        [jsonRows(rows)],
      );
    }
  });
}
