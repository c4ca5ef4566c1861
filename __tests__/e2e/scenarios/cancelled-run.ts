// End to end: a job cancelled while the built action fetches (the runner sends SIGTERM). The action
// commits what it has (one commit), records the rest as pending, fails the step with "N of M ...
// the next run continues", and the next run fetches only what is left.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GitHubServer } from '../../../test-servers/github/server.js'
import type { PostmanServer } from '../../../test-servers/postman/server.js'
import { sampleCollection } from '../../../test-servers/samples.js'
import { runnerLog, startServers, type Servers } from '../../helpers/servers.js'

const KEY = 'PMAK-e2e-cancel-0a1b2c3d4e5f6a7b8c9d0'
const TOKEN = 'ghs_e2eCancelToken0123456789abcdef01'
const DIR = 'Postman collections'
const COUNT = 12

/** A cancelled action run; registers its hooks and test in the calling describe. */
export function cancelledRun(): void {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let workspace: string
  let ids: string[]
  let scratch: string

  beforeAll(async () => {
    servers = await startServers({
      apiKey: KEY,
      token: TOKEN,
      repos: { 'octo/cancel': { files: { 'README.md': 'x\n' } } }
    })
    ;({ postman, github } = servers)
    workspace = postman.addWorkspace({ name: 'Cancel' })
    ids = []
    for (let i = 0; i < COUNT; i++) ids.push(postman.addCollection(sampleCollection(`Doc ${i}`), { workspace }).id)
    scratch = mkdtempSync(join(tmpdir(), 'cancelled-run-'))
  })
  afterAll(async () => {
    await servers?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  const fetched = () =>
    postman.requests.filter((r) => r.method === 'GET' && /^\/collections\/./.test(r.path)).map((r) => r.path)

  it.concurrent(
    'a cancelled action run: commits what it fetched before SIGTERM, and the next run continues from there',
    async () => {
      // The action writes its pid from a preload, so the test can signal it as the runner would.
      const preload = join(scratch, 'pid.mjs')
      const pidFile = join(scratch, 'pid')
      writeFileSync(
        preload,
        `import { writeFileSync } from 'node:fs'\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid))\n`
      )
      postman.faults.latencyMs = 150
      postman.requests.length = 0
      const running = servers.runAction(
        'octo/cancel',
        { workspace, collection: '*', branch: 'main', concurrency: '1' },
        { env: { NODE_OPTIONS: `--import ${preload}` }, timeoutMs: 60_000 }
      )
      const started = Date.now()
      while (fetched().length < 4 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20))
      process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM')
      const first = await running

      expect(first.timedOut).toBe(false)
      expect(first.exitCode).toBe(1)
      const log = runnerLog(first.stdout)
      expect(log).toMatch(/SIGTERM received/)
      const done = Number(
        /::error::.*cancelled.* (\d+) of 12 documents backed up; the next run continues\./.exec(log)?.[1]
      )
      expect(done).toBeGreaterThanOrEqual(3)
      expect(done).toBeLessThan(COUNT)
      expect(Number((await github.git('octo/cancel', 'rev-list', '--count', 'main')).trim())).toBe(2)
      const manifest = JSON.parse(await github.git('octo/cancel', 'show', `main:${DIR}/.postman-backup.json`)) as {
        files: Record<string, { id: string; pending?: string }>
      }
      const pending = Object.values(manifest.files).filter((e) => e.pending === 'not-reached')
      expect(pending).toHaveLength(COUNT - done)

      postman.faults.latencyMs = 0
      postman.requests.length = 0
      const second = await servers.runAction('octo/cancel', { workspace, collection: '*', branch: 'main' })
      expect(second.exitCode).toBe(0)
      // Only the documents left pending are fetched.
      expect(fetched()).toHaveLength(COUNT - done)
      for (const entry of pending) expect(fetched().some((p) => p.includes(entry.id))).toBe(true)
      expect(second.outputs['changed-files']).toBe(String(COUNT - done))
    }
  )
}
