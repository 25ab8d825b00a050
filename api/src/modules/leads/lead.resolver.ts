import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Gate, requireViewer } from '../../auth/authorization.js';
import type { RequestContext } from '../../context.js';
import { LeadConnection, LeadFilter, LeadView, SetLeadStatusInput } from './lead.types.js';
import { LeadReferralInput, ReferLeadPayload, ReferLeadsInput, ReferLeadsPayload } from './referral.inputs.js';

@Resolver()
export class LeadResolver {
  @Allow(Gate.SIGNED_IN)
  @Query(() => LeadConnection, { description: "Leads in the viewer's scope: a platform's own, an agency's routed ones" })
  leads(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LeadFilter, { nullable: true }) filter?: LeadFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<LeadConnection> {
    return ctx.services.leads.list(ctx.em, requireViewer(ctx.viewer), filter ?? {}, first, after ?? undefined);
  }

  @Allow(Gate.SIGNED_IN)
  @Query(() => LeadView, { description: 'One lead in the viewer’s scope (NOT_FOUND otherwise); the read is audited' })
  lead(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LeadView> {
    return ctx.services.leads.get(ctx.em, requireViewer(ctx.viewer), id, ctx.ip);
  }

  @Allow(Gate.PLATFORM_REFERRER)
  @Mutation(() => ReferLeadPayload, { description: 'Refer one lead; re-sending an externalId updates it' })
  referLead(@Ctx() ctx: RequestContext, @Arg('input', () => LeadReferralInput) input: LeadReferralInput): Promise<ReferLeadPayload> {
    return ctx.services.referrals.referOne(ctx.em, requireViewer(ctx.viewer), input, ctx.ip);
  }

  @Allow(Gate.PLATFORM_REFERRER)
  @Mutation(() => ReferLeadsPayload, { description: 'Refer up to 1000 leads; bad ones are reported per row and never block the good ones' })
  referLeads(@Ctx() ctx: RequestContext, @Arg('input', () => ReferLeadsInput) input: ReferLeadsInput): Promise<ReferLeadsPayload> {
    return ctx.services.referrals.referMany(ctx.em, requireViewer(ctx.viewer), input.leads, ctx.ip);
  }

  @Allow(Gate.AGENCY_STAFF)
  @Mutation(() => LeadView, { description: 'Record the outcome of triage on a lead routed to your agency' })
  setLeadStatus(@Ctx() ctx: RequestContext, @Arg('input', () => SetLeadStatusInput) input: SetLeadStatusInput): Promise<LeadView> {
    return ctx.services.leads.setStatus(ctx.em, requireViewer(ctx.viewer), input.leadId, input.status, input.note, ctx.ip);
  }
}
