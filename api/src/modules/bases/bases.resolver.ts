import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { ManufacturingBase, ManufacturingBaseFilter } from './bases.types.js';

@Resolver()
export class BasesResolver {
  @Allow(Gate.AGENCY_STAFF)
  @Query(() => [ManufacturingBase], { description: 'Places your leads ship from, ranked by the seller accounts behind them (max 100)' })
  manufacturingBases(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ManufacturingBaseFilter, { nullable: true }) filter: ManufacturingBaseFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<ManufacturingBase[]> {
    return ctx.services.bases.manufacturingBases(ctx.em, requireViewer(ctx.viewer), filter ?? {}, first);
  }
}
