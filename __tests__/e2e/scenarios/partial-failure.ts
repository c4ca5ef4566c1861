// End to end: the built action with a bad document next to good ones. The good ones are committed,
// the bad one's previous backup stays, the outputs and the job summary say what happened, and the
// step fails with the reasons.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { GitHubServer } from '../../../test-servers/github/server.js'
import type { PostmanServer } from '../../../test-servers/postman/server.js'
import { sampleCollection } from '../../../test-servers/samples.js'
import { runnerLog, startServers, type Servers } from '../../helpers/servers.js'

const KEY = 'PMAK-e2e-partial-0a1b2c3d4e5f6a7b8c9d'
const TOKEN = 'ghs_e2ePartialToken0123456789abcdef0'
const DIR = 'Postman collections'

/** The action with a bad document next to good ones; registers its hooks and test in the calling describe. */
export function partialFailure(): void {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let workspace: string

  beforeAll(async () => {
    servers = await startServers({
      apiKey: KEY,
      token: TOKEN,
      repos: { 'octo/partial': { files: { 'README.md': 'x\n' } } }
    })
    ;({ postman, github } = servers)
    workspace = postman.addWorkspace({ name: 'Partial' })
  })
  afterAll(() => servers?.close())

  const run = () =>
    servers.runAction('octo/partial', { workspace, collection: '*', branch: 'main', validation: 'strict' })
  const show = (path: string) => github.git('octo/partial', 'show', `main:${path}`)

  it.concurrent(
    'the action with a bad document next to good ones: commits the good documents, keeps the bad one’s backup, and fails the step after reporting',
    async () => {
      const orders = postman.addCollection(sampleCollection('Orders'), { workspace })
      const flaky = postman.addCollection(sampleCollection('Flaky'), { workspace })
      expect((await run()).exitCode).toBe(0)
      const flakyBackup = await show(`${DIR}/Flaky.postman_collection.json`)

      const broken = sampleCollection('Flaky') as { item: Array<{ item: Array<{ request: unknown }> }> }
      broken.item[0].item[0].request = 42
      postman.updateCollection(flaky.id, broken)
      postman.updateCollection(orders.id, sampleCollection('Orders', 4))
      postman.addCollection(sampleCollection('Payments'), { workspace })
      const result = await run()

      expect(result.exitCode).toBe(1)
      const log = runnerLog(result.stdout)
      expect(log).toMatch(/::error::1 of 3 documents could not be backed up \(the others were\).*Collection "Flaky"/)
      expect(log).toMatch(/Committed 2 changed file\(s\)/)
      // Committed: Orders' change and the new Payments; Flaky's file is the previous backup.
      expect(await show(`${DIR}/Orders.postman_collection.json`)).toContain('Request 4')
      expect(await show(`${DIR}/Payments.postman_collection.json`)).toContain('"Payments"')
      expect(await show(`${DIR}/Flaky.postman_collection.json`)).toBe(flakyBackup)
      const manifest = JSON.parse(await show(`${DIR}/.postman-backup.json`)) as {
        files: Record<string, { pending?: string }>
      }
      expect(manifest.files['Flaky.postman_collection.json'].pending).toBe('invalid')
      // Outputs and the summary were written before the step failed.
      expect(result.outputs['changed']).toBe('true')
      expect(result.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
      expect(result.summary).toMatch(/Flaky.*not backed up<\/strong> \(invalid\)/)
      expect(result.summary).toMatch(/1 not backed up/)
    }
  )
}
