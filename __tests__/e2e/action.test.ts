// End to end: the built dist/index.js, run as the Actions runner runs it, against the local
// Postman and GitHub servers; commits are asserted in the real git repository behind the server.
import { describe, expect, it } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { actionYml, runAction, type ActionRun } from '../../test-servers/actions-runner.js'
import { startServers, visibleOutput, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-e2e-5f1d0c6a9b8e7d6c5b4a3f2e1d0c9b8a'
const TOKEN = 'ghs_e2eWriteToken0123456789abcdefABCDEF'
const READ_TOKEN = 'ghs_e2eReadOnlyToken0123456789abcdef'
const FILE = 'Postman collections/Orders API.postman_collection.json'
const pretty = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`

function expectNoSecrets(result: ActionRun, secrets = [KEY, TOKEN, READ_TOKEN]) {
  const all = visibleOutput(result)
  for (const secret of secrets) {
    expect(all).not.toContain(secret)
    expect(all).not.toContain(Buffer.from(secret).toString('base64'))
  }
}

/** What each test works with: a Postman and a GitHub server of its own, holding Orders API and Payments. */
interface Setup {
  servers: Servers
  postman: PostmanServer
  github: GitHubServer
  ordersId: string
  /** A fresh repository (README.md only, or empty). */
  newRepo(options?: { empty?: boolean }): Promise<string>
  run(repository: string, inputs: Record<string, string>, token?: string): Promise<ActionRun>
  /** GitHub requests other than GET so far. */
  writes(): number
  commitCount(repo: string, branch?: string): Promise<number>
}

async function setUp(): Promise<Setup> {
  const servers = await startServers({ apiKey: KEY, token: TOKEN, readToken: READ_TOKEN })
  const { postman, github } = servers
  const ordersId = postman.addCollection(sampleCollection('Orders API', 3)).id
  postman.addCollection(sampleCollection('Payments'))
  let repoCount = 0
  return {
    servers,
    postman,
    github,
    ordersId,
    async newRepo(options = {}) {
      const name = `octo/backups-${++repoCount}`
      await github.createRepo(name, options.empty ? {} : { files: { 'README.md': '# backups\n' } })
      return name
    },
    run: (repository, inputs, token = TOKEN) => servers.runAction(repository, inputs, { token }),
    writes: () => github.requests.filter((r) => r.method !== 'GET').length,
    commitCount: async (repo, branch = 'main') => Number((await github.git(repo, 'rev-list', '--count', branch)).trim())
  }
}

/**
 * A test with servers of its own, run concurrently with the file's others: each is one or two runs of
 * dist/index.js, which spend most of their time in plugin-throttling's 1 s pacing between writes.
 */
function e2e(name: string, test: (setup: Setup) => Promise<void>): void {
  it.concurrent(name, async () => {
    const setup = await setUp()
    try {
      await test(setup)
    } finally {
      await setup.servers.close()
    }
  })
}

describe('the action, end to end', () => {
  e2e(
    'commits the collection as pretty JSON, then makes no commit when nothing changed',
    async ({ postman, github, ordersId, newRepo, run, writes, commitCount }) => {
      const repo = await newRepo()
      const first = await run(repo, { collection: 'Orders API' })
      expect(first.stderr).toBe('')
      expect(first.exitCode).toBe(0)
      const head = (await github.git(repo, 'rev-parse', 'main')).trim()
      // The step sets exactly the outputs action.yml declares.
      expect(Object.keys(first.outputs).sort()).toEqual(Object.keys(actionYml.outputs).sort())
      expect(first.outputs).toMatchObject({
        changed: 'true',
        'commit-sha': head,
        'commit-url': expect.stringContaining(head),
        'file-path': FILE,
        'collection-id': ordersId,
        'collection-name': 'Orders API',
        collections: '1',
        environments: '0',
        'changed-files': '1'
      })
      expect(JSON.parse(first.outputs.files)).toEqual([
        { kind: 'collection', id: ordersId, name: 'Orders API', path: FILE, changed: true, redacted: 0 }
      ])
      // Byte for byte what the API serves (without the envelope), as pretty JSON.
      const stored = await github.git(repo, 'show', `main:${FILE}`)
      expect(stored).toBe(pretty(postman.readCollection(ordersId)))
      expect(JSON.parse(stored).info.name).toBe('Orders API')
      expect(await github.git(repo, 'log', '-1', '--format=%s', 'main')).toBe('Back up Postman collection Orders API\n')
      expect(await commitCount(repo)).toBe(2)
      expect(first.summary).toContain('<table>')
      expect(first.summary).toContain('Orders API')
      expect(first.summary).toContain(head.slice(0, 7))
      expectNoSecrets(first)

      github.requests.length = 0
      const second = await run(repo, { collection: 'Orders API' })
      expect(second.exitCode).toBe(0)
      expect(second.outputs.changed).toBe('false')
      expect(second.outputs['commit-sha']).toBe('')
      expect(second.stdout).toMatch(/::notice::.*unchanged/)
      expect(await commitCount(repo)).toBe(2)
      expect(writes()).toBe(0)
    }
  )

  e2e('updates the file when the collection changed in Postman', async ({ postman, github, newRepo, run }) => {
    const repo = await newRepo()
    const { id } = postman.addCollection(sampleCollection('Inventory'))
    await run(repo, { collection: id })
    postman.updateCollection(id, sampleCollection('Inventory', 5))
    const result = await run(repo, { collection: id, 'commit-message': 'Postman: {name} ({id})' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.changed).toBe('true')
    const stored = JSON.parse(
      await github.git(repo, 'show', 'main:Postman collections/Inventory.postman_collection.json')
    )
    expect(stored.item[0].item).toHaveLength(5)
    expect(await github.git(repo, 'log', '-1', '--format=%s', 'main')).toBe(`Postman: Inventory (${id})\n`)
  })

  e2e('makes the first commit of an empty repository', async ({ github, newRepo, run }) => {
    const repo = await newRepo({ empty: true })
    const result = await run(repo, { collection: 'Orders API', directory: '/' })
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(await github.git(repo, 'ls-tree', '-r', '--name-only', 'main')).toBe('Orders API.postman_collection.json\n')
  })

  e2e(
    'honours directory, filename and branch, and creates the branch when asked',
    async ({ github, ordersId, newRepo, run, writes, commitCount }) => {
      const repo = await newRepo()
      const refused = await run(repo, { collection: 'Orders API', branch: 'postman/backups' })
      expect(refused.exitCode).toBe(1)
      expect(refused.stdout).toMatch(/::error::Branch "postman\/backups" does not exist .* turn on `create-branch`/)
      expect(writes()).toBe(0)

      const created = await run(repo, {
        collection: 'Orders API',
        branch: 'postman/backups',
        'create-branch': 'true',
        directory: 'api/postman',
        filename: '{id}.json'
      })
      expect(created.exitCode).toBe(0)
      expect(created.outputs['file-path']).toBe(`api/postman/${ordersId}.json`)
      expect(await github.git(repo, 'ls-tree', '-r', '--name-only', 'postman/backups')).toBe(
        `README.md\napi/postman/${ordersId}.json\n`
      )
      expect(await commitCount(repo, 'main')).toBe(1)
    }
  )

  e2e('dry-run reports the change and writes nothing', async ({ newRepo, run, writes, commitCount }) => {
    const repo = await newRepo()
    const result = await run(repo, { collection: 'Orders API', 'dry-run': 'true' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.changed).toBe('true')
    expect(result.outputs['commit-sha']).toBe('')
    expect(result.stdout).toMatch(/::notice::Dry run/)
    expect(writes()).toBe(0)
    expect(await commitCount(repo)).toBe(1)
  })

  e2e(
    'fails with an actionable message for a wrong API key, and writes nothing',
    async ({ postman, github, newRepo }) => {
      const repo = await newRepo()
      const result = await runAction(
        { 'postman-api-key': 'PMAK-wrong-0000000000000000', 'postman-api-url': postman.url, collection: 'Orders API' },
        { repository: repo, token: TOKEN, api_url: github.url }
      )
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toMatch(/::error::Postman rejected the API key \(401/)
      expectNoSecrets(result, ['PMAK-wrong-0000000000000000', TOKEN])
      expect(github.requests).toHaveLength(0)
    }
  )

  e2e('lists the closest names when the collection is not found', async ({ github, newRepo, run }) => {
    const repo = await newRepo()
    const result = await run(repo, { collection: 'Order API' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/::error::No collection named "Order API".*Closest names: "Orders API"/)
    expect(github.requests).toHaveLength(0)
  })

  e2e('names the permission needed when the token can only read', async ({ newRepo, run, commitCount }) => {
    const repo = await newRepo()
    const result = await run(repo, { collection: 'Orders API' }, READ_TOKEN)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/::error::.*contents: write/)
    expectNoSecrets(result)
    expect(await commitCount(repo)).toBe(1)
  })

  e2e(
    'refuses an invalid collection in strict mode and keeps the previous backup',
    async ({ postman, github, newRepo, run, writes }) => {
      const repo = await newRepo()
      const { id } = postman.addCollection(sampleCollection('Flaky'))
      await run(repo, { collection: id })
      const before = await github.git(repo, 'rev-parse', 'main')
      const broken = sampleCollection('Flaky') as { item: Array<{ item: Array<{ request: { method: unknown } }> }> }
      broken.item[0].item[0].request.method = 42
      postman.updateCollection(id, broken)
      github.requests.length = 0
      const result = await run(repo, { collection: id, validation: 'strict' })
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toMatch(
        /::error::Collection "Flaky" .* is not a valid Postman Collection v2\.1\.0 document.*nothing was written.*\/item\/0\/item\/0\/request/
      )
      expect(writes()).toBe(0)
      expect(await github.git(repo, 'rev-parse', 'main')).toBe(before)
    }
  )

  e2e(
    'backs up a collection over 1 MB and sees it unchanged on the next run',
    async ({ postman, github, newRepo, run }) => {
      const repo = await newRepo()
      const big = sampleCollection('Big', 4000)
      const { id } = postman.addCollection(big)
      const first = await run(repo, { collection: id })
      expect(first.stderr).toBe('')
      expect(first.exitCode).toBe(0)
      const stored = await github.git(repo, 'show', 'main:Postman collections/Big.postman_collection.json')
      expect(Buffer.byteLength(stored)).toBeGreaterThan(1024 * 1024)
      const second = await run(repo, { collection: id })
      expect(second.outputs.changed).toBe('false')
    }
  )

  e2e('works against a GitHub Enterprise Server API path (/api/v3)', async ({ servers }) => {
    const ghes = await startGitHubServer({ prefix: '/api/v3' })
    try {
      ghes.addToken(TOKEN, { repos: '*', permission: 'write' })
      await ghes.createRepo('corp/backups', { files: { 'README.md': 'x\n' } })
      const result = await runAction(servers.inputs({ collection: 'Orders API' }), {
        repository: 'corp/backups',
        token: TOKEN,
        api_url: ghes.url
      })
      expect(result.exitCode).toBe(0)
      expect(ghes.url).toMatch(/\/api\/v3$/)
      expect(await ghes.git('corp/backups', 'ls-tree', '-r', '--name-only', 'main')).toContain(FILE)
    } finally {
      await ghes.close()
    }
  })

  e2e('refuses bad inputs before any request', async ({ postman, github, newRepo, run }) => {
    const repo = await newRepo()
    const result = await run(repo, { collection: 'Orders API', directory: '../outside' })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/::error::Input "directory": .*"\.\." segments/)
    expect(github.requests).toHaveLength(0)
    expect(postman.requests).toHaveLength(0)
  })
})
