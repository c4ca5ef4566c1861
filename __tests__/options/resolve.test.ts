// The library's side of the options table: defaults applied, values checked, rules between
// options, and errors that name the library's option.
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { resolveBackupOptions, resolveRestoreOptions } from '../../src/options/index.js'

const thrown = (f: () => unknown): InputError => {
  try {
    f()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('did not throw')
}

describe('resolveBackupOptions', () => {
  const base = { postmanApiKey: 'PMAK-x', collections: ['Orders'], repository: 'octo/backups', githubToken: 't' }

  it('applies every default and passes other keys through', () => {
    const logger = { debug() {}, info() {}, warn() {}, error() {} }
    expect(resolveBackupOptions({ ...base, logger })).toStrictEqual({
      ...base,
      logger,
      environments: [],
      specs: [],
      globals: false,
      workspace: undefined,
      directory: 'Postman collections',
      filename: '{name}.postman_collection.json',
      environmentFilename: '{name}.postman_environment.json',
      globalsFilename: 'globals.postman_globals.json',
      exclude: [],
      redact: 'secrets',
      secretScan: 'redact',
      secretScanAllow: [],
      concurrency: 4,
      prune: false,
      full: false,
      branch: undefined,
      createBranch: false,
      pullRequest: false,
      pullRequestBranch: undefined,
      maxDuration: undefined,
      githubApiUrl: 'https://api.github.com',
      postmanApiUrl: 'https://api.postman.com',
      commitMessage: 'Back up Postman collection {name}',
      validation: 'lenient',
      dryRun: false
    })
  })

  it('keeps an explicitly empty directory as the repository root', () => {
    expect(resolveBackupOptions({ ...base, directory: '' }).directory).toBe('')
    expect(resolveBackupOptions({ ...base, directory: '/' }).directory).toBe('')
  })

  it('needs no repository or token with a writer', () => {
    const writer = {}
    expect(resolveBackupOptions({ postmanApiKey: 'k', environments: ['*'], writer }).writer).toBe(writer)
  })

  it.each([
    [{ githubToken: '' }, 'githubToken', 'github-token', /^Option "githubToken": is empty\. Give a token/],
    [{ concurrency: 0 }, 'concurrency', 'concurrency', /^Option "concurrency": "0" is not a whole number from 1 to 32/],
    [{ collections: [] }, 'collections', 'collection', /^Option "collections": is empty, and so is environments\./],
    [{ repository: undefined }, 'repository', 'repository', /^Option "repository": is empty\. Give the repository/],
    [{ commitMessage: 'x {nope}' }, 'commitMessage', 'commit-message', /^Option "commitMessage": unknown placeholder/],
    [{ postmanApiKey: '' }, 'postmanApiKey', 'postman-api-key', /^Option "postmanApiKey": is empty/]
  ])('refuses %j, naming the option', (change, option, input, message) => {
    const error = thrown(() => resolveBackupOptions({ ...base, ...change }))
    expect([error.option, error.input]).toEqual([option, input])
    expect(error.message).toMatch(message)
  })
})

describe('resolveRestoreOptions', () => {
  const source = { repository: 'octo/backups', path: 'a.json' }
  it('needs exactly one of to and workspace', () => {
    expect(resolveRestoreOptions({ postmanApiKey: 'k', source, to: 'id' })).toMatchObject({ to: 'id', yes: false })
    expect(thrown(() => resolveRestoreOptions({ postmanApiKey: 'k', source })).message).toBe(
      'Option "to": Set to (the ID or UID of the collection or environment to replace) or workspace (to create a new one), one of them.'
    )
    expect(thrown(() => resolveRestoreOptions({ postmanApiKey: 'k', source, to: 'a', workspace: 'w' })).option).toBe(
      'to'
    )
  })
})

describe('InputError', () => {
  it('takes an input name or a key, and names the library option', () => {
    for (const name of ['github-token', 'githubToken']) {
      const error = new InputError(name, 'is empty.')
      expect([error.message, error.option, error.input, error.reason]).toEqual([
        'Option "githubToken": is empty.',
        'githubToken',
        'github-token',
        'is empty.'
      ])
    }
    expect(new InputError('files', 'x').message).toBe('Option "files": x')
  })
})
