import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { assertEveryFieldIsGated, authChecker } from './auth/authorization.js';
import { HealthResolver } from './modules/health/health.resolver.js';
import { SessionResolver } from './modules/session/session.resolver.js';
import { LeadResolver } from './modules/leads/lead.resolver.js';
import { ImportResolver } from './modules/imports/import.resolver.js';
import { ExplorationResolver } from './modules/exploration/exploration.resolver.js';
import { BasesResolver } from './modules/bases/bases.resolver.js';
import { AlertResolver } from './modules/alerts/alert.resolver.js';
import { RingResolver } from './modules/rings/rings.resolver.js';
import { RingScoreResolver } from './modules/rings/ring-score.resolver.js';
import { RingBlocklistResolver } from './modules/rings/ring-blocklist.resolver.js';

/** Every resolver class of the API, listed once. */
export const RESOLVERS = [SessionResolver, HealthResolver, LeadResolver, ImportResolver, ExplorationResolver, BasesResolver, AlertResolver, RingResolver, RingScoreResolver, RingBlocklistResolver] as const;

/** Builds the schema; refuses when any field lacks an authorization gate. */
export async function buildAppSchema(
  resolvers: readonly Function[] = RESOLVERS,
  emitSchemaFile?: string,
): Promise<GraphQLSchema> {
  assertEveryFieldIsGated(resolvers);
  return buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
}
