// A restore never destroys a secret (issue 11): restoring a redacted backup over the live document
// keeps Postman's value wherever redaction blanked one; where Postman has no value it stays blank
// and the plan says so per field; --overwrite-secrets (overwriteSecrets) writes the blanks.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { redactCollection, redactEnvironment } from '../../src/redact.js'
import { describeRestore, restoreBackup, type RestoreOptions } from '../../src/restore/index.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-secrets-test-0123456789abcdef'

type Variable = { key: string; value: string; type?: string; enabled?: boolean }

describe('a restore keeps the secrets Postman holds', () => {
  let servers: Servers
  let postman: PostmanServer
  let dir: string
  let n = 0
  const options = (extra: Partial<RestoreOptions> & { source: RestoreOptions['source'] }): RestoreOptions => ({
    postmanApiKey: KEY,
    postmanApiUrl: postman.url,
    postmanRetry: { baseDelayMs: 1 },
    ...extra
  })
  /** Writes a document as a redacted backup file would hold it. */
  const backupFile = (document: unknown, kind: 'collection' | 'environment') => {
    const file = join(dir, `backup-${++n}.json`)
    const { document: redacted } = kind === 'collection' ? redactCollection(document) : redactEnvironment(document)
    writeFileSync(file, JSON.stringify(redacted, null, 2))
    return file
  }
  const values = (id: string) => (postman.readEnvironment(id) as { values: Variable[] }).values
  const valueOf = (id: string, key: string) => values(id).find((v) => v.key === key)?.value

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY })
    postman = servers.postman
    dir = mkdtempSync(join(tmpdir(), 'secrets-test-'))
  })
  afterAll(async () => {
    await servers.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const staging = () => ({
    name: 'Staging',
    values: [
      { key: 'baseUrl', value: 'https://staging.example.com', type: 'default', enabled: true },
      { key: 'apiToken', value: 's3cr3t-token', type: 'secret', enabled: true },
      { key: 'clientSecret', value: 'client-s3cr3t', type: 'secret', enabled: true }
    ]
  })

  it('restoring a redacted environment over the live one keeps apiToken = s3cr3t-token', async () => {
    const { id } = postman.addEnvironment(staging())
    const file = backupFile(postman.readEnvironment(id), 'environment')
    // Since the backup: clientSecret was removed in Postman, baseUrl changed, variables reordered.
    postman.updateEnvironment(id, {
      values: [
        { key: 'apiToken', value: 's3cr3t-token', type: 'secret', enabled: true },
        { key: 'baseUrl', value: 'https://changed.example.com', type: 'default', enabled: true }
      ]
    })

    const planned = await restoreBackup(options({ source: { file }, to: id }))
    expect(planned.plan.secrets).toEqual([
      { pointer: '/values/1/value', kind: 'secret variable', label: 'apiToken', outcome: 'kept' },
      { pointer: '/values/2/value', kind: 'secret variable', label: 'clientSecret', outcome: 'blank' }
    ])
    // The plan never shows apiToken being changed: its value is Postman's.
    expect(planned.plan.variables).toMatchObject({ added: ['clientSecret'], changed: ['baseUrl'], removed: [] })
    const lines = describeRestore(planned, 'run again with --yes to apply')
    expect(lines).toEqual(
      expect.arrayContaining([
        "  apiToken (secret variable): keeps Postman's value",
        '  clientSecret (secret variable): stays blank: set it in Postman',
        '1 redacted value stays blank; set it in Postman.'
      ])
    )
    expect(lines.join('\n')).not.toContain('s3cr3t')

    const restored = await restoreBackup(options({ source: { file }, to: id, yes: true }))
    expect(restored.written).toBe(true)
    expect(valueOf(id, 'apiToken')).toBe('s3cr3t-token')
    expect(valueOf(id, 'clientSecret')).toBe('')
    expect(valueOf(id, 'baseUrl')).toBe('https://staging.example.com')
    expect(values(id).map((v) => v.key)).toEqual(['baseUrl', 'apiToken', 'clientSecret'])
    // Nothing left to do: the same restore again plans no change.
    const again = await restoreBackup(options({ source: { file }, to: id, yes: true }))
    expect(again).toMatchObject({ written: false, skipped: 'unchanged' })
  })

  it('--overwrite-secrets blanks Postman’s value, and the plan says so', async () => {
    const { id } = postman.addEnvironment(staging())
    const file = backupFile(postman.readEnvironment(id), 'environment')
    const planned = await restoreBackup(options({ source: { file }, to: id, overwriteSecrets: true }))
    expect(planned.plan.secrets.map((s) => [s.label, s.outcome])).toEqual([
      ['apiToken', 'overwritten'],
      ['clientSecret', 'overwritten']
    ])
    expect(planned.plan.variables.changed).toEqual(['apiToken', 'clientSecret'])
    expect(describeRestore(planned, 'x')).toContain(
      "  apiToken (secret variable): Postman's value is overwritten with a blank (overwriteSecrets)"
    )
    await restoreBackup(options({ source: { file }, to: id, overwriteSecrets: true, yes: true }))
    expect(valueOf(id, 'apiToken')).toBe('')
  })

  it('a new environment (workspace) has no values to keep: every secret stays blank', async () => {
    const { id } = postman.addEnvironment(staging())
    const file = backupFile(postman.readEnvironment(id), 'environment')
    const created = await restoreBackup(options({ source: { file }, workspace: postman.defaultWorkspaceId, yes: true }))
    expect(created.plan.secrets.map((s) => s.outcome)).toEqual(['blank', 'blank'])
    expect(valueOf(created.document?.id as string, 'apiToken')).toBe('')
  })

  it('collections: auth credentials are matched by item ID, not by position; with the manifest’s pointers too', async () => {
    const doc = sampleCollection('Secured', 2) as { item: Array<{ item: Array<Record<string, unknown>> }> } & Record<
      string,
      unknown
    >
    doc.auth = { type: 'bearer', bearer: [{ key: 'token', value: 'collection-token', type: 'string' }] }
    doc.item[0].item[1].request = {
      ...(doc.item[0].item[1].request as object),
      auth: {
        type: 'basic',
        basic: [
          { key: 'username', value: 'ann', type: 'string' },
          { key: 'password', value: 'pa55', type: 'string' }
        ]
      }
    }
    const { id } = postman.addCollection(doc)
    const served = postman.readCollection(id) as typeof doc
    const file = backupFile(served, 'collection')
    // In Postman since: a request inserted before the one with basic auth, whose password changed.
    const live = structuredClone(served)
    const requests = live.item[0].item
    ;(requests[1].request as { auth: { basic: Variable[] } }).auth.basic[1].value = 'n3w-pa55'
    requests.splice(0, 0, { name: 'Inserted', request: { method: 'GET', url: 'https://example.com/new' } })
    postman.updateCollection(id, live)

    const planned = await restoreBackup(options({ source: { file }, to: id }))
    expect(planned.plan.secrets).toEqual([
      { pointer: '/auth/bearer/0/value', kind: 'bearer token', label: 'collection', outcome: 'kept' },
      {
        pointer: '/item/0/item/1/request/auth/basic/1/value',
        kind: 'basic password',
        label: 'Folder / Request 2',
        outcome: 'kept'
      }
    ])
    expect(planned.plan.requests.removed.map((e) => e.path)).toEqual([['Folder', 'Inserted']])
    expect(planned.plan.requests.changed).toEqual([])
    expect(planned.plan.properties).toEqual([])

    await restoreBackup(options({ source: { file }, to: id, yes: true }))
    const now = postman.readCollection(id) as typeof doc & { auth: { bearer: Variable[] } }
    expect(now.auth.bearer[0].value).toBe('collection-token')
    expect((now.item[0].item[1].request as { auth: { basic: Variable[] } }).auth.basic[1].value).toBe('n3w-pa55')

    // The manifest's record of blanked pointers, when given, decides the places (here: only the bearer token).
    const onlyBearer = await restoreBackup(
      options({ source: { file }, to: id, redactedPointers: ['/auth/bearer/0/value'], overwriteSecrets: true })
    )
    expect(onlyBearer.plan.secrets.map((s) => [s.pointer, s.outcome])).toEqual([
      ['/auth/bearer/0/value', 'overwritten']
    ])
  })
})
