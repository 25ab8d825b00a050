import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { EvidencePath, GraphEntityView, IdentifierMatch, Neighborhood } from './exploration.types.js';

// Signed-in users of any kind: what each sees is decided by the graph scope (a platform sees
// only the graph of its own referrals, an agency what is routed to it), not by the gate.
@Resolver(() => GraphEntityView)
export class ExplorationResolver {
  @Allow(Gate.SIGNED_IN)
  @Query(() => GraphEntityView, { description: 'An entity of the graph by key, if you may see it (NOT_FOUND otherwise); audited' })
  entity(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<GraphEntityView> {
    return ctx.services.exploration.entity(ctx.em, requireViewer(ctx.viewer), id, ctx.ip);
  }

  @Allow(Gate.SIGNED_IN)
  @FieldResolver(() => Neighborhood, { description: 'Nodes and edges within `depth` hops (max 3), at most `limit` edges (max 1000)' })
  neighborhood(
    @Ctx() ctx: RequestContext,
    @Root() entity: GraphEntityView,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
  ): Promise<Neighborhood> {
    return ctx.services.exploration.neighborhood(ctx.em, requireViewer(ctx.viewer), entity, depth, limit);
  }

  @Allow(Gate.SIGNED_IN)
  @Query(() => EvidencePath, { nullable: true, description: 'Shortest evidence path through edges you may see; null when there is none within maxHops (max 8); audited' })
  evidencePath(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 6 }) maxHops: number,
  ): Promise<EvidencePath | null> {
    return ctx.services.evidencePaths.path(ctx.em, requireViewer(ctx.viewer), from, to, maxHops, ctx.ip);
  }

  @Allow(Gate.SIGNED_IN)
  @Query(() => [IdentifierMatch], { description: 'Identifiers and sellers in your leads: exact after normalisation, same street, similar name' })
  identifierSearch(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<IdentifierMatch[]> {
    return ctx.services.identifierSearch.search(ctx.em, requireViewer(ctx.viewer), query, first);
  }
}
