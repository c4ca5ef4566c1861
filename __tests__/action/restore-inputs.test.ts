// getInputs() for `mode: restore`: the inputs it adds, and what a backup step must leave empty.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { getInputs, inputMessage } from '../../src/action/inputs.js'
import { InputError } from '../../src/errors.js'
import { actionEnv } from '../../test-servers/actions-runner.js'

const context = { repository: 'octo/backups', token: 'ghs_restoreInputsToken', api_url: 'https://api.github.com' }
const ID = '1f0df51a-8658-4ee8-a2a1-d2567dfa09a9'

describe('getInputs, mode: restore', () => {
  const saved = { ...process.env }
  const setInputs = (inputs: Record<string, string>) =>
    Object.assign(process.env, actionEnv({ 'postman-api-key': 'PMAK-restore-inputs', ...inputs }, context))

  beforeEach(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    jest.restoreAllMocks()
    process.env = { ...saved }
  })

  it('reads path, ref, to and confirm; needs no collection', () => {
    setInputs({
      mode: 'restore',
      path: 'Postman collections/Orders.postman_collection.json',
      ref: 'v1.2',
      to: ID,
      confirm: 'true'
    })
    expect(getInputs()).toStrictEqual({
      mode: 'restore',
      repository: 'octo/backups',
      path: 'Postman collections/Orders.postman_collection.json',
      folder: false,
      ref: 'v1.2',
      confirm: true,
      dryRun: false,
      restore: {
        postmanApiKey: 'PMAK-restore-inputs',
        postmanApiUrl: 'https://api.postman.com',
        githubToken: 'ghs_restoreInputsToken',
        githubApiUrl: 'https://api.github.com',
        source: { repository: 'octo/backups', path: 'Postman collections/Orders.postman_collection.json', ref: 'v1.2' },
        to: ID,
        workspace: undefined,
        validation: 'lenient',
        yes: true,
        overwriteSecrets: false,
        prune: false
      }
    })
  })

  it('a path that is not a .json file is a backup folder, restored into workspace; to is refused with it', () => {
    setInputs({ mode: 'restore', path: 'Postman collections', workspace: 'ws-1', 'overwrite-secrets': 'true' })
    expect(getInputs()).toMatchObject({
      folder: true,
      path: 'Postman collections',
      restore: { workspace: 'ws-1', overwriteSecrets: true, prune: false }
    })
    setInputs({ mode: 'restore', path: 'Postman collections', to: ID })
    expect(() => getInputs()).toThrow(/cannot be used with a backup folder/)
  })

  it('reads from `branch` when ref is empty, and creates in `workspace` when to is empty', () => {
    setInputs({ mode: 'restore', path: 'a.json', branch: 'backups', workspace: 'ws-1' })
    expect(getInputs()).toMatchObject({
      path: 'a.json',
      confirm: false,
      restore: {
        source: { repository: 'octo/backups', path: 'a.json', ref: 'backups' },
        to: undefined,
        workspace: 'ws-1'
      }
    })
  })

  it('writes only with confirm and not dry-run', () => {
    setInputs({ mode: 'restore', path: 'a.json', to: ID, confirm: 'true', 'dry-run': 'true' })
    expect(getInputs()).toMatchObject({ confirm: true, dryRun: true, restore: { yes: false } })
  })

  it.each([
    [{ mode: 'restore', to: ID }, 'path', /is empty/],
    [{ mode: 'restore', path: '../x.json', to: ID }, 'path', /must not contain "\." or "\.\."/],
    [{ mode: 'restore', path: 'a.json' }, 'to', /^Input "to": Set to .* or workspace .*, one of them\.$/],
    [
      { mode: 'restore', path: 'a.json', to: ID, workspace: 'ws' },
      'to',
      /^Input "to": Set to .* or workspace .*, not both\.$/
    ],
    [{ mode: 'restore', path: 'a.json', to: ID, confirm: 'yes' }, 'confirm', /not a boolean/],
    [{ mode: 'Restore', path: 'a.json', to: ID }, 'mode', /not one of backup, restore/],
    [{ collection: 'Orders', path: 'a.json' }, 'path', /only used with mode: restore/],
    [{ collection: 'Orders', to: ID }, 'to', /only used with mode: restore/]
  ])('refuses %j (input %s)', (inputs, input, message) => {
    setInputs(inputs as Record<string, string>)
    const error = (() => {
      try {
        getInputs()
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).input).toBe(input)
    expect(inputMessage(error as InputError)).toMatch(message)
  })

  it('is a backup by default', () => {
    setInputs({ collection: 'Orders' })
    expect(getInputs().mode).toBe('backup')
  })
})
