/**
 * Test tiers are told apart by file name (see README "Tests"):
 *   *.unit.spec.ts      pure domain and mapping code, no I/O
 *   *.contract.spec.ts  the one event-store contract suite, run against every adapter
 *   *.int.spec.ts       real adapters / Nest app in-process (embedded store, child processes)
 *   *.e2e.spec.ts       the real app over real HTTP
 */
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

const tier = (name, timeout) => ({
  ...common,
  displayName: name,
  testMatch: [`<rootDir>/**/*.${name}.spec.ts`],
  ...(timeout ? { testTimeout: timeout } : {}),
});

module.exports = {
  projects: [tier('unit'), tier('contract', 30000), tier('int', 60000), tier('e2e', 60000)],
};
