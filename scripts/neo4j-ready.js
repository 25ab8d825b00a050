#!/usr/bin/env node
// Exits 0 when the Neo4j at the given Bolt URL answers `RETURN 1`, 1 otherwise.
// An open TCP port is not enough: Bolt can accept sockets before the databases are available.
// Usage: node scripts/neo4j-ready.js [bolt-url]   (default bolt://127.0.0.1:$NEO4J_BOLT_PORT or 7687)
'use strict';

const path = require('node:path');
// Resolve the driver from the repo's node_modules, wherever this is run from.
const neo4j = require(require.resolve('neo4j-driver', { paths: [path.join(__dirname, '..')] }));

const url = process.argv[2] || `bolt://127.0.0.1:${process.env.NEO4J_BOLT_PORT || 7687}`;

async function main() {
  // Auth is disabled on the project's servers, so any token is accepted.
  const driver = neo4j.driver(url, neo4j.auth.basic('neo4j', 'neo4j'), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  // One attempt only: session.run() does not retry, whereas executeQuery() retries an
  // unavailable server for about a minute, and the caller already polls.
  const session = driver.session({ database: 'neo4j' });
  try {
    const result = await session.run('RETURN 1 AS one');
    const one = result.records[0].get('one');
    if (Number(one) !== 1) throw new Error(`unexpected answer ${one}`);
    return 0;
  } catch (error) {
    if (process.env.NEO4J_READY_VERBOSE) console.error(`neo4j-ready: ${url}: ${error.message}`);
    return 1;
  } finally {
    await session.close().catch(() => {});
    await driver.close();
  }
}

// A hard limit as well, in case a half-started server accepts the socket and never answers.
setTimeout(() => process.exit(1), 10_000).unref();
main().then((code) => process.exit(code));
