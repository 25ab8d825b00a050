import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { AlertConnection, AlertView, PlatformNoticeConnection } from './alert.types.js';

@Resolver()
export class AlertResolver {
  @Allow(Gate.AGENCY_STAFF)
  @Query(() => AlertConnection, { description: "Your agency's repeat-infringer alerts, newest first" })
  alerts(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AlertConnection> {
    return ctx.services.alerts.alerts(ctx.em, requireViewer(ctx.viewer), first, after ?? undefined);
  }

  @Allow(Gate.PLATFORM_REFERRER)
  @Query(() => PlatformNoticeConnection, { description: 'Notices that your leads match known infringers, newest first' })
  platformNotices(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PlatformNoticeConnection> {
    return ctx.services.alerts.platformNotices(ctx.em, requireViewer(ctx.viewer), first, after ?? undefined);
  }

  @Allow(Gate.AGENCY_STAFF)
  @Mutation(() => AlertView, { description: "Mark one of your agency's alerts as seen" })
  acknowledgeAlert(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AlertView> {
    return ctx.services.alerts.acknowledge(ctx.em, requireViewer(ctx.viewer), id, ctx.ip);
  }
}
