// Restoring a whole workspace from a backup folder (restoreWorkspace): into the workspace it came
// from (update by ID), into a new one after a disaster (create), a failure midway and the second
// run that finishes without duplicates, prune, and a folder in a repository.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { withoutManagedFields } from '../../src/diff/managed-fields.js'
import { MANIFEST_NAME } from '../../src/manifest.js'
import { redactCollection, redactEnvironment } from '../../src/redact.js'
import {
  describeWorkspaceRestore,
  RESTORE_JOURNAL_NAME,
  restoreWorkspace,
  type WorkspaceRestoreOptions
} from '../../src/restore/index.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { TOKEN } from '../helpers/github.js'
import { startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-workspace-restore-0123456789abcdef'
const REPO = 'octo/backups'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const SPEC_FILES = [
  { path: 'index.yaml', type: 'ROOT' as const, content: 'openapi: 3.0.0\ninfo:\n  title: Orders\n' },
  { path: 'components/schemas.yaml', type: 'DEFAULT' as const, content: 'Order:\n  type: object\n' }
]

describe('restoreWorkspace', () => {
  let servers: Servers
  let postman: PostmanServer
  let root: string
  let source: string
  let ids: { orders: string; users: string; env: string; spec: string }
  const folderFiles: Record<string, string> = {}

  const options = (extra: Partial<WorkspaceRestoreOptions> & Pick<WorkspaceRestoreOptions, 'workspace'>) =>
    ({
      postmanApiKey: KEY,
      postmanApiUrl: postman.url,
      postmanRetry: { baseDelayMs: 1, maxDelayMs: 5 },
      source: { dir: join(root, 'backup') },
      ...extra
    }) as WorkspaceRestoreOptions
  const writes = () => postman.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)

  /** The backup folder as the pipeline writes it: redacted files, the manifest, globals, a spec folder. */
  function writeBackupFolder(dir: string): void {
    const files: Record<string, string> = {}
    const manifest: Json = { version: 1, files: {} }
    const add = (path: string, content: string, entry: Json) => {
      files[path] = content
      if (entry) manifest.files[path] = { uid: '', sha: 'x', redact: 'secrets', redacted: 0, ...entry }
    }
    for (const id of [ids.orders, ids.users]) {
      const served = postman.readCollection(id) as Json
      const { document, redacted } = redactCollection(served)
      add(`Postman collections/${served.info.name}.postman_collection.json`, JSON.stringify(document, null, 2), {
        kind: 'collection',
        id,
        name: served.info.name,
        redacted: redacted.length
      })
    }
    const env = postman.readEnvironment(ids.env) as Json
    const redactedEnv = redactEnvironment(env)
    add(`Postman collections/${env.name}.postman_environment.json`, JSON.stringify(redactedEnv.document, null, 2), {
      kind: 'environment',
      id: ids.env,
      name: env.name,
      redacted: redactedEnv.redacted.length,
      redactedPointers: redactedEnv.redacted.map((f) => f.pointer)
    })
    const globals = redactEnvironment({ values: postman.readGlobals(source) })
    add('globals.postman_globals.json', JSON.stringify(globals.document, null, 2), {
      kind: 'globals',
      id: source,
      name: 'Globals',
      redacted: globals.redacted.length
    })
    const spec = postman.readSpec(ids.spec) as Json
    add(
      'specs/Orders API/spec.json',
      JSON.stringify({
        id: spec.id,
        name: spec.name,
        type: spec.type,
        files: spec.files.map(({ path, type }: Json) => ({ path, type }))
      }),
      { kind: 'spec', id: spec.id, name: spec.name, redact: 'none' }
    )
    for (const file of spec.files) files[`specs/Orders API/${file.path}`] = file.content
    files[MANIFEST_NAME] = JSON.stringify(manifest, null, 2)
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
      folderFiles[path] = content
    }
  }

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY, token: TOKEN, postman: { rateLimit: { endpointLimits: false } } })
    postman = servers.postman
    root = mkdtempSync(join(tmpdir(), 'workspace-restore-'))
    source = postman.addWorkspace({ name: 'Team' })
    const orders = sampleCollection('Orders API', 3) as Json
    orders.auth = { type: 'bearer', bearer: [{ key: 'token', value: 'orders-token', type: 'string' }] }
    ids = {
      orders: postman.addCollection(orders, { workspace: source }).id,
      users: postman.addCollection(sampleCollection('Users API', 2), { workspace: source }).id,
      env: postman.addEnvironment(
        {
          name: 'Production',
          values: [
            { key: 'baseUrl', value: 'https://api.example.com', type: 'default', enabled: true },
            { key: 'apiToken', value: 's3cr3t-token', type: 'secret', enabled: true }
          ]
        },
        { workspace: source }
      ).id,
      spec: postman.addSpec({ name: 'Orders API', type: 'OPENAPI:3.0', files: SPEC_FILES }, { workspace: source })
    }
    postman.setGlobals(source, [
      { key: 'region', value: 'eu', type: 'default', enabled: true },
      { key: 'sharedSecret', value: 'gl0bal-s3cr3t', type: 'secret', enabled: true }
    ])
    writeBackupFolder(join(root, 'backup'))
  })
  afterAll(async () => {
    await servers.close()
    rmSync(root, { recursive: true, force: true })
  })
  beforeEach(() => {
    postman.requests.length = 0
    postman.faults.clear()
  })

  it('into the workspace it came from: updates by ID what changed, leaves the rest, keeps the secrets', async () => {
    // In Postman since the backup: a request renamed, the env's URL changed, a global and a spec file edited.
    const orders = postman.readCollection(ids.orders) as Json
    orders.item[0].item[0].name = 'Renamed in Postman'
    postman.updateCollection(ids.orders, orders)
    postman.updateEnvironment(ids.env, {
      values: [
        { key: 'baseUrl', value: 'https://changed.example.com', type: 'default', enabled: true },
        { key: 'apiToken', value: 's3cr3t-token', type: 'secret', enabled: true }
      ]
    })
    postman.setGlobals(source, [
      { key: 'region', value: 'us', type: 'default', enabled: true },
      { key: 'sharedSecret', value: 'gl0bal-s3cr3t', type: 'secret', enabled: true }
    ])
    await restoreWorkspaceSpecEdit(ids.spec)

    const planned = await restoreWorkspace(options({ workspace: source }))
    expect(writes()).toEqual([])
    expect(planned.items.map((i) => [i.kind, i.name, i.action, i.matchedBy])).toEqual([
      ['collection', 'Orders API', 'update', 'id'],
      ['collection', 'Users API', 'unchanged', 'id'],
      ['environment', 'Production', 'update', 'id'],
      ['globals', 'Globals', 'update', undefined],
      ['spec', 'Orders API', 'update', 'id']
    ])
    expect(planned.items[0].plan?.secrets.map((s) => [s.label, s.outcome])).toEqual([['collection', 'kept']])
    expect(planned.items[4].files).toMatchObject({ changed: ['components/schemas.yaml'], unchanged: 1, extra: [] })
    const lines = describeWorkspaceRestore(planned, 'run again with --yes to apply')
    expect(lines).toContain(
      '  ~ collection "Orders API": update (' +
        ids.orders +
        '); requests 0 added, 0 removed, 1 changed, 2 unchanged; folders 0 added, 0 removed, 0 changed, 1 unchanged; variables 0 added, 0 removed, 0 changed, 1 unchanged'
    )
    expect(lines).toContain("      apiToken (secret variable): keeps Postman's value")
    expect(lines[lines.length - 1]).toBe('4 document(s) to restore. Nothing written: run again with --yes to apply.')
    expect(lines.join('\n')).not.toMatch(/s3cr3t|orders-token/)

    const applied = await restoreWorkspace(options({ workspace: source, yes: true }))
    expect(applied).toMatchObject({ written: true, complete: true })
    expect(applied.items.map((i) => i.outcome)).toEqual(['updated', 'unchanged', 'updated', 'updated', 'updated'])
    expect(writes()).toEqual([
      `PUT /collections/${ids.orders}`,
      `PUT /environments/${ids.env}`,
      `PUT /workspaces/${source}/global-variables`,
      `PATCH /specs/${ids.spec}/files/components%2Fschemas.yaml`
    ])
    const now = postman.readCollection(ids.orders) as Json
    expect(now.item[0].item[0].name).toBe('Request 1')
    expect(now.auth.bearer[0].value).toBe('orders-token')
    expect((postman.readEnvironment(ids.env) as Json).values).toEqual([
      { key: 'baseUrl', value: 'https://api.example.com', type: 'default', enabled: true },
      { key: 'apiToken', value: 's3cr3t-token', type: 'secret', enabled: true }
    ])
    expect(postman.readGlobals(source)).toEqual([
      { key: 'region', value: 'eu', type: 'default', enabled: true },
      { key: 'sharedSecret', value: 'gl0bal-s3cr3t', type: 'secret', enabled: true }
    ])
    expect(postman.readSpec(ids.spec)?.files).toEqual(SPEC_FILES)
  })

  async function restoreWorkspaceSpecEdit(id: string): Promise<void> {
    await fetch(`${postman.url}/specs/${id}/files/${encodeURIComponent('components/schemas.yaml')}`, {
      method: 'PATCH',
      headers: { 'X-Api-Key': KEY, 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: 'Order:\n  type: string\n' })
    })
    postman.requests.length = 0
  }

  it('after a disaster: into a new workspace everything is created; a failure midway is reported and the next run finishes without duplicates', async () => {
    postman.wipe()
    const fresh = postman.addWorkspace({ name: 'Recovered' })
    // Postman fails the environment's POST (after retries of a 503, which proves nothing was created).
    postman.faults.add({
      method: 'POST',
      path: '/environments',
      times: Infinity,
      fault: { kind: 'status', status: 503 }
    })
    const first = await restoreWorkspace(options({ workspace: fresh, yes: true }))
    expect(first).toMatchObject({ written: true, complete: false })
    expect(first.items.map((i) => [i.kind, i.outcome])).toEqual([
      ['collection', 'created'],
      ['collection', 'created'],
      ['environment', 'failed'],
      ['globals', 'not-attempted'],
      ['spec', 'not-attempted']
    ])
    const report = describeWorkspaceRestore(first, 'x')
    expect(report).toEqual(
      expect.arrayContaining([
        'Restored: 2 created, 0 updated, 0 deleted, 0 unchanged.',
        expect.stringMatching(/^Failed: environment "Production": .*503/),
        'Not restored (not attempted): globals "Globals", spec "Orders API".',
        'Run the same command again to finish: what is restored already is updated or left unchanged, never created twice.'
      ])
    )
    const journal = JSON.parse(readFileSync(join(root, 'backup', RESTORE_JOURNAL_NAME), 'utf8'))
    expect(Object.keys(journal.workspaces[fresh])).toEqual([
      'Postman collections/Orders API.postman_collection.json',
      'Postman collections/Users API.postman_collection.json'
    ])

    postman.faults.clear()
    postman.requests.length = 0
    const second = await restoreWorkspace(options({ workspace: fresh, yes: true }))
    expect(second).toMatchObject({ complete: true })
    expect(second.items.map((i) => [i.kind, i.action, i.matchedBy, i.outcome])).toEqual([
      ['collection', 'unchanged', 'journal', 'unchanged'],
      ['collection', 'unchanged', 'journal', 'unchanged'],
      ['environment', 'create', undefined, 'created'],
      ['globals', 'update', undefined, 'updated'],
      ['spec', 'create', undefined, 'created']
    ])
    expect(writes()).toEqual(['POST /environments', `PUT /workspaces/${fresh}/global-variables`, 'POST /specs'])

    // Every document equals the original (managed fields aside; secrets blank: there was nothing to keep).
    const listed = (await (
      await fetch(`${postman.url}/collections?workspace=${fresh}`, { headers: { 'X-Api-Key': KEY } })
    ).json()) as Json
    expect(listed.collections.map((c: Json) => c.name).sort()).toEqual(['Orders API', 'Users API'])
    const restoredOrders = postman.readCollection(
      listed.collections.find((c: Json) => c.name === 'Orders API').id
    ) as Json
    const backedUp = JSON.parse(folderFiles['Postman collections/Orders API.postman_collection.json'])
    expect(withoutManagedFields('collection', restoredOrders)).toEqual(withoutManagedFields('collection', backedUp))
    const spec = postman.readSpec(postman.specIds(fresh)[0])
    expect(spec).toMatchObject({ name: 'Orders API', type: 'OPENAPI:3.0', files: SPEC_FILES })
    expect(postman.readGlobals(fresh)).toEqual([
      { key: 'region', value: 'eu', type: 'default', enabled: true },
      { key: 'sharedSecret', value: '', type: 'secret', enabled: true }
    ])

    // Without the journal (a repository backup has none), the same name finds what was created: nothing twice.
    rmSync(join(root, 'backup', RESTORE_JOURNAL_NAME))
    postman.requests.length = 0
    const third = await restoreWorkspace(options({ workspace: fresh, yes: true }))
    expect(third.items.map((i) => [i.action, i.matchedBy])).toEqual([
      ['unchanged', 'name'],
      ['unchanged', 'name'],
      ['unchanged', 'name'],
      ['unchanged', undefined],
      ['unchanged', 'name']
    ])
    expect(writes()).toEqual([])
    expect(describeWorkspaceRestore(third, 'x').pop()).toBe(
      'Postman already holds everything in the backup; nothing to restore.'
    )
  })

  it('deletes nothing unless prune; with prune, what the backup does not hold', async () => {
    const target = postman.addWorkspace({ name: 'Pruned' })
    const extra = postman.addCollection(sampleCollection('Not in the backup'), { workspace: target }).id
    const kept = await restoreWorkspace(options({ workspace: target, yes: true }))
    expect(kept.items.some((i) => i.action === 'delete')).toBe(false)
    expect(postman.readCollection(extra)).toBeDefined()
    const pruned = await restoreWorkspace(options({ workspace: target, yes: true, prune: true }))
    expect(pruned.items.filter((i) => i.action === 'delete').map((i) => [i.kind, i.name, i.outcome])).toEqual([
      ['collection', 'Not in the backup', 'deleted']
    ])
    expect(postman.readCollection(extra)).toBeUndefined()
  })

  it('reads a backup folder from a repository (no journal there)', async () => {
    const files = Object.fromEntries(Object.entries(folderFiles).map(([path, content]) => [`backups/${path}`, content]))
    await servers.github.createRepo(REPO, { files })
    const target = postman.addWorkspace({ name: 'From GitHub' })
    const result = await restoreWorkspace(
      options({
        workspace: target,
        yes: true,
        source: { repository: REPO, path: 'backups' },
        githubToken: TOKEN,
        githubApiUrl: servers.github.url
      })
    )
    expect(result).toMatchObject({ complete: true, source: `${REPO}:backups` })
    expect(result.journal).toBeUndefined()
    expect(result.items.map((i) => i.outcome)).toEqual(['created', 'created', 'created', 'updated', 'created'])
  })

  it('the CLI: restore --dir DIR --workspace W plans, --yes applies, --to is refused with a folder', async () => {
    const target = postman.addWorkspace({ name: 'CLI' })
    const cli = async (...args: string[]) => {
      let stdout = ''
      let stderr = ''
      const code = await main(['restore', ...args, '--postman-api-url', postman.url], {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
        env: { POSTMAN_API_KEY: KEY, GITHUB_REPOSITORY: 'ignored/by-dir' },
        isTTY: false
      })
      return { code, stdout, stderr }
    }
    const dir = join(root, 'backup')
    const plan = await cli('--dir', dir, '--workspace', target)
    expect(plan.code).toBe(0)
    expect(plan.stdout).toContain(`Restore the backup folder ${dir} into workspace ${target}`)
    expect(plan.stdout).toContain('  + collection "Orders API": create;')
    expect(plan.stdout).toContain('Nothing written: run again with --yes to apply.')
    expect(writes()).toEqual([])
    const applied = await cli('--dir', dir, '--workspace', target, '--yes', '--json')
    expect(applied.code).toBe(0)
    expect(JSON.parse(applied.stdout)).toMatchObject({ complete: true, written: true })
    const refused = await cli('--dir', dir, '--to', 'x')
    expect(refused).toMatchObject({ code: 2 })
    expect(refused.stderr).toMatch(/--dir: cannot be used with --to/)
  })

  it('checks its options before any request', async () => {
    await expect(restoreWorkspace(options({ workspace: '' }))).rejects.toThrow(/workspace/)
    await expect(
      restoreWorkspace(options({ workspace: 'w', source: { dir: join(root, 'nothing-here') } }))
    ).rejects.toThrow(/no \.postman-backup\.json/)
    expect(existsSync(join(root, 'nothing-here'))).toBe(false)
    expect(postman.requests).toEqual([])
  })
})
