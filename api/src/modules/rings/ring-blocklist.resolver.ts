import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { BlockedIdentifierConnection, BlockIdentifierInput, BlockIdentifierPayload, UnblockIdentifierPayload } from './ring-blocklist.types.js';

// The list changes every agency's rings: only the secretariat's analysts and coordinators (and
// system administrators) read or edit it.
@Resolver()
export class RingBlocklistResolver {
  @Allow(Gate.RING_CURATOR)
  @Query(() => BlockedIdentifierConnection, { description: 'Identifiers the ring analysis never uses as evidence, newest first' })
  ringBlocklist(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<BlockedIdentifierConnection> {
    return ctx.services.ringBlocklist.list(ctx.em, requireViewer(ctx.viewer), first, after ?? undefined);
  }

  @Allow(Gate.RING_CURATOR)
  @Mutation(() => BlockIdentifierPayload, { description: 'Never use this identifier as ring evidence; starts a full ring analysis. Audited' })
  blockIdentifier(@Ctx() ctx: RequestContext, @Arg('input', () => BlockIdentifierInput) input: BlockIdentifierInput): Promise<BlockIdentifierPayload> {
    return ctx.services.ringBlocklist.block(ctx.em, requireViewer(ctx.viewer), input, ctx.ip);
  }

  @Allow(Gate.RING_CURATOR)
  @Mutation(() => UnblockIdentifierPayload, { description: 'Use this identifier as ring evidence again (NOT_FOUND if not blocked); starts a full ring analysis. Audited' })
  unblockIdentifier(@Ctx() ctx: RequestContext, @Arg('identifierKey', () => String) identifierKey: string): Promise<UnblockIdentifierPayload> {
    return ctx.services.ringBlocklist.unblock(ctx.em, requireViewer(ctx.viewer), identifierKey, ctx.ip);
  }
}
