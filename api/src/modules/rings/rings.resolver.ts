import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { ManufacturingBase } from '../bases/bases.types.js';
import { AnalysisJobView, RingConnection, RingFilter, RingOrder, RingSubgraph, RingView } from './ring.types.js';

// Officers and the secretariat only; within the gate, what each sees is decided by the graph
// scope: a ring shows only what the viewer's leads support.
@Resolver(() => RingView)
export class RingResolver {
  @Allow(Gate.AGENCY_STAFF)
  @Query(() => RingConnection, { description: 'Suspected counterfeiting rings you may see something of' })
  rings(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => RingFilter, { nullable: true }) filter?: RingFilter,
    @Arg('orderBy', () => RingOrder, { defaultValue: RingOrder.SCORE_DESC }) orderBy?: RingOrder,
    @Arg('first', () => Int, { defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<RingConnection> {
    return ctx.services.rings.list(ctx.em, requireViewer(ctx.viewer), filter ?? {}, orderBy ?? RingOrder.SCORE_DESC, first ?? 20, after ?? undefined);
  }

  @Allow(Gate.AGENCY_STAFF)
  @Query(() => RingView, { description: 'One ring, if you may see any of it (NOT_FOUND otherwise); the read is audited' })
  ring(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<RingView> {
    return ctx.services.rings.get(ctx.em, requireViewer(ctx.viewer), id, ctx.ip);
  }

  @Allow(Gate.AGENCY_STAFF)
  @FieldResolver(() => [ManufacturingBase], {
    description: 'Candidate manufacturing bases: places the members ship from, in your leads, ranked like manufacturingBases (max 100)',
  })
  bases(@Ctx() ctx: RequestContext, @Root() ring: RingView, @Arg('first', () => Int, { defaultValue: 5 }) first: number): Promise<ManufacturingBase[]> {
    return ctx.services.bases.manufacturingBases(ctx.em, requireViewer(ctx.viewer), { ringId: ring.id, minSellers: 1 }, first);
  }

  @Allow(Gate.AGENCY_STAFF)
  @FieldResolver(() => RingSubgraph, { description: 'Members and their identifiers, ready to draw: at most `limit` nodes (max 2000)' })
  subgraph(
    @Ctx() ctx: RequestContext,
    @Root() ring: RingView,
    @Arg('limit', () => Int, { defaultValue: 500 }) limit: number,
  ): Promise<RingSubgraph> {
    return ctx.services.rings.subgraph(ctx.em, requireViewer(ctx.viewer), ring, limit);
  }

  @Allow(Gate.RING_ANALYST)
  @Mutation(() => AnalysisJobView, { description: 'Start a full ring analysis (coordinators, analysts, supervisors); returns the running one if any' })
  startRingAnalysis(@Ctx() ctx: RequestContext): Promise<AnalysisJobView> {
    return ctx.services.rings.startAnalysis(ctx.em, requireViewer(ctx.viewer), ctx.ip);
  }

  // Curators follow the analysis their blocklist change started, even without an agency role.
  @Allow(Gate.RING_JOB_READER)
  @Query(() => AnalysisJobView, { description: 'Progress of a ring analysis job' })
  analysisJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AnalysisJobView> {
    return ctx.services.rings.analysisJob(ctx.em, requireViewer(ctx.viewer), id);
  }
}
