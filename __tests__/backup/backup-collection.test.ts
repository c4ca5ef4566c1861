// The library's use case in-process, against the local servers: backupCollection makes its own
// Octokit from a token, is silent without a logger, and returns a typed result.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  backupCollection,
  CollectionValidationError,
  InputError,
  PostmanNotFoundError,
  serializeDocument
} from '../../src/index.js'
import { holdsNewerVersion } from '../../src/backup/document.js'
import type { Logger } from '../../src/index.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-library-test-000000000000000'
const TOKEN = 'ghp_libraryTestToken0000000000000000'

describe('backupCollection', () => {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  const base = () => ({
    postmanApiKey: KEY,
    postmanApiUrl: postman.url,
    githubToken: TOKEN,
    githubApiUrl: github.url,
    repository: 'octo/lib'
  })

  beforeAll(async () => {
    servers = await startServers({
      apiKey: KEY,
      token: TOKEN,
      repos: { 'octo/lib': { files: { 'README.md': 'x\n' } } }
    })
    ;({ postman, github } = servers)
  })
  afterAll(() => servers.close())

  it('backs up by name with defaults and returns a typed result', async () => {
    const { id, uid } = postman.addCollection(sampleCollection('Library Orders'))
    const result = await backupCollection({ ...base(), collection: 'Library Orders' })
    expect(result).toMatchObject({
      changed: true,
      dryRun: false,
      repository: 'octo/lib',
      branch: 'main',
      filePath: 'Postman collections/Library Orders.postman_collection.json',
      collection: { id, uid, name: 'Library Orders' },
      warnings: []
    })
    expect(result.commitSha).toBe((await github.git('octo/lib', 'rev-parse', 'main')).trim())
    const stored = await github.git('octo/lib', 'show', `main:${result.filePath}`)
    expect(stored).toBe(serializeDocument(postman.readCollection(id)))
    expect(result.bytes).toBe(Buffer.byteLength(stored))
  })

  it('is silent without a logger and reports through one when given', async () => {
    const lines: string[] = []
    const logger: Logger = {
      debug: (m) => lines.push(`debug ${m}`),
      info: (m) => lines.push(`info ${m}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`)
    }
    const collection = sampleCollection('Lenient')
    ;(collection as { variable: Array<{ type: string }> }).variable[0].type = 'secret'
    postman.addCollection(collection)
    const result = await backupCollection({ ...base(), collection: 'Lenient', logger })
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0].pointer).toBe('/variable/0/type')
    expect(lines.some((l) => l.startsWith('warn ') && l.includes('/variable/0/type'))).toBe(true)
    expect(lines.some((l) => l.startsWith('info ') && l.includes('Created'))).toBe(true)
  })

  it('refuses in strict mode what lenient accepts, writing nothing', async () => {
    const before = await github.git('octo/lib', 'rev-parse', 'main')
    const error = await backupCollection({
      ...base(),
      collection: 'Lenient',
      validation: 'strict',
      filename: 'strict-{id}.json'
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CollectionValidationError)
    expect((error as CollectionValidationError).issues[0].pointer).toBe('/variable/0/type')
    expect(await github.git('octo/lib', 'rev-parse', 'main')).toBe(before)
  })

  it('checks every option before the first request', async () => {
    const requests = postman.requests.length + github.requests.length
    await expect(backupCollection({ ...base(), collection: 'x', repository: 'nope' })).rejects.toThrow(InputError)
    await expect(backupCollection({ ...base(), collection: 'x', filename: '{nope}' })).rejects.toThrow(
      /Option "filename"/
    )
    await expect(backupCollection({ ...base(), collection: 'x', validation: 'loose' as 'strict' })).rejects.toThrow(
      /Option "validation"/
    )
    await expect(backupCollection({ ...base(), collection: 'x', githubToken: undefined })).rejects.toThrow(
      /Option "githubToken"/
    )
    await expect(backupCollection({ ...base(), collection: '  ' })).rejects.toThrow(/Option "collections"/)
    expect(postman.requests.length + github.requests.length).toBe(requests)
  })

  it('throws typed errors for a missing collection', async () => {
    await expect(backupCollection({ ...base(), collection: 'Nothing like this' })).rejects.toThrow(PostmanNotFoundError)
  })
})

describe('holdsNewerVersion', () => {
  const doc = (id: string, updatedAt?: string) => ({
    info: { _postman_id: id, name: 'x', ...(updatedAt ? { updatedAt } : {}) },
    item: []
  })
  const bytes = (value: unknown) => Buffer.from(JSON.stringify(value))

  it('is true only for the same document with a later updatedAt', () => {
    expect(
      holdsNewerVersion('collection', bytes(doc('a', '2026-02-01T00:00:00Z')), doc('a', '2026-01-01T00:00:00Z'))
    ).toBe(true)
    expect(
      holdsNewerVersion('collection', bytes(doc('a', '2026-01-01T00:00:00Z')), doc('a', '2026-02-01T00:00:00Z'))
    ).toBe(false)
    expect(
      holdsNewerVersion('collection', bytes(doc('b', '2026-02-01T00:00:00Z')), doc('a', '2026-01-01T00:00:00Z'))
    ).toBe(false)
    expect(holdsNewerVersion('collection', bytes(doc('a')), doc('a', '2026-01-01T00:00:00Z'))).toBe(false)
    expect(holdsNewerVersion('collection', Buffer.from('not json'), doc('a', '2026-01-01T00:00:00Z'))).toBe(false)
  })

  it('reads environments at the top level', () => {
    expect(
      holdsNewerVersion('environment', bytes({ id: 'e', updatedAt: '2026-03-01T00:00:00Z' }), {
        id: 'e',
        updatedAt: '2026-01-01T00:00:00Z'
      })
    ).toBe(true)
  })
})
