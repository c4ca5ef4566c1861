// ESM + ts-jest: run with NODE_OPTIONS=--experimental-vm-modules (see package.json scripts).
// ts-jest only transpiles (tsconfig's isolatedModules); `npm run typecheck` checks the types.
import { availableParallelism } from 'node:os'

/** @type {import('jest').Config} */
export const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  // Jest's default (one less than the cores) is a single worker on a 2-core runner; the test files
  // mostly wait on the local servers and git, so two run side by side even there.
  maxWorkers: Math.max(2, availableParallelism() - 1)
}

export default {
  ...base,
  // Tests that read ../shared live in *.corpus.test.ts and run via `npm run test:corpus`.
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.corpus\\.test\\.ts$']
}
