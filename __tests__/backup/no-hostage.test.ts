// No document is held hostage by another: a document that fails validation or cannot be fetched
// stays out of the commit (its previous backup untouched, marked pending in the manifest), the
// valid ones are committed, and the next run fetches the pending one first.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { failureMessage } from '../../src/backup/result.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'

const KEY = 'PMAK-no-hostage-test-000000000000'
const TOKEN = 'ghp_noHostageTestToken00000000000'
const DIR = 'Postman collections'

/** A collection the Collection Format refuses (strict): a request method that is a number. */
function invalidCollection(name: string): object {
  const doc = sampleCollection(name) as { item: Array<{ item: Array<{ request: { method: unknown } }> }> }
  doc.item[0].item[0].request.method = 7
  return doc
}

describe('no document is held hostage by another', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Hostage',
    repoName: 'octo/hostage',
    defaults: { collections: ['*'], validation: 'strict', postmanRetry: { attempts: 2, baseDelayMs: 5 } }
  })
  const { run, commits, show, manifest } = fixture
  let postman: PostmanServer, github: GitHubServer, workspace: string, repo: string
  beforeEach(() => {
    ;({ postman, github, workspace, repo } = fixture)
  })
  const getsOf = (id: string) => postman.requests.filter((r) => r.method === 'GET' && r.path.includes(id)).length

  it('commits the valid documents, keeps the invalid one’s previous backup and retries it next run', async () => {
    const good = postman.addCollection(sampleCollection('Good'), { workspace })
    const bad = postman.addCollection(sampleCollection('Bad'), { workspace })
    await run()
    const badFile = `${DIR}/Bad.postman_collection.json`
    const previousBad = await show(badFile)
    const before = await manifest()
    expect(await commits()).toBe(2)

    // Bad turns invalid in Postman, Good changes: Good is committed, Bad's file stays as it was.
    postman.updateCollection(bad.id, invalidCollection('Bad'))
    postman.updateCollection(good.id, sampleCollection('Good', 3))
    const result = await run()
    expect(result.changed).toBe(true)
    expect(await commits()).toBe(3)
    expect(result.failed).toEqual([
      expect.objectContaining({ kind: 'collection', id: bad.id, name: 'Bad', reason: 'invalid' })
    ])
    expect(result.failed[0].message).toMatch(/not a valid Postman Collection/)
    expect(result.files.find((f) => f.id === bad.id)).toMatchObject({
      status: 'invalid',
      changed: false,
      path: badFile
    })
    expect(result.files.find((f) => f.id === good.id)).toMatchObject({ status: 'ok', changed: true })
    expect(failureMessage(result)).toMatch(/1 of 2 documents could not be backed up \(the others were\)/)
    expect(await show(badFile)).toBe(previousBad)
    const after = await manifest()
    // The old sha and updatedAt stay, so the file on the branch is still described truthfully.
    expect(after.files['Bad.postman_collection.json']).toEqual({
      ...before.files['Bad.postman_collection.json'],
      pending: 'invalid'
    })
    expect(after.files['Good.postman_collection.json'].pending).toBeUndefined()

    // Fixed in Postman: the next run fetches it (first) and clears the mark.
    postman.updateCollection(bad.id, sampleCollection('Bad', 2))
    postman.requests.length = 0
    const fixed = await run()
    expect(fixed.failed).toEqual([])
    expect(failureMessage(fixed)).toBeUndefined()
    expect(getsOf(bad.id)).toBe(1)
    expect(getsOf(good.id)).toBe(0)
    expect((await manifest()).files['Bad.postman_collection.json'].pending).toBeUndefined()
    expect(await show(badFile)).not.toBe(previousBad)
  })

  it('refuses an answer with repeated keys (a secret hidden by a second "type") for that document alone', async () => {
    postman.addCollection(sampleCollection('Plain'), { workspace })
    const twisted = postman.addCollection(sampleCollection('Twisted'), { workspace })
    // JSON.parse keeps the last "type": the secret value would pass redaction as a string.
    const body =
      `{"collection":{"info":{"_postman_id":"${twisted.id}","name":"Twisted","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},` +
      '"item":[],"variable":[{"key":"token","value":"hidden-value","type":"secret","type":"string"}]}}'
    postman.faults.add({
      method: 'GET',
      path: new RegExp(`/collections/[^/]*${twisted.id}$`),
      fault: { kind: 'status', status: 200, body, headers: { 'content-type': 'application/json' } },
      times: Infinity
    })
    const result = await run()
    expect(result.files.find((f) => f.name === 'Plain')).toMatchObject({ status: 'ok', changed: true })
    expect(result.failed).toEqual([expect.objectContaining({ id: twisted.id, reason: 'invalid' })])
    expect(result.failed[0].message).toMatch(/repeat|duplicate/i)
    expect(result.failed[0].message).not.toContain('hidden-value')
    await expect(show(`${DIR}/Twisted.postman_collection.json`)).rejects.toThrow()
  })

  it('records a first-time failure without a file, and a document that cannot be fetched', async () => {
    postman.addCollection(sampleCollection('Fine'), { workspace })
    const never = postman.addCollection(invalidCollection('Never valid'), { workspace })
    const down = postman.addCollection(sampleCollection('Unreachable'), { workspace })
    // Every fetch of this one fails with a server error, after the client's retries.
    postman.faults.add({
      method: 'GET',
      path: new RegExp(`/collections/[^/]*${down.id}$`),
      times: Infinity,
      fault: { kind: 'status', status: 500, body: { error: { name: 'serverError', message: 'boom' } } }
    })
    const result = await run()
    expect(result.failed.map((f) => [f.name, f.reason]).sort()).toEqual([
      ['Never valid', 'invalid'],
      ['Unreachable', 'fetch-failed']
    ])
    expect(await commits()).toBe(2)
    const files = (await github.git(repo, 'ls-tree', '-r', '--name-only', 'main')).trim().split('\n')
    expect(files).toContain(`${DIR}/Fine.postman_collection.json`)
    expect(files).not.toContain(`${DIR}/Never valid.postman_collection.json`)
    expect(files).not.toContain(`${DIR}/Unreachable.postman_collection.json`)
    const recorded = (await manifest()).files
    expect(recorded['Never valid.postman_collection.json']).toMatchObject({ id: never.id, sha: '', pending: 'invalid' })
    expect(recorded['Unreachable.postman_collection.json']).toMatchObject({
      id: down.id,
      sha: '',
      pending: 'fetch-failed'
    })

    // Reachable again: the next run fetches it first and writes it; the invalid one stays pending.
    postman.faults.clear()
    postman.requests.length = 0
    const next = await run({ concurrency: 1 })
    expect(next.failed.map((f) => f.name)).toEqual(['Never valid'])
    const gets = postman.requests.filter((r) => r.method === 'GET' && /\/collections\/./.test(r.path))
    // Pending documents come first; Fine is current and not fetched at all.
    expect(gets.map((r) => r.path.split('/').pop()?.includes(down.id) || r.path.includes(never.id))).toEqual([
      true,
      true
    ])
    expect(await show(`${DIR}/Unreachable.postman_collection.json`)).toContain('"Unreachable"')
  })

  it('keeps a document name on one line in the commit message', async () => {
    postman.addCollection(sampleCollection('Evil\nCo-authored-by: Mallory <m@example.com>'), { workspace })
    await run({ commitMessage: 'Back up {name}' })
    const message = await github.git(repo, 'log', '-1', '--format=%B', 'main')
    expect(message.split('\n')[0]).toBe('Back up Evil Co-authored-by: Mallory <m@example.com>')
    expect(message).not.toMatch(/^Co-authored-by:/m)
  })
})
