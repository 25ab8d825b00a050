import { ConfigError } from '../config.js';
import { StartupError } from '../startup-error.js';

/** Runs a command-line task: one clear line on a known failure, exit code 1 on any. */
export function runCli(name: string, task: () => Promise<void>): void {
  task().then(
    () => process.exit(Number(process.exitCode ?? 0)),
    (error: unknown) => {
      if (error instanceof ConfigError || error instanceof StartupError) console.error(`${name}: ${error.message}`);
      else if ((error as { code?: string })?.code === 'ECONNREFUSED')
        console.error(`${name}: cannot reach PostgreSQL: set DATABASE_URL or run \`npm run services\``);
      else console.error(`${name} failed:`, error);
      process.exit(1);
    },
  );
}
