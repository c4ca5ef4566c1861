// End to end: the built action backing up a whole workspace (collections and environments)
// in one commit, as the runner runs it, with outputs and the job summary.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { runnerLog, startServers, type Servers } from '../helpers/servers.js'

const KEY = 'PMAK-e2e-workspace-7a6b5c4d3e2f1a0b9c8d'
const TOKEN = 'ghs_e2eWorkspaceToken0123456789abcdef'

describe('the action backing up a workspace', () => {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let workspace: string

  beforeAll(async () => {
    servers = await startServers({
      apiKey: KEY,
      token: TOKEN,
      repos: { 'octo/team': { files: { 'README.md': 'x\n' } } }
    })
    ;({ postman, github } = servers)
    workspace = postman.addWorkspace({ name: 'Team' })
    const secured = sampleCollection('Orders') as Record<string, unknown>
    secured.auth = {
      type: 'basic',
      basic: [
        { key: 'username', value: 'svc' },
        { key: 'password', value: 'basic-password-planted' }
      ]
    }
    postman.addCollection(secured, { workspace })
    postman.addCollection(sampleCollection('Payments'), { workspace })
    postman.addCollection(sampleCollection('Scratch pad'), { workspace })
    postman.addEnvironment(
      { name: 'Production', values: [{ key: 'token', value: 'env-secret-planted', type: 'secret', enabled: true }] },
      { workspace }
    )
  })
  afterAll(() => servers?.close())

  const run = () =>
    servers.runAction('octo/team', {
      workspace,
      collection: '*',
      environment: '*',
      exclude: 'Scratch*',
      branch: 'main'
    })

  it('commits every document once, with secrets blanked, and reports each file', async () => {
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    const head = (await github.git('octo/team', 'rev-parse', 'main')).trim()
    expect(result.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': head,
      collections: '2',
      environments: '1',
      'changed-files': '3',
      'file-path': '',
      'collection-id': ''
    })
    const files = JSON.parse(result.outputs.files) as Array<{
      kind: string
      name: string
      path: string
      changed: boolean
      redacted: number
    }>
    expect(files.map((f) => [f.kind, f.name, f.changed, f.redacted])).toEqual([
      ['collection', 'Orders', true, 1],
      ['collection', 'Payments', true, 0],
      ['environment', 'Production', true, 1]
    ])
    expect(JSON.parse(result.outputs['collection-list']).map((c: { name: string }) => c.name)).toEqual([
      'Orders',
      'Payments'
    ])
    expect(await github.git('octo/team', 'rev-list', '--count', 'main')).toBe('2\n')
    const stored =
      (await github.git('octo/team', 'show', 'main:Postman collections/Orders.postman_collection.json')) +
      (await github.git('octo/team', 'show', 'main:Postman collections/Production.postman_environment.json'))
    const visible = runnerLog(result.stdout) + result.summary
    for (const planted of ['basic-password-planted', 'env-secret-planted']) {
      expect(stored).not.toContain(planted)
      expect(visible).not.toContain(planted)
    }
    expect(result.summary).toContain('1 secret blanked')
    expect(result.summary).toContain('environment: Production')
  })

  it('makes no commit and fetches no document when nothing changed', async () => {
    postman.requests.length = 0
    github.requests.length = 0
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ changed: 'false', 'changed-files': '0', 'commit-sha': '' })
    expect(result.stdout).toMatch(/::notice::2 collection\(s\) and 1 environment\(s\) unchanged/)
    expect(postman.requests.length).toBeLessThanOrEqual(3)
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0)
  })
})
