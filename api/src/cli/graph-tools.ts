import 'reflect-metadata';
import { GraphExecutor } from '@cloudsword/graph';
import { loadConfig } from '../config.js';
import { openOrm } from '../database/orm.js';
import { checkGraph, rebuildGraph } from '../modules/projection/graph-maintenance.js';
import { runCli } from './run-cli.js';

// `npm run graph:rebuild` and `npm run graph:check`.
const command = process.argv[2];

runCli(`graph:${command}`, async () => {
  const config = loadConfig();
  const orm = await openOrm(config.databaseUrl);
  const graph = new GraphExecutor(config.neo4j);
  try {
    if (command === 'rebuild') {
      const started = Date.now();
      const n = await rebuildGraph(orm, graph, (done, total) => {
        process.stdout.write(`\rprojected ${done}/${total} leads (${total ? Math.round((done / total) * 100) : 100}%)`);
      });
      console.log(`\nrebuilt the graph from ${n} leads in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else if (command === 'check') {
      const report = await checkGraph(orm, graph);
      for (const s of report.sections) {
        const { onlyInA, onlyInB, examplesA, examplesB } = s.diff;
        console.log(`${onlyInA === 0 && onlyInB === 0 ? 'ok  ' : 'DIFF'} ${s.name}: ${onlyInA} only in PostgreSQL, ${onlyInB} only in Neo4j`);
        for (const e of examplesA) console.log(`       missing in Neo4j: ${e.replaceAll('\u001f', ' | ')}`);
        for (const e of examplesB) console.log(`       extra in Neo4j:   ${e.replaceAll('\u001f', ' | ')}`);
      }
      if (report.pendingOutbox > 0) console.log(`note: ${report.pendingOutbox} outbox entries are not projected yet`);
      console.log(report.ok ? 'PostgreSQL and Neo4j agree' : 'PostgreSQL and Neo4j differ');
      if (!report.ok) process.exitCode = 1;
    } else {
      throw new Error('usage: graph-tools.js rebuild|check');
    }
  } finally {
    await graph.close();
    await orm.close();
  }
});
