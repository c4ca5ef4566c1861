// End to end: the built action backing up into a directory of a big repository. Only the folders
// down to `directory` and the directory's own tree are read, so thousands of unrelated files (and
// a tree list GitHub would truncate) do not matter.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { GitHubServer } from '../../../test-servers/github/server.js'
import type { PostmanServer } from '../../../test-servers/postman/server.js'
import { sampleCollection } from '../../../test-servers/samples.js'
import { createRepoWithFiles } from '../../helpers/github.js'
import { startServers, type Servers } from '../../helpers/servers.js'

const KEY = 'PMAK-e2e-subtree-0a1b2c3d4e5f6a7b8c9d'
const TOKEN = 'ghs_e2eSubtreeToken0123456789abcdef0'
const UNRELATED = 3000

/** The action in a big repository; registers its hooks and test in the calling describe. */
export function subtreeRead(): void {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let workspace: string

  beforeAll(async () => {
    const files: Record<string, string> = { 'README.md': 'x\n' }
    for (let i = 0; i < UNRELATED; i++) files[`src/module-${i % 30}/file-${i}.txt`] = `${i}\n`
    servers = await startServers({
      apiKey: KEY,
      token: TOKEN,
      // A recursive read of the whole repository would come back truncated.
      github: { limits: { treeReadEntries: 500 } }
    })
    ;({ postman, github } = servers)
    // One git fast-import, not a git process per file.
    await createRepoWithFiles(github, 'octo/monorepo', files)
    workspace = postman.addWorkspace({ name: 'Monorepo' })
    for (let i = 0; i < 5; i++) postman.addCollection(sampleCollection(`API ${i}`), { workspace })
  })
  afterAll(() => servers?.close())

  it.concurrent(
    'the action in a big repository: reads only the backup directory and commits into it, twice (the second time nothing changes)',
    async () => {
      github.requests.length = 0
      const first = await servers.runAction('octo/monorepo', {
        workspace,
        collection: '*',
        branch: 'main',
        directory: 'ops/postman'
      })
      expect(first.exitCode).toBe(0)
      expect(first.outputs['changed-files']).toBe('5')
      const reads = github.requests.filter((r) => r.method === 'GET' && r.path.includes('/git/trees/'))
      // The root and ops/ one level each (not recursive), then ops/postman recursively: never the whole repository.
      expect(reads.filter((r) => r.query.includes('recursive')).length).toBeLessThanOrEqual(1)
      expect(reads.length).toBeLessThanOrEqual(3)
      const listed = (await github.git('octo/monorepo', 'ls-tree', '-r', '--name-only', 'main')).trim().split('\n')
      expect(listed).toHaveLength(UNRELATED + 1 + 6)
      expect(listed.filter((p) => p.startsWith('ops/postman/'))).toHaveLength(6)

      github.requests.length = 0
      const second = await servers.runAction('octo/monorepo', {
        workspace,
        collection: '*',
        branch: 'main',
        directory: 'ops/postman'
      })
      expect(second.exitCode).toBe(0)
      expect(second.outputs['changed']).toBe('false')
      expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([])
    }
  )
}
