// End to end: the built action in pull-request mode against a base branch protected by a ruleset:
// the outputs pull-request-number, pull-request-url and changes, the job summary's changelog and link,
// and a run with no change that leaves the pull request alone. POSTMAN_BACKUP_DIST runs another build.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { GitHubServer } from '../../../test-servers/github/server.js'
import type { PostmanServer } from '../../../test-servers/postman/server.js'
import { sampleCollection } from '../../../test-servers/samples.js'
import { startServers, type Servers } from '../../helpers/servers.js'

const KEY = 'PMAK-e2e-pull-request-0123456789abcdef0123'
const TOKEN = ['ghs', 'e2ePullRequestToken'.padEnd(36, '0')].join('_')
const HEAD = 'postman-backup/main'
const dist = process.env.POSTMAN_BACKUP_DIST

/** The action in pull-request mode; registers its hooks and test in the calling describe. */
export function pullRequestMode(): void {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY, token: TOKEN })
    ;({ postman, github } = servers)
  })
  afterAll(() => servers?.close())

  it.concurrent(
    'the action in pull-request mode: opens a pull request, sets its outputs and the changes, and leaves it alone when nothing changed',
    async () => {
      const repo = 'octo/reviewed-e2e'
      await github.createRepo(repo, { files: { 'README.md': '# backups\n' } })
      github.repoSettings(repo).actionsCanCreatePullRequests = true
      github.protectBranch(repo, 'main', { kind: 'ruleset' })
      const orders = postman.addCollection(sampleCollection('Orders API', 2))
      const inputs = { collection: 'Orders API', 'pull-request': 'true', 'commit-message': 'Back up {name}: {changes}' }
      const run = () => servers.runAction(repo, inputs, dist ? { dist } : {})

      const first = await run()
      expect(first.exitCode).toBe(0)
      expect(first.outputs).toMatchObject({ changed: 'true', 'pull-request-number': '1' })
      expect(first.outputs['pull-request-url']).toMatch(/\/octo\/reviewed-e2e\/pull\/1$/)
      expect(JSON.parse(first.outputs.changes)).toMatchObject([
        { kind: 'collection', name: 'Orders API', status: 'created', counts: { requests: { added: 2 } } }
      ])
      expect(first.summary).toContain('pull request #1')
      expect(first.summary).toContain('**Orders API** (collection)')
      const [pr] = github.pullRequests(repo)
      expect(pr).toMatchObject({ number: 1, head: HEAD, base: 'main', title: 'Back up Orders API: Orders API created' })

      postman.updateCollection(orders.id, sampleCollection('Orders API', 3))
      const second = await run()
      expect(second.exitCode).toBe(0)
      expect(second.outputs['pull-request-number']).toBe('1')
      const [change] = JSON.parse(second.outputs.changes) as Array<{
        status: string
        names: { requests: { added: string[] } }
      }>
      expect(change).toMatchObject({ status: 'changed', names: { requests: { added: ['Folder / Request 3'] } } })
      expect(pr.body).toContain('request "Folder / Request 3" added')
      expect(await github.git(repo, 'log', '-1', '--format=%B', HEAD)).toContain(
        'Orders API: request "Folder / Request 3" added'
      )

      github.requests.length = 0
      const third = await run()
      expect(third.exitCode).toBe(0)
      expect(third.outputs).toMatchObject({
        changed: 'false',
        changes: '[]',
        'pull-request-number': '',
        'pull-request-url': ''
      })
      expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
    }
  )
}
