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
  // wait on the local servers, git and child processes a good part of the time, so one worker more
  // than the cores keeps them busy (on 2 cores: 71 s instead of 91 s for `npm test`).
  maxWorkers: availableParallelism() + 1
}

export default {
  ...base,
  // Tests that read ../shared live in *.corpus.test.ts and run via `npm run test:corpus`.
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.corpus\\.test\\.ts$']
}
