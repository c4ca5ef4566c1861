// Globals of a workspace in the backup pipeline: one file, secret values blanked, a manifest entry
// restore reads, the default that follows `workspace` and `collection: *`, and a round trip.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { MANIFEST_NAME } from '../../src/manifest.js'
import { LocalDirectoryWriter } from '../../src/local-writer.js'
import { restoreWorkspace } from '../../src/restore/workspace.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'

const KEY = 'PMAK-globals-test-00000000000000'
const TOKEN = 'ghp_globalsTestToken0000000000000'
const DIR = 'Postman collections'

describe('backing up globals', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Globals',
    repoName: 'octo/globals',
    defaults: { collections: ['*'] }
  })
  const { run, show, tree } = fixture
  let postman: PostmanServer, workspace: string
  beforeEach(() => {
    ;({ postman, workspace } = fixture)
  })
  beforeEach(() => {
    postman.addCollection(sampleCollection('Orders'), { workspace })
  })

  it('writes them by default with workspace and *, secret values blanked, recorded for restore', async () => {
    postman.setGlobals(workspace, [
      { key: 'baseUrl', value: 'https://api.example.com', type: 'default', enabled: true },
      { key: 'token', value: 's3cr3t-global', type: 'secret', enabled: true }
    ])
    const result = await run()
    expect(result.counts).toMatchObject({ collection: 1, globals: 1, environment: 0, spec: 0 })
    expect(await tree()).toContain(`${DIR}/globals.postman_globals.json`)
    const file = JSON.parse(await show(`${DIR}/globals.postman_globals.json`))
    expect(file).toMatchObject({ id: workspace, name: 'Globals', _postman_variable_scope: 'globals' })
    expect(file.values).toEqual([
      { key: 'baseUrl', value: 'https://api.example.com', type: 'default', enabled: true },
      { key: 'token', value: '', type: 'secret', enabled: true }
    ])
    expect(await show(`${DIR}/globals.postman_globals.json`)).not.toContain('s3cr3t-global')
    const manifest = JSON.parse(await show(`${DIR}/${MANIFEST_NAME}`))
    expect(manifest.files['globals.postman_globals.json']).toEqual({
      kind: 'globals',
      id: workspace,
      uid: '',
      name: 'Globals',
      sha: expect.any(String),
      redact: 'secrets',
      redacted: 1,
      secretScan: 'redact',
      redactedPointers: ['/values/1/value']
    })
    expect(result.files.find((f) => f.kind === 'globals')).toMatchObject({ changed: true, redacted: 1 })

    // Nothing changed: fetched again (no change time), not rewritten.
    const again = await run()
    expect(again).toMatchObject({ changed: false, changedFiles: 0 })
    postman.setGlobals(workspace, [{ key: 'baseUrl', value: 'https://v2.example.com', type: 'default', enabled: true }])
    const changed = await run()
    expect(changed.files.filter((f) => f.changed).map((f) => f.kind)).toEqual(['globals'])
    expect(JSON.parse(await show(`${DIR}/globals.postman_globals.json`)).values[0].value).toBe('https://v2.example.com')
  })

  it('follows its options: off with globals: false, its own file name, none for a workspace without globals', async () => {
    postman.setGlobals(workspace, [{ key: 'a', value: '1', type: 'default', enabled: true }])
    await run({ globals: false })
    expect(await tree()).not.toContain(`${DIR}/globals.postman_globals.json`)
    await run({ globalsFilename: 'vars/{name}.json' })
    expect(await tree()).toContain(`${DIR}/vars/Globals.json`)

    const empty = postman.addWorkspace({ name: 'No globals' })
    postman.addCollection(sampleCollection('Lonely'), { workspace: empty })
    const result = await run({ workspace: empty })
    expect(result.counts.globals).toBe(0)
  })

  it('is not on by default without * or workspace, and needs workspace when asked for', async () => {
    postman.setGlobals(workspace, [{ key: 'a', value: '1', type: 'default', enabled: true }])
    const named = await run({ collections: ['Orders', 'Orders'], prune: true })
    expect(named.counts.globals).toBe(0)
    await expect(run({ workspace: undefined, globals: true })).rejects.toThrow(InputError)
    await expect(run({ workspace: undefined, globals: true })).rejects.toThrow(/globals.*needs `workspace`/)
  })

  it('restores into a new workspace from a local backup folder, as written', async () => {
    postman.setGlobals(workspace, [
      { key: 'region', value: 'eu', type: 'default', enabled: true },
      { key: 'apiToken', value: 'keep-me', type: 'secret', enabled: true }
    ])
    const out = await mkdtemp(join(tmpdir(), 'globals-'))
    try {
      await run({ writer: new LocalDirectoryWriter(out), redact: 'none', repository: undefined })
      const folder = join(out, DIR)
      expect(JSON.parse(await readFile(join(folder, 'globals.postman_globals.json'), 'utf8')).values).toHaveLength(2)
      const target = postman.addWorkspace({ name: 'Restored' })
      await restoreWorkspace({
        postmanApiKey: KEY,
        postmanApiUrl: postman.url,
        source: { dir: folder },
        workspace: target,
        yes: true
      })
      expect(postman.readGlobals(target)).toEqual(postman.readGlobals(workspace))
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })
})
