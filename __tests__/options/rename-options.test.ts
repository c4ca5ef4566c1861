import { flagName, renameOptions, specOf } from '../../src/options/index.js'

describe('renameOptions', () => {
  const message = 'Check `postmanApiUrl`, then turn on `createBranch`; `notAnOption` and `full-text` stay.'

  it('names options as action inputs', () => {
    expect(renameOptions(message, (key) => specOf(key).input)).toBe(
      'Check `postman-api-url`, then turn on `create-branch`; `notAnOption` and `full-text` stay.'
    )
  })

  it('names options as CLI flags', () => {
    expect(renameOptions(message, (key) => flagName(specOf(key)))).toBe(
      'Check `--postman-api-url`, then turn on `--create-branch`; `notAnOption` and `full-text` stay.'
    )
  })

  it('keeps the key where the front end has no name for it, and accepts input names too', () => {
    expect(renameOptions('`github-token` and `githubToken`', () => undefined)).toBe('`githubToken` and `githubToken`')
  })
})
