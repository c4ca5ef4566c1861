// ESM + ts-jest: run with NODE_OPTIONS=--experimental-vm-modules (see package.json scripts).
/** @type {import('jest').Config} */
export const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000
}

export default {
  ...base,
  // Tests that read ../shared live in *.corpus.test.ts and run via `npm run test:corpus`.
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '\\.corpus\\.test\\.ts$']
}
