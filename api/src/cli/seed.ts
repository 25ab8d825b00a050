import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openOrm } from '../database/orm.js';
import { seedOrganisations } from '../seed/seed-organisations.js';
import { seedLeads } from '../seed/seed-leads.js';
import { runCli } from './run-cli.js';

runCli('seed', async () => {
  const config = loadConfig();
  const orm = await openOrm(config.databaseUrl);
  try {
    const orgs = await seedOrganisations(orm.em.fork());
    console.log(`seeded ${orgs.organisations} organisations and ${orgs.users} users`);
    // Synthetic referrals, so the demo has leads, rings and bases to look at.
    const count = Number(process.env.SEED_LEADS ?? 3000);
    if (count > 0) console.log(`referred ${await seedLeads(orm.em.fork(), config.identityHashSecret, count)} synthetic leads`);
  } finally {
    await orm.close();
  }
});
