import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startApp } from './app.js';
import { StartupError } from './startup-error.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // One clear line for configuration and start-up problems; a stack only for the unexpected.
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`cloudsword: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
