// backupWorkspace into a local folder (LocalDirectoryWriter, `postman-backup backup --out DIR`):
// the same files and manifest as on GitHub, nothing rewritten when nothing changed, removals,
// and no path that leaves the folder.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { InputError } from '../src/errors.js'
import { gitBlobSha } from '../src/git-blob-sha.js'
import { LocalDirectoryWriter } from '../src/local-writer.js'
import { MANIFEST_NAME } from '../src/manifest.js'
import { backupWorkspace, type BackupWorkspaceOptions } from '../src/backup/index.js'
import type { PostmanServer } from '../test-servers/postman/server.js'
import { sampleCollection } from '../test-servers/samples.js'
import { startServers, type Servers } from './helpers/servers.js'

const KEY = 'PMAK-local-writer-0123456789abcdef'
const DIR = 'Postman collections'

describe('LocalDirectoryWriter', () => {
  let servers: Servers
  let postman: PostmanServer
  let root: string
  let out: string
  let workspace: string
  let n = 0
  const run = (extra: Partial<BackupWorkspaceOptions> = {}) =>
    backupWorkspace({
      postmanApiKey: KEY,
      postmanApiUrl: postman.url,
      repository: '',
      workspace,
      collections: ['*'],
      environments: ['*'],
      writer: new LocalDirectoryWriter(out),
      ...extra
    })
  const files = (folder = out): string[] =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
      .sort()
  const read = (path: string) => readFileSync(join(out, path), 'utf8')

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY })
    postman = servers.postman
    root = mkdtempSync(join(tmpdir(), 'local-writer-'))
  })
  afterAll(async () => {
    await servers.close()
    rmSync(root, { recursive: true, force: true })
  })
  beforeEach(() => {
    workspace = postman.addWorkspace({ name: `Local ${++n}` })
    out = join(root, `out-${n}`)
  })

  it('writes every document and the manifest, then changes nothing on a second run', async () => {
    const { id } = postman.addCollection(sampleCollection('Orders'), { workspace })
    postman.addEnvironment(
      { name: 'Staging', values: [{ key: 'token', value: 'planted-local-secret', type: 'secret', enabled: true }] },
      { workspace }
    )
    const progress: Array<{ done: number; total: number; name: string }> = []
    const first = await run({ onProgress: ({ done, total, name }) => progress.push({ done, total, name }) })
    expect(first).toMatchObject({ changed: true, collections: 1, environments: 1, changedFiles: 2 })
    expect(first.commitSha).toBeUndefined()
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['1/2', '2/2'])
    expect(progress.map((p) => p.name).sort()).toEqual(['Orders', 'Staging'])
    expect(files()).toEqual([
      `${DIR}/${MANIFEST_NAME}`,
      `${DIR}/Orders.postman_collection.json`,
      `${DIR}/Staging.postman_environment.json`
    ])
    expect(read(`${DIR}/Orders.postman_collection.json`)).toBe(
      `${JSON.stringify(postman.readCollection(id), null, 2)}\n`
    )
    expect(read(`${DIR}/Staging.postman_environment.json`)).not.toContain('planted-local-secret')
    const manifest = JSON.parse(read(`${DIR}/${MANIFEST_NAME}`)) as { files: Record<string, { sha: string }> }
    expect(manifest.files['Orders.postman_collection.json'].sha).toBe(
      gitBlobSha(read(`${DIR}/Orders.postman_collection.json`))
    )

    const mtimes = files().map((f) => statSync(join(out, f)).mtimeMs)
    const second = await run()
    expect(second).toMatchObject({ changed: false, changedFiles: 0 })
    expect(second.files.every((f) => !f.fetched)).toBe(true)
    expect(files().map((f) => statSync(join(out, f)).mtimeMs)).toEqual(mtimes)
  })

  it('moves a renamed document, prunes a deleted one, and leaves files it did not write alone', async () => {
    const { id } = postman.addCollection(sampleCollection('Alpha'), { workspace })
    const { id: gone } = postman.addCollection(sampleCollection('Beta'), { workspace })
    await run({ environments: [] })
    writeFileSync(join(out, DIR, 'notes.txt'), 'mine\n')
    writeFileSync(join(out, 'README.md'), 'mine\n')
    postman.updateCollection(id, sampleCollection('Alpha renamed'))
    postman.removeCollection(gone)
    const result = await run({ environments: [], prune: true })
    expect(result.deleted).toEqual([`${DIR}/Alpha.postman_collection.json`, `${DIR}/Beta.postman_collection.json`])
    expect(files()).toEqual([
      `${DIR}/${MANIFEST_NAME}`,
      `${DIR}/Alpha renamed.postman_collection.json`,
      `${DIR}/notes.txt`,
      'README.md'
    ])
  })

  it('removes folders left empty by a removal', async () => {
    const writer = new LocalDirectoryWriter(out)
    const target = { owner: '', repo: '' }
    await writer.commitFiles(await writer.readBranch(target), {
      message: '',
      files: [{ path: 'a/b/c.json', content: '{}\n' }]
    })
    const result = await writer.commitFiles(await writer.readBranch(target), {
      message: '',
      files: [],
      deletions: ['a/b/c.json', 'not/there.json']
    })
    expect(result.files).toEqual([{ path: 'a/b/c.json', status: 'deleted', blobSha: gitBlobSha('{}\n') }])
    expect(existsSync(join(out, 'a'))).toBe(false)
    expect(existsSync(out)).toBe(true)
  })

  it('writes nothing in a dry run, and reports what would change', async () => {
    postman.addCollection(sampleCollection('Dry'), { workspace })
    const result = await run({ dryRun: true })
    expect(result).toMatchObject({ changed: true, dryRun: true, changedFiles: 1 })
    expect(existsSync(out)).toBe(false)
  })

  it('refuses paths that would leave the folder', async () => {
    const writer = new LocalDirectoryWriter(out)
    const snapshot = await writer.readBranch({ owner: '', repo: '' })
    for (const path of ['../escape.json', '/etc/escape.json', 'a/../../escape.json', '.git/config']) {
      await expect(writer.commitFiles(snapshot, { message: '', files: [{ path, content: 'x' }] })).rejects.toThrow(
        InputError
      )
    }
    // A folder inside that is a symbolic link to somewhere outside.
    const outside = join(root, `outside-${n}`)
    mkdirSync(outside)
    mkdirSync(out, { recursive: true })
    symlinkSync(outside, join(out, 'link'))
    await expect(
      writer.commitFiles(snapshot, { message: '', files: [{ path: 'link/escape.json', content: 'x' }] })
    ).rejects.toThrow(/outside/)
    expect(readdirSync(outside)).toEqual([])
    await expect(run({ directory: '../up' })).rejects.toThrow(InputError)
    expect(existsSync(join(root, 'up'))).toBe(false)
  })

  it('does not list .git or follow symbolic links when reading the folder', async () => {
    mkdirSync(join(out, '.git'), { recursive: true })
    writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    writeFileSync(join(out, 'kept.json'), '{}\n')
    symlinkSync(root, join(out, 'loop'))
    const snapshot = await new LocalDirectoryWriter(out).readBranch({ owner: '', repo: '' })
    expect([...snapshot.files.entries()]).toEqual([['kept.json', gitBlobSha('{}\n')]])
  })

  it('never writes through a link planted at the temporary name or at the target', async () => {
    const writer = new LocalDirectoryWriter(out)
    mkdirSync(join(out, 'a'), { recursive: true })
    const victim = join(root, `victim-${n}.txt`)
    writeFileSync(victim, 'precious\n')
    // The old temporary name, <target>.<pid>.tmp, as a link committed to the backup repository.
    symlinkSync(victim, join(out, 'a', `x.json.${process.pid}.tmp`))
    const snapshot = await writer.readBranch({ owner: '', repo: '' })
    await writer.commitFiles(snapshot, { message: '', files: [{ path: 'a/x.json', content: 'new\n' }] })
    expect(readFileSync(join(out, 'a', 'x.json'), 'utf8')).toBe('new\n')
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
    expect(readdirSync(join(out, 'a')).filter((f) => f.endsWith('.tmp') && f !== `x.json.${process.pid}.tmp`)).toEqual(
      []
    )
    // The target itself a link: refused, naming the path.
    symlinkSync(victim, join(out, 'a', 'y.json'))
    await expect(
      writer.commitFiles(snapshot, { message: '', files: [{ path: 'a/y.json', content: 'evil\n' }] })
    ).rejects.toThrow(`"a/y.json" would be written through the symbolic link ${join(out, 'a', 'y.json')}`)
    expect(readFileSync(victim, 'utf8')).toBe('precious\n')
  })

  it('refuses a link at any level above the target and creates no folder through it', async () => {
    const writer = new LocalDirectoryWriter(out)
    const outside = join(root, `outside-deep-${n}`)
    mkdirSync(outside)
    mkdirSync(join(out, 'a'), { recursive: true })
    symlinkSync(outside, join(out, 'a', 'link'))
    const snapshot = await writer.readBranch({ owner: '', repo: '' })
    const error = await writer
      .commitFiles(snapshot, { message: '', files: [{ path: 'a/link/b/c/x.json', content: 'x' }] })
      .then(
        () => undefined,
        (e: unknown) => e as Error
      )
    expect(error).toBeInstanceOf(InputError)
    expect(error?.message).toContain(
      `"a/link/b/c/x.json" would be written through the symbolic link ${join(out, 'a', 'link')}`
    )
    expect(readdirSync(outside)).toEqual([])
    // A file where a folder must be: refused, not written around.
    writeFileSync(join(out, 'a', 'file'), 'x')
    await expect(
      writer.commitFiles(snapshot, { message: '', files: [{ path: 'a/file/x.json', content: 'x' }] })
    ).rejects.toThrow(/needs .* to be a folder/)
  })
})
