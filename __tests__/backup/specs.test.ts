// Spec Hub specifications in the backup pipeline: one folder per spec with its files as they are
// (multi-file layouts kept), spec.json and the manifest entry restore reads, files a spec no longer
// has removed, a renamed spec's folder moved, exclude, and a round trip through restore.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from '@jest/globals'
import { MANIFEST_NAME } from '../../src/manifest.js'
import { LocalDirectoryWriter } from '../../src/local-writer.js'
import { restoreWorkspace } from '../../src/restore/workspace.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import type { SpecInput } from '../../test-servers/postman/kinds.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'

const KEY = 'PMAK-specs-test-0000000000000000'
const TOKEN = 'ghp_specsTestToken000000000000000'
const DIR = 'Postman collections'

const ROOT_YAML =
  'openapi: 3.0.0\ninfo:\n  title: Orders\n  version: 1.0.0\npaths:\n  /orders:\n    $ref: ./paths/orders.yaml\n'
const ORDERS_YAML = 'get:\n  responses:\n    "200":\n      description: OK\n'
const ordersSpec = (files = 2): SpecInput => ({
  name: 'Orders API',
  type: 'OPENAPI:3.0',
  files: [
    { path: 'index.yaml', content: ROOT_YAML, type: 'ROOT' },
    { path: 'paths/orders.yaml', content: ORDERS_YAML, type: 'DEFAULT' },
    { path: 'components/schemas.json', content: '{"Order": {"type": "object"}}', type: 'DEFAULT' }
  ].slice(0, files + 1) as SpecInput['files']
})

describe('backing up specs', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Specs',
    repoName: 'octo/specs',
    defaults: { specs: ['*'] }
  })
  const { run, show, tree } = fixture
  let postman: PostmanServer, workspace: string
  beforeEach(() => {
    ;({ postman, workspace } = fixture)
  })

  it('writes one folder per spec with its files as they are, spec.json and the manifest entry', async () => {
    const id = postman.addSpec(ordersSpec(2), { workspace })
    postman.addSpec(
      { name: 'Events', type: 'ASYNCAPI:2.0', files: [{ path: 'asyncapi.json', content: '{"asyncapi":"2.0.0"}' }] },
      { workspace }
    )
    const result = await run()
    expect(result.counts).toMatchObject({ spec: 2, collection: 0, globals: 0 })
    expect(await tree()).toEqual([
      `${DIR}/${MANIFEST_NAME}`,
      `${DIR}/specs/Events/asyncapi.json`,
      `${DIR}/specs/Events/spec.json`,
      `${DIR}/specs/Orders API/components/schemas.json`,
      `${DIR}/specs/Orders API/index.yaml`,
      `${DIR}/specs/Orders API/paths/orders.yaml`,
      `${DIR}/specs/Orders API/spec.json`,
      'README.md'
    ])
    // Byte for byte as Postman stores them.
    expect(await show(`${DIR}/specs/Orders API/index.yaml`)).toBe(ROOT_YAML)
    expect(await show(`${DIR}/specs/Orders API/paths/orders.yaml`)).toBe(ORDERS_YAML)
    expect(JSON.parse(await show(`${DIR}/specs/Orders API/spec.json`))).toEqual({
      id,
      name: 'Orders API',
      type: 'OPENAPI:3.0',
      files: [
        { path: 'index.yaml', type: 'ROOT' },
        { path: 'paths/orders.yaml', type: 'DEFAULT' },
        { path: 'components/schemas.json', type: 'DEFAULT' }
      ]
    })
    const manifest = JSON.parse(await show(`${DIR}/${MANIFEST_NAME}`))
    expect(manifest.files['specs/Orders API/spec.json']).toEqual({
      kind: 'spec',
      id,
      uid: '',
      name: 'Orders API',
      sha: expect.any(String),
      redact: 'none',
      redacted: 0,
      secretScan: 'redact'
    })
    const again = await run()
    expect(again).toMatchObject({ changed: false, changedFiles: 0 })
  })

  it('removes files a spec no longer has, and moves the folder of a renamed spec', async () => {
    const id = postman.addSpec(ordersSpec(2), { workspace })
    await run()
    postman.removeSpec(id)
    postman.addSpec({ ...ordersSpec(1), name: 'Orders v2' }, { workspace, id })
    const result = await run()
    expect(result.changedFiles).toBe(1)
    expect((await tree()).filter((p) => p.includes('/specs/'))).toEqual([
      `${DIR}/specs/Orders v2/index.yaml`,
      `${DIR}/specs/Orders v2/paths/orders.yaml`,
      `${DIR}/specs/Orders v2/spec.json`
    ])
    expect(Object.keys(JSON.parse(await show(`${DIR}/${MANIFEST_NAME}`)).files)).toEqual(['specs/Orders v2/spec.json'])
  })

  it('selects by name or ID, honours exclude, and fetches a spec by ID without a workspace', async () => {
    const orders = postman.addSpec(ordersSpec(1), { workspace })
    postman.addSpec(
      { name: 'Scratch', type: 'OPENAPI:3.0', files: [{ path: 'a.yaml', content: 'x: 1\n' }] },
      { workspace }
    )
    const excluded = await run({ exclude: ['Scr*'] })
    expect(excluded.files.map((f) => f.name)).toEqual(['Orders API'])
    const byName = await run({ specs: ['Scratch'] })
    expect(byName.files.map((f) => f.name)).toEqual(['Scratch'])
    const byId = await run({ workspace: undefined, specs: [orders] })
    expect(byId.files.map((f) => [f.kind, f.name])).toEqual([['spec', 'Orders API']])
  })

  it('restores into a new workspace from a local backup folder, as written', async () => {
    const id = postman.addSpec(ordersSpec(2), { workspace })
    const out = await mkdtemp(join(tmpdir(), 'specs-'))
    try {
      await run({ writer: new LocalDirectoryWriter(out), repository: undefined })
      const folder = join(out, DIR)
      expect(await readFile(join(folder, 'specs/Orders API/paths/orders.yaml'), 'utf8')).toBe(ORDERS_YAML)
      const target = postman.addWorkspace({ name: 'Restored' })
      await restoreWorkspace({
        postmanApiKey: KEY,
        postmanApiUrl: postman.url,
        source: { dir: folder },
        workspace: target,
        yes: true
      })
      const [restored] = postman.specIds(target)
      const { id: _a, workspace: _b, ...copy } = postman.readSpec(restored) ?? {}
      const { id: _c, workspace: _d, ...original } = postman.readSpec(id) ?? {}
      expect(copy).toEqual(original)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })
})
