import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { RequestContext } from '../context.js';
import { createErrorFormatter } from '../errors/format-error.js';
import type { Logger } from '../logger.js';

const MAX_QUERY_DEPTH = 12;

export function createApollo(schema: GraphQLSchema, httpServer: Server, logger: Logger): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async requestDidStart({ request, contextValue }) {
          const started = performance.now();
          return {
            async willSendResponse({ errors }) {
              logger.info(
                {
                  requestId: contextValue.requestId,
                  operation: request.operationName ?? null,
                  user: contextValue.viewer?.userId ?? null,
                  ms: Math.round(performance.now() - started),
                  errors: errors?.length ?? 0,
                },
                'graphql',
              );
            },
          };
        },
      },
    ],
  });
}
