// End to end: the built action (dist/index.js, as the runner runs it) in `mode: restore`: without
// `confirm` it shows the plan and writes nothing; with it, Postman holds the backed-up file again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { actionYml, type ActionRun } from '../../test-servers/actions-runner.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { startServers, visibleOutput, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-e2e-restore-1a2b3c4d5e6f7a8b9c0d'
const TOKEN = 'ghs_e2eRestoreToken0123456789abcdef'
const REPO = 'octo/restore-e2e'
const PATH = 'Postman collections/Orders API.postman_collection.json'

describe('the action in mode: restore', () => {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let id: string
  let backedUp: { info: Record<string, unknown>; item: unknown[] }

  const run = (inputs: Record<string, string>): Promise<ActionRun> => servers.runAction(REPO, inputs)
  const postmanWrites = () => postman.requests.filter((r) => r.method !== 'GET')
  const withoutUpdatedAt = (doc: unknown) => {
    const copy = structuredClone(doc) as { info: Record<string, unknown> }
    delete copy.info.updatedAt
    return copy
  }
  const visible = (result: ActionRun) => visibleOutput(result)

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY, token: TOKEN, repos: { [REPO]: { files: { 'README.md': 'x\n' } } } })
    ;({ postman, github } = servers)
    const orders = sampleCollection('Orders API', 3)
    orders.auth = { type: 'bearer', bearer: [{ key: 'token', value: 'planted-e2e-bearer' }] }
    id = postman.addCollection(orders).id
    const backup = await run({ collection: id })
    expect(backup.exitCode).toBe(0)
    backedUp = JSON.parse(await github.git(REPO, 'show', `main:${PATH}`))
    // Changed in Postman after the backup: one request left.
    postman.updateCollection(id, sampleCollection('Orders API', 1))
  })
  afterAll(() => servers?.close())
  beforeEach(() => {
    postman.requests.length = 0
  })

  it('without confirm: prints the plan (log and job summary), writes nothing, exits 0', async () => {
    const result = await run({ mode: 'restore', path: PATH, to: id })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(postmanWrites()).toEqual([])
    expect(result.stdout).toMatch(/Requests: +2 added, 0 removed, 0 changed, 1 unchanged/)
    expect(result.stdout).toContain('1 redacted value stays blank; set it in Postman.')
    expect(result.stdout).toMatch(
      /::notice::Restore plan only: nothing was written to Postman; set confirm: true to apply\./
    )
    expect(result.summary).toContain('Postman restore')
    expect(result.summary).toMatch(
      /<td>Requests<\/td><td>2: <code>Folder \/ Request 2<\/code>, <code>Folder \/ Request 3<\/code><\/td>/
    )
    expect(result.summary).toContain('Nothing was written: set confirm: true to apply.')
    expect(Object.keys(result.outputs).sort()).toEqual(Object.keys(actionYml.outputs).sort())
    expect(result.outputs).toMatchObject({ changed: 'false', 'collection-id': id, 'file-path': PATH, 'commit-sha': '' })
    expect(visible(result)).not.toContain(KEY)
  })

  it('with confirm but dry-run: still writes nothing', async () => {
    const result = await run({ mode: 'restore', path: PATH, to: id, confirm: 'true', 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(postmanWrites()).toEqual([])
    expect(result.stdout).toContain('set confirm: true and dry-run: false to apply')
  })

  it('with confirm: replaces the collection, which then equals the backed-up file (but for info.updatedAt)', async () => {
    const result = await run({ mode: 'restore', path: PATH, to: id, confirm: 'true' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(postmanWrites().map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /collections/${id}`])
    expect(withoutUpdatedAt(postman.readCollection(id))).toEqual(withoutUpdatedAt(backedUp))
    expect(result.outputs).toMatchObject({ changed: 'true', 'collection-id': id, 'collection-name': 'Orders API' })
    expect(result.stdout).toMatch(/::warning::1 redacted value stays blank; set it in Postman\./)
    expect(result.summary).toContain(`Written: Orders API (${id}).`)
    expect(visible(result)).not.toContain('planted-e2e-bearer')

    // Run again: Postman already holds the backup.
    postman.requests.length = 0
    const again = await run({ mode: 'restore', path: PATH, to: id, confirm: 'true' })
    expect(again.outputs.changed).toBe('false')
    expect(again.stdout).toMatch(/::notice::Postman's collection already equals/)
    expect(postmanWrites()).toEqual([])
  })

  it('creates the collection in a workspace', async () => {
    const workspace = postman.addWorkspace({ name: 'Restored' })
    const result = await run({ mode: 'restore', path: PATH, workspace, confirm: 'true' })
    expect(result.exitCode).toBe(0)
    const created = result.outputs['collection-id']
    expect(created).not.toBe(id)
    expect(postmanWrites().map((r) => `${r.method} ${r.path}${r.query}`)).toEqual([
      `POST /collections?workspace=${workspace}`
    ])
    expect((postman.readCollection(created) as { item: unknown[] }).item).toHaveLength(1)
  })

  it('fails the step on bad restore inputs, before any request', async () => {
    const missing = await run({ mode: 'restore', to: id })
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toMatch(/::error::Input "path": is empty/)
    const both = await run({ mode: 'restore', path: PATH })
    expect(both.stdout).toMatch(/::error::Input "to": Set to .* or workspace/)
    const stray = await run({ collection: 'Orders API', confirm: 'true' })
    expect(stray.stdout).toMatch(/::error::Input "confirm": is only used with mode: restore/)
    const mode = await run({ mode: 'restroe', path: PATH, to: id })
    expect(mode.stdout).toMatch(/::error::Input "mode": "restroe" is not one of backup, restore/)
    expect(postman.requests).toEqual([])
  })
})
