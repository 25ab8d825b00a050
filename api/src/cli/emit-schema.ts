import 'reflect-metadata';
import path from 'node:path';
import { buildAppSchema, RESOLVERS } from '../schema.js';
import { runCli } from './run-cli.js';

// The web app's typed client is generated from this file (web/codegen.ts).
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

runCli('schema:emit', async () => {
  await buildAppSchema(RESOLVERS, SCHEMA_FILE);
  console.log(`schema written to ${SCHEMA_FILE}`);
});
