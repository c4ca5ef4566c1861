import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { getInputs, inputMessage } from '../../src/action/inputs.js'
import { actionEnv, actionYml, inputEnvName } from '../../test-servers/actions-runner.js'

const KEY = 'PMAK-inputs-test-key-123'
const TOKEN = 'ghs_inputsTestToken456'
const context = { repository: 'octo/backups', token: TOKEN, api_url: 'https://api.github.com' }

describe('getInputs', () => {
  const saved = { ...process.env }
  let stdout: string[]
  const setInputs = (inputs: Record<string, string>) => {
    Object.assign(process.env, actionEnv({ 'postman-api-key': KEY, collection: 'Orders API', ...inputs }, context))
  }

  beforeEach(() => {
    stdout = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk))
      return true
    })
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
  })

  /** The backup options, or the failure. */
  const backup = () => {
    const settings = getInputs()
    if (settings.mode !== 'backup') throw new Error('not a backup')
    return settings.backup
  }

  it('builds complete, frozen settings from action.yml defaults', () => {
    setInputs({})
    const settings = getInputs()
    expect(settings.mode).toBe('backup')
    expect(Object.isFrozen(settings)).toBe(true)
    expect(backup()).toStrictEqual({
      postmanApiKey: KEY,
      collections: ['Orders API'],
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
      repository: 'octo/backups',
      branch: undefined,
      createBranch: false,
      pullRequest: false,
      pullRequestBranch: undefined,
      githubToken: TOKEN,
      maxDuration: undefined,
      githubApiUrl: 'https://api.github.com',
      postmanApiUrl: 'https://api.postman.com',
      commitMessage: 'Back up Postman collection {name}',
      validation: 'lenient',
      dryRun: false
    })
    expect(Object.isFrozen(backup())).toBe(true)
  })

  it('takes an empty input as its default, as a blank workflow_dispatch input passed on arrives', () => {
    // What `with: x: ${{ inputs.x }}` gives for every input left blank, and a hand run without the defaults.
    const blank = Object.fromEntries(
      Object.keys(actionYml.inputs)
        .filter((name) => !['postman-api-key', 'collection', 'repository', 'github-token'].includes(name))
        .map((name) => [name, ''])
    )
    setInputs(blank)
    expect(backup()).toMatchObject({
      directory: 'Postman collections',
      filename: '{name}.postman_collection.json',
      environmentFilename: '{name}.postman_environment.json',
      commitMessage: 'Back up Postman collection {name}',
      validation: 'lenient',
      redact: 'secrets',
      concurrency: 4,
      githubApiUrl: 'https://api.github.com',
      postmanApiUrl: 'https://api.postman.com',
      prune: false,
      dryRun: false
    })
    expect(getInputs().mode).toBe('backup')
  })

  it.each(['/', '.', ' / '])('writes to the repository root with directory %j', (directory) => {
    setInputs({ directory })
    expect(backup().directory).toBe('')
  })

  it('reads exactly the inputs that action.yml declares', () => {
    setInputs({})
    const read = new Set<string>()
    const env = process.env
    process.env = new Proxy(env, {
      get(target, key) {
        if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key)
        return Reflect.get(target, key)
      }
    })
    try {
      getInputs()
    } finally {
      process.env = env
    }
    expect([...read].sort()).toEqual(Object.keys(actionYml.inputs).map(inputEnvName).sort())
  })

  it('masks the API key and the token', () => {
    setInputs({})
    getInputs()
    expect(stdout).toContain(`::add-mask::${KEY}\n`)
    expect(stdout).toContain(`::add-mask::${TOKEN}\n`)
  })

  it('reads multi-line lists, dropping blank lines and surrounding spaces', () => {
    setInputs({
      collection: 'Orders API\n\n  *  \n1234-abc\n',
      environment: 'Staging\nProduction',
      exclude: 'Test *\nScratch'
    })
    expect(backup()).toMatchObject({
      collections: ['Orders API', '*', '1234-abc'],
      environments: ['Staging', 'Production'],
      exclude: ['Test *', 'Scratch']
    })
  })

  it('accepts environments alone', () => {
    setInputs({ collection: '', environment: '*' })
    expect(backup()).toMatchObject({ collections: [], environments: ['*'] })
  })

  it('reads every input that is given', () => {
    setInputs({
      workspace: 'ws1',
      directory: 'backups/',
      filename: '{id}.json',
      branch: 'postman',
      'create-branch': 'true',
      'dry-run': 'TRUE',
      validation: 'strict',
      'github-api-url': 'https://ghe.example.com/api/v3/',
      'postman-api-url': 'https://api.eu.postman.com'
    })
    expect(backup()).toMatchObject({
      workspace: 'ws1',
      directory: 'backups',
      filename: '{id}.json',
      branch: 'postman',
      createBranch: true,
      dryRun: true,
      validation: 'strict',
      githubApiUrl: 'https://ghe.example.com/api/v3',
      postmanApiUrl: 'https://api.eu.postman.com'
    })
  })

  it.each([
    [{ 'postman-api-key': '' }, 'postman-api-key', /is empty/],
    [{ 'postman-api-key': 'PMAK-a\nb' }, 'postman-api-key', /line break/],
    [{ 'github-token': '' }, 'github-token', /is empty/],
    [{ collection: '' }, 'collection', /is empty/],
    [{ collection: '\n  \n' }, 'collection', /is empty/],
    [{ concurrency: 'four' }, 'concurrency', /"four" is not a whole number from 1 to 32/],
    [{ concurrency: '0' }, 'concurrency', /not a whole number from 1 to 32/],
    [{ concurrency: '2.5' }, 'concurrency', /not a whole number/],
    [{ redact: 'all' }, 'redact', /secrets, none/],
    [{ prune: 'sometimes' }, 'prune', /not a boolean/],
    [{ full: 'yes' }, 'full', /not a boolean/],
    [{ 'environment-filename': '{nope}.json' }, 'environment-filename', /unknown placeholder/],
    [{ repository: 'a/b/c' }, 'repository', /owner\/name/],
    [{ branch: 'a..b' }, 'branch', /not a valid branch name/],
    [{ directory: '../up' }, 'directory', /"\.\." segments/],
    [{ filename: '{title}.json' }, 'filename', /unknown placeholder/],
    [{ 'commit-message': 'x {nope}' }, 'commit-message', /unknown placeholder/],
    [{ validation: 'loose' }, 'validation', /strict, lenient, off/],
    [{ 'create-branch': 'yes' }, 'create-branch', /not a boolean/],
    [{ 'dry-run': 'maybe' }, 'dry-run', /not a boolean/],
    [{ 'postman-api-url': 'api.postman.com' }, 'postman-api-url', /not an http\(s\) URL/],
    [{ 'github-api-url': 'ghe' }, 'github-api-url', /not an http\(s\) URL/]
  ])('refuses %j, naming the input', (inputs, input, why) => {
    setInputs(inputs as Record<string, string>)
    let error: unknown
    try {
      getInputs()
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect((error as Error).message).toMatch(why)
    expect(inputMessage(error as InputError)).toMatch(new RegExp(`^Input "${input}": `))
    expect((error as Error).message).not.toContain(KEY)
  })
})
