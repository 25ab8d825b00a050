import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { ensureDatabase, migrate, openOrm } from '../database/orm.js';
import { runCli } from './run-cli.js';

runCli('db:migrate', async () => {
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const orm = await openOrm(config.databaseUrl);
  try {
    const applied = await migrate(orm);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await orm.close();
  }
});
