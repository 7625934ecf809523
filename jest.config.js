/**
 * Test tiers are told apart by file name (see README "Tests"):
 *   *.unit.spec.ts      pure domain and mapping code, no I/O
 *   *.contract.spec.ts  the one event-store contract suite, run against every adapter
 *   *.int.spec.ts       real adapters / Nest app in-process (embedded store, child processes)
 *   *.e2e.spec.ts       the real app over real HTTP
 *   *.browser.spec.ts   the web app in Debian's Chromium (Playwright), with axe-core
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

const tier = (name) => ({
  ...common,
  displayName: name,
  testMatch: [`<rootDir>/**/*.${name}.spec.ts`],
});

module.exports = {
  // At the root: Jest ignores testTimeout inside `projects` (jestjs/jest#9759), so the default
  // 5 s applied to the kill -9 and history tests, which exceed it when the tiers run in parallel.
  testTimeout: 60000,
  projects: [tier('unit'), tier('contract'), tier('int'), tier('e2e'), tier('browser')],
};
