import { Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '@cloudsword/shared';
import { Allow, Gate } from '../../auth/authorization.js';
import { hasAnyRole } from '../../auth/viewer.js';
import type { RequestContext } from '../../context.js';
import { Health } from './health.types.js';

@Resolver()
export class HealthResolver {
  @Allow(Gate.PUBLIC)
  @Query(() => Health, {
    description: 'Reachability of PostgreSQL and Neo4j, reported separately; why a service is down is told to system administrators only',
  })
  async health(@Ctx() ctx: RequestContext): Promise<Health> {
    const health = await ctx.services.health.check();
    return ctx.viewer && hasAnyRole(ctx.viewer, [Role.SYSTEM_ADMIN]) ? health : redactHealth(health);
  }
}

/** Up, down and latency only: an error message names hosts and ports that anonymous callers need not learn. */
export function redactHealth(health: Health): Health {
  return { ...health, services: health.services.map((s) => ({ ...s, error: s.up ? null : 'unavailable' })) };
}
