import { base } from './jest.config.js'

/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/**/*.corpus.test.ts']
}
