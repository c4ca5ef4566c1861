// The changelog of a backup against the local servers: each changed document compared with its file
// on the branch, told in the commit message (body, `{changes}` in the subject) and in the result,
// by name only: a variable's value never appears.
import { beforeEach, describe, expect, it } from '@jest/globals'
import { changesOutput } from '../../src/changelog/index.js'
import { InputError } from '../../src/errors.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'

const KEY = 'PMAK-changelog-test-0000000000000'
const TOKEN = 'ghp_changelogTestToken00000000000000'
const SECRET_VALUE = 'https://staging.internal.example/secret-value'

/** A collection with three folders of requests; `Admin` goes away later, `Refunds` gains requests. */
function orders(extra: { added?: string[]; changedUrl?: boolean; withAdmin?: boolean } = {}) {
  const request = (name: string, url: string) => ({
    name,
    request: { method: 'GET', header: [], url: { raw: url } },
    response: []
  })
  return {
    info: { name: 'Orders API', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      {
        name: 'Orders',
        item: [
          request('Create order', extra.changedUrl ? 'https://example.com/v2/orders' : 'https://example.com/orders'),
          request('List orders', 'https://example.com/orders')
        ]
      },
      ...(extra.withAdmin === false
        ? []
        : [
            {
              name: 'Admin',
              item: ['Users', 'Roles', 'Audit', 'Keys'].map((n) => request(n, `https://example.com/admin/${n}`))
            }
          ]),
      {
        name: 'Refunds',
        item: ['List refunds', ...(extra.added ?? [])].map((n) => request(n, `https://example.com/refunds/${n}`))
      }
    ]
  }
}

describe('the changelog of a backup', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Changelog',
    repoName: 'octo/changelog',
    githubToken: true,
    defaults: {
      collections: ['*'],
      environments: ['*'],
      // The workspace's globals are another document kind; these tests are about the ones they name.
      globals: false
    }
  })
  const { run } = fixture
  let postman: PostmanServer, github: GitHubServer, workspace: string, repo: string
  beforeEach(() => {
    ;({ postman, github, workspace, repo } = fixture)
  })
  const lastMessage = async () => (await github.git(repo, 'log', '-1', '--format=%B', 'main')).trim()

  it('lists added and changed requests, a removed folder and changed variables by name in the commit body', async () => {
    const collection = postman.addCollection(orders(), { workspace })
    const staging = postman.addEnvironment(
      {
        name: 'Staging',
        values: [{ key: 'baseUrl', value: 'https://staging.example', type: 'default', enabled: true }]
      },
      { workspace }
    )
    postman.addCollection(sampleCollection('Users API'), { workspace })
    const first = await run({ commitMessage: 'Back up Postman: {changes}' })
    expect(first.changed).toBe(true)
    expect(first.changes.map((c) => [c.name, c.status])).toEqual([
      // By path, as the commit lists them.
      ['Orders API', 'created'],
      ['Staging', 'created'],
      ['Users API', 'created']
    ])

    postman.updateCollection(
      collection.id,
      orders({ added: ['Create refund', 'Get refund'], changedUrl: true, withAdmin: false })
    )
    postman.updateEnvironment(staging.id, {
      name: 'Staging',
      values: [{ key: 'baseUrl', value: SECRET_VALUE, type: 'default', enabled: true }]
    })
    const second = await run({ commitMessage: 'Back up Postman: {changes}' })
    expect(second.changed).toBe(true)
    const message = await lastMessage()
    const [subject, blank, ...body] = message.split('\n')
    expect(blank).toBe('')
    // {changes}: the one-line summary in the subject.
    expect(subject).toMatch(/^Back up Postman: .*in Orders API/)
    expect(subject).toContain('Staging')
    const text = body.join('\n')
    expect(text).toContain('Orders API:')
    expect(text).toMatch(/Refunds \/ Create refund/)
    expect(text).toMatch(/Refunds \/ Get refund/)
    expect(text).toMatch(/Orders \/ Create order/)
    expect(text).toMatch(/folder "Admin" removed \(4 requests\)/)
    expect(text).toMatch(/Staging \(environment\): variable baseUrl changed/)
    // Users API did not change: no line.
    expect(text).not.toContain('Users API')
    // Names only: no value, old or new, of a variable.
    expect(message).not.toContain(SECRET_VALUE)
    expect(message).not.toContain('staging.example')
    expect(JSON.stringify(second.changes)).not.toContain(SECRET_VALUE)
    expect(second.commitMessage?.trim()).toBe(message)

    // The result and the output form say the same.
    expect(second.changes.map((c) => [c.name, c.status])).toEqual([
      ['Orders API', 'changed'],
      ['Staging', 'changed']
    ])
    const [ordersEntry] = changesOutput(second.changes)
    expect(ordersEntry.counts.folders.removed).toBe(1)
    expect(ordersEntry.names.requests.changed).toEqual(['Orders / Create order'])

    // Nothing changed: no commit, no changes.
    const third = await run()
    expect(third).toMatchObject({ changed: false, changes: [] })
    expect(third.commitMessage).toBeUndefined()
  })

  it('reports a pruned collection as removed, with what it held', async () => {
    const gone = postman.addCollection(orders(), { workspace })
    postman.addCollection(sampleCollection('Users API'), { workspace })
    await run()
    postman.removeCollection(gone.id)
    const result = await run({ prune: true })
    expect(result.changes.map((c) => [c.name, c.status])).toEqual([['Orders API', 'removed']])
    expect(await lastMessage()).toMatch(/Orders API: removed \(7 requests in 3 folders\)/)
  })

  it('describes a lone collection against its file, read once through the contents API', async () => {
    const collection = postman.addCollection(sampleCollection('Payments', 2), { workspace })
    await run({ collections: ['Payments'], environments: [] })
    postman.updateCollection(collection.id, sampleCollection('Payments', 3))
    github.requests.length = 0
    const result = await run({ collections: ['Payments'], environments: [], commitMessage: '{name}: {changes}' })
    expect(result.changes).toHaveLength(1)
    expect(await lastMessage()).toMatch(
      /^Payments: 1 request added in Payments\n\nPayments: request "Folder \/ Request 3" added$/
    )
    // The file was read once (GET contents), not once more for the changelog.
    expect(github.requests.filter((r) => r.method === 'GET' && r.path.includes('/contents/'))).toHaveLength(1)
    expect(github.requests.filter((r) => r.path.includes('/git/blobs'))).toHaveLength(0)
  })

  it('accepts {changes} in commit-message only', async () => {
    await expect(run({ filename: '{changes}.json' })).rejects.toThrow(InputError)
    await expect(run({ commitMessage: 'x {nope}' })).rejects.toThrow(/unknown placeholder "\{nope\}".*\{changes\}/)
  })
})
