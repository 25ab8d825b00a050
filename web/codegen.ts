import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are resolved from this file so codegen works from the repository root or from web/.
const here = dirname(fileURLToPath(import.meta.url));
const fromCwd = (path: string) => relative(process.cwd(), resolve(here, path)) || '.';

// The API emits its schema to api/schema.graphql (scripts/build.sh runs the emitter first).
const schema = resolve(here, '../api/schema.graphql');
if (!existsSync(schema)) throw new Error('api/schema.graphql is missing: run `npx tsc -b api && npm run schema:emit` first');

const config: CodegenConfig = {
  schema: fromCwd(relative(here, schema)),
  documents: [fromCwd('src/**/*.{ts,tsx}'), `!${fromCwd('src/generated/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [`${fromCwd('src/generated')}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
      },
    },
  },
};

export default config;
