// Three tiers of tests (STYLE.md §11): pure unit tests; integration and security tests against
// the real PostgreSQL and Neo4j; end-to-end tests in a real browser.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': swc },
  // Tests import the packages' sources, not their build output.
  moduleNameMapper: {
    '^@cloudsword/(shared|graph|api|migrations)$': '<rootDir>/$1/src/index.ts',
    '^@cloudsword/(shared|graph|api|migrations)/(.*)$': '<rootDir>/$1/src/$2',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: __dirname,
};

module.exports = {
  // A global option (ignored inside projects): integration suites start an API and hash
  // passwords with argon2 on a two-core machine.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/security/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['reflect-metadata'],
    },
  ],
};
