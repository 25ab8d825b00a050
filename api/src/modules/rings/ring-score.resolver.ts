import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { scoreFactors } from '@cloudsword/graph';
import { Allow, Gate } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { RingScoreBreakdown, RingScoreFactor, type RingScoreFactorKind } from './ring.types.js';

// The breakdown belongs to a ring the viewer was allowed to read; the factors are arithmetic on it.
@Resolver(() => RingScoreBreakdown)
export class RingScoreResolver {
  @Allow(Gate.AGENCY_STAFF)
  @FieldResolver(() => [RingScoreFactor], { description: 'Each factor with its weight and the points it adds to the score' })
  factors(@Ctx() ctx: RequestContext, @Root() breakdown: RingScoreBreakdown): RingScoreFactor[] {
    return scoreFactors(breakdown, ctx.services.rings.scoreWeights).map((f) => ({ ...f, factor: f.factor as RingScoreFactorKind }));
  }
}
