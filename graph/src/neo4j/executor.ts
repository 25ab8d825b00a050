import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { toGraphError } from './errors.js';

export interface GraphConfig {
  url: string;
  user: string;
  password: string;
  database?: string;
  /** How long to wait for a connection before calling Neo4j unavailable. */
  connectionTimeoutMs?: number;
}

export interface CypherStatement {
  text: string;
  params?: Record<string, unknown>;
}

export type GraphLogger = { debug(obj: object, msg?: string): void };

/**
 * The one gateway to Neo4j: opens sessions, runs work in managed read/write transactions,
 * closes sessions in `finally`, and turns driver errors into named graph errors.
 * The driver reconnects by itself, so a Neo4j restart needs no API restart.
 */
export class GraphExecutor {
  private readonly driver: Driver;
  private readonly database: string | undefined;

  constructor(
    config: GraphConfig,
    private readonly logger?: GraphLogger,
  ) {
    const timeout = config.connectionTimeoutMs ?? 5000;
    this.driver = neo4j.driver(config.url, neo4j.auth.basic(config.user, config.password), {
      connectionTimeout: timeout,
      connectionAcquisitionTimeout: timeout,
      maxTransactionRetryTime: timeout,
      disableLosslessIntegers: true,
      logging: undefined,
    });
    this.database = config.database;
  }

  /**
   * One statement in a read transaction. `timeoutMs` bounds it on the server: past it Neo4j
   * stops the transaction and the call throws GraphQueryTimeoutError (for searches whose cost
   * depends on the data, e.g. a shortest path, so one request cannot hold a core for long).
   */
  async read<T extends RecordShape = RecordShape>(statement: CypherStatement, options: { timeoutMs?: number } = {}): Promise<QueryResult<T>> {
    return this.session('READ', (tx) => this.run<T>(tx, statement), options.timeoutMs);
  }

  async write<T extends RecordShape = RecordShape>(statement: CypherStatement): Promise<QueryResult<T>> {
    return this.session('WRITE', (tx) => this.run<T>(tx, statement));
  }

  /** Several statements in one write transaction, applied all or nothing. */
  async writeAll(statements: CypherStatement[]): Promise<void> {
    await this.session('WRITE', async (tx) => {
      for (const statement of statements) await this.run(tx, statement);
    });
  }

  /** A cheap round trip; throws GraphUnavailableError when Neo4j cannot be reached. */
  async ping(): Promise<void> {
    await this.read({ text: 'RETURN 1 AS ok' });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<R>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = timeoutMs === undefined ? undefined : { timeout: timeoutMs };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toGraphError(error);
    } finally {
      await session.close();
    }
  }

  private run<T extends RecordShape>(tx: ManagedTransaction, statement: CypherStatement): Promise<QueryResult<T>> {
    this.logger?.debug({ cypher: statement.text, params: statement.params }, 'cypher');
    return tx.run<T>(statement.text, statement.params ?? {});
  }
}
