import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findForbiddenImports, type ImportRule } from '../support/import-rules';

const ROOT = path.resolve(__dirname, '../..');

// Who may import whom (DESIGN.md, STYLE.md): shared ← graph ← api; web sees shared only.
const RULES: ImportRule[] = [
  { folder: 'shared/src', forbidden: ['@cloudsword/graph', '@cloudsword/api', '@cloudsword/web', '@cloudsword/migrations'], forbiddenFolders: ['graph', 'api', 'web', 'migrations', 'test'] },
  { folder: 'graph/src', forbidden: ['@cloudsword/api', '@cloudsword/web', '@cloudsword/migrations', '@mikro-orm', 'type-graphql', 'graphql'], forbiddenFolders: ['api', 'web', 'migrations', 'test'] },
  { folder: 'api/src', forbidden: ['@cloudsword/web'], forbiddenFolders: ['web', 'test'] },
  { folder: 'web/src', forbidden: ['@cloudsword/graph', '@cloudsword/api', '@cloudsword/migrations', 'neo4j-driver', '@mikro-orm'], forbiddenFolders: ['api', 'graph', 'migrations', 'test'] },
  // Only graph/src/neo4j talks to the driver; analytics stay pure.
  { folder: 'graph/src/analytics', forbidden: ['neo4j-driver', '../neo4j', '../projection', 'node:fs', 'node:net'] },
  { folder: 'graph/src/queries', forbidden: ['neo4j-driver'] },
];

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'generated') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('import rules between the top-level folders', () => {
  it('no file imports a package it must not', () => {
    const violations = RULES.flatMap((rule) =>
      sourceFiles(path.join(ROOT, rule.folder)).flatMap((file) =>
        findForbiddenImports(readFileSync(file, 'utf8'), rule, file, ROOT).map((spec) => `${path.relative(ROOT, file)} imports ${spec}`),
      ),
    );
    expect(violations).toEqual([]);
  });

  it('only graph/src/neo4j imports neo4j-driver inside graph/', () => {
    const offenders = sourceFiles(path.join(ROOT, 'graph/src'))
      .filter((f) => !f.includes(`${path.sep}neo4j${path.sep}`))
      .filter((f) => findForbiddenImports(readFileSync(f, 'utf8'), { folder: '', forbidden: ['neo4j-driver'] }).length > 0);
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the checker itself catches static, dynamic, re-export and require imports', () => {
    const rule: ImportRule = { folder: '', forbidden: ['@cloudsword/api'] };
    const source = [
      `import { x } from '@cloudsword/api';`,
      `export * from "@cloudsword/api/sub";`,
      `const y = await import('@cloudsword/api');`,
      `const z = require('@cloudsword/api');`,
      `import type { T } from '@cloudsword/apiary';`,
      `// import nothing from '@cloudsword/api' in a comment`,
    ].join('\n');
    expect(findForbiddenImports(source, rule)).toEqual(['@cloudsword/api', '@cloudsword/api/sub', '@cloudsword/api', '@cloudsword/api']);
  });

  it('resolves relative imports to the top-level folder they reach', () => {
    const rule: ImportRule = { folder: 'graph/src', forbidden: [], forbiddenFolders: ['api'] };
    const file = path.join(ROOT, 'graph/src/projection/projector.ts');
    const source = `import { a } from '../../../api/src/app';\nimport { b } from '../neo4j/executor.js';\nimport { c } from '../../../shared/src/index';`;
    expect(findForbiddenImports(source, rule, file, ROOT)).toEqual(['../../../api/src/app']);
  });
});
