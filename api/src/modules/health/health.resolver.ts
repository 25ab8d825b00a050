import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow, Gate } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { Health } from './health.types.js';

@Resolver()
export class HealthResolver {
  @Allow(Gate.PUBLIC)
  @Query(() => Health, { description: 'Reachability of PostgreSQL and Neo4j, reported separately' })
  health(@Ctx() ctx: RequestContext): Promise<Health> {
    return ctx.services.health.check();
  }
}
