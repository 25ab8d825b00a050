import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/audit-log.js';
import { leadScopeSql, type AccessService } from '../access/index.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError } from '../../errors/app-error.js';
import { checkBlock, displayOfKey, kindOfKey, type IdentifierToBlock } from './blocklist-identifiers.js';
import type { RingAnalysisService } from './ring-analysis.service.js';
import {
  countBlocklist,
  deleteBlocklistEntry,
  encodeBlocklistCursor,
  loadBlocklistEntry,
  pageBlocklist,
  upsertBlocklistEntry,
  type BlocklistRow,
  type DisplayScope,
} from './ring-blocklist-store.js';
import type { BlockedIdentifier, BlockedIdentifierConnection, BlockIdentifierPayload, UnblockIdentifierPayload } from './ring-blocklist.types.js';
import { requireIntInRange } from '../../errors/input-checks.js';
import { residentIdHasher } from '../leads/resident-id-hash.js';

export const MAX_BLOCKLIST_PAGE = 100;
const MAX_KEY_LENGTH = 1_000;

/**
 * The analysts' list of identifiers the ring analysis never uses as evidence (DESIGN.md: very
 * common identifiers must not glue unrelated sellers into one ring). Every change is audited
 * with it and followed by a full analysis, whose id the payload carries.
 */
export class RingBlocklistService {
  constructor(
    private readonly audit: AuditLog,
    private readonly access: AccessService,
    private readonly analysis: RingAnalysisService,
    private readonly enqueueAnalysis: (jobId: string) => Promise<void>,
    private readonly identityHashSecret: string,
  ) {}

  async list(em: EntityManager, viewer: Viewer, first: number, after?: string): Promise<BlockedIdentifierConnection> {
    requireIntInRange('first', first, 1, MAX_BLOCKLIST_PAGE);
    const rows = await pageBlocklist(em, await this.displayScope(em, viewer), first, after);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      edges: page.map((row) => ({ cursor: encodeBlocklistCursor(row), node: toEntry(row) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeBlocklistCursor(last) : null },
      totalCount: await countBlocklist(em),
    };
  }

  /** Blocks an identifier written as a person writes it; blocking it again replaces the reason. */
  async block(em: EntityManager, viewer: Viewer, input: IdentifierToBlock, ip: string | null): Promise<BlockIdentifierPayload> {
    const checked = checkBlock(input, residentIdHasher(this.identityHashSecret));
    if (!checked.ok) {
      throw AppError.badInput(`Not blocked: ${checked.problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`, checked.problems);
    }
    const key = checked.value.key;
    const { row, created, job } = await em.transactional(async (tx) => {
      const { created } = await upsertBlocklistEntry(tx, key, checked.reason, viewer.userId);
      const job = await this.analysis.queueFullForBlocklistChange(tx, viewer.userId);
      await this.audit.record(tx, viewer, { action: 'BLOCK_RING_IDENTIFIER', targetType: 'RingBlocklistEntry', targetId: key, details: { kind: checked.kind, reason: checked.reason, created, analysisJobId: job.id }, ip });
      const row = await loadBlocklistEntry(tx, await this.displayScope(tx, viewer), key);
      if (row === null) throw new Error(`blocklist entry ${key} vanished in its own transaction`);
      return { row, created, job };
    });
    if (job.created) await this.enqueueAnalysis(job.id);
    const entry = toEntry(row);
    // The display the curator's own input gives, when no visible lead has the identifier yet.
    return { entry: { ...entry, display: entry.display ?? checked.value.display }, created, analysisJobId: job.id };
  }

  async unblock(em: EntityManager, viewer: Viewer, identifierKey: string, ip: string | null): Promise<UnblockIdentifierPayload> {
    if (identifierKey.length === 0 || identifierKey.length > MAX_KEY_LENGTH) throw AppError.notFound('Blocked identifier');
    const job = await em.transactional(async (tx) => {
      const removed = await deleteBlocklistEntry(tx, identifierKey);
      if (removed === null) throw AppError.notFound('Blocked identifier');
      const job = await this.analysis.queueFullForBlocklistChange(tx, viewer.userId);
      await this.audit.record(tx, viewer, { action: 'UNBLOCK_RING_IDENTIFIER', targetType: 'RingBlocklistEntry', targetId: identifierKey, details: { kind: kindOfKey(identifierKey), reason: removed.reason, analysisJobId: job.id }, ip });
      return job;
    });
    if (job.created) await this.enqueueAnalysis(job.id);
    return { identifierKey, analysisJobId: job.id };
  }

  /** A display is read from a lead only if the viewer may see that lead. */
  private async displayScope(em: EntityManager, viewer: Viewer): Promise<DisplayScope> {
    return leadScopeSql(await this.access.audience(em, viewer), 'l');
  }
}


function toEntry(row: BlocklistRow): BlockedIdentifier {
  return {
    identifierKey: row.identifier_key,
    kind: kindOfKey(row.identifier_key),
    display: row.lead_display ?? displayOfKey(row.identifier_key),
    reason: row.reason,
    addedBy: row.added_by_name,
    addedAt: new Date(row.added_at),
  };
}
