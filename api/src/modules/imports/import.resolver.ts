import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { ImportJobConnection, ImportJobView, ImportRowErrorConnection } from './import.types.js';

// Uploads and the error report download are REST routes (import.routes.ts): files are streamed.
@Resolver(() => ImportJobView)
export class ImportResolver {
  @Allow(Gate.PLATFORM_REFERRER)
  @Query(() => ImportJobView, { description: "One of your platform's import jobs (NOT_FOUND for any other); poll it for progress" })
  importJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ImportJobView> {
    return ctx.services.imports.get(ctx.em, requireViewer(ctx.viewer), id);
  }

  @Allow(Gate.PLATFORM_REFERRER)
  @Query(() => ImportJobConnection, { description: "Your platform's import jobs, newest first" })
  importJobs(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ImportJobConnection> {
    return ctx.services.imports.list(ctx.em, requireViewer(ctx.viewer), first, after ?? undefined);
  }

  @Allow(Gate.PLATFORM_REFERRER)
  @FieldResolver(() => ImportRowErrorConnection, { description: 'Rejected rows in file order: row, field and reason' })
  errors(
    @Ctx() ctx: RequestContext,
    @Root() job: ImportJobView,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ImportRowErrorConnection> {
    return ctx.services.imports.rowErrors(ctx.em, requireViewer(ctx.viewer), job.id, first, after ?? undefined);
  }
}
