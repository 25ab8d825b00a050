import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import type { LeadIntakeService } from './lead-intake.service.js';
import type { LeadService } from './lead.service.js';
import type { ReferLeadPayload, ReferLeadsPayload } from './referral.inputs.js';

/** GraphQL-facing referral calls: shapes intake results into payloads. */
export class ReferralService {
  constructor(
    private readonly intake: LeadIntakeService,
    private readonly leads: LeadService,
  ) {}

  async referOne(em: EntityManager, viewer: Viewer, input: object, ip: string | null): Promise<ReferLeadPayload> {
    const [result] = await this.intake.refer(em, viewer, [plain(input)], { ip });
    if (result.problems.length > 0) {
      throw AppError.badInput(`Lead rejected: ${result.problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`, result.problems);
    }
    const lead = await this.leads.get(em, viewer, result.leadId!, ip);
    return { lead, created: result.created, warnings: result.warnings };
  }

  async referMany(em: EntityManager, viewer: Viewer, inputs: object[], ip: string | null): Promise<ReferLeadsPayload> {
    const results = await this.intake.refer(em, viewer, inputs.map(plain), { ip });
    return {
      accepted: results.filter((r) => r.leadId !== null).length,
      rejected: results.filter((r) => r.problems.length > 0).length,
      results: results.map((r) => ({
        row: r.row,
        externalId: r.externalId,
        leadId: r.leadId,
        accepted: r.leadId !== null,
        created: r.created,
        errors: r.problems,
        warnings: r.warnings,
      })),
    };
  }
}

// type-graphql hands over class instances; the raw payload is stored as plain JSON.
function plain(input: object): unknown {
  return JSON.parse(JSON.stringify(input));
}
