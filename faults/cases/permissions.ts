// Permissions: a token that can read but not write, and a token for another repository. The
// message must name the permission needed, and nothing else may be done.
import type { Fault } from '../../test-servers/http-kit.js'
import { clip, OTHER_TOKEN, READ_TOKEN, type Case, type CaseEnv, type Checks, type Run } from '../harness.js'
import { describeWrites, exitNote, expectNothingWritten, faultOn, sampleCollection, targetRequests } from './common.js'

/** The permission the job or PAT needs: `contents: write`, or the PAT scopes. */
const NAMES_PERMISSION = /contents: write|Contents: Read and write|`repo` scope/

const RESOURCE_NOT_ACCESSIBLE: Fault = {
  kind: 'status',
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
    status: '403'
  },
  headers: { 'x-accepted-github-permissions': 'contents=write' }
}

/** Backs up a new collection to `repo` with `token`, expecting it refused for want of permission. */
async function refusedBackup(
  env: CaseEnv,
  c: Checks,
  repo: string,
  options: { token?: string; maxWrites: number }
): Promise<Run> {
  const col = env.collection(sampleCollection('Orders API', 2))
  const head = await env.head(repo)
  const run = await env.run(repo, { collection: col.id }, { token: options.token })
  c.note(`${exitNote(run)}; ${describeWrites(env, repo)}; "${clip(run.error, 150)}"`)
  await expectNothingWritten(env, c, run, repo, head)
  c.match(run.error, NAMES_PERMISSION, 'error (must name contents: write or the PAT scopes)')
  const writes = targetRequests(env, repo, 'write').length
  c.ok(writes <= options.maxWrites, `${writes} write attempts (at most ${options.maxWrites})`)
  c.eq(
    env.ghRequests(repo).filter((r) => r.method === 'POST' || r.method === 'DELETE').length,
    0,
    'other write requests (branches, blobs, trees, commits)'
  )
  c.eq(run.outputs['commit-sha'] ?? '', '', 'output commit-sha')
  c.eq((await env.tree(repo)).join(','), 'README.md', 'tree')
  return run
}

export function permissionCases(): Case[] {
  return [
    {
      name: 'permissions/read-only token (public repository)',
      expected:
        'exit 1 before or at the first write (403, never retried); message names contents: write / PAT scopes; nothing written',
      async run(env, c) {
        await refusedBackup(env, c, await env.repo(), { token: READ_TOKEN, maxWrites: 1 })
      }
    },
    {
      name: 'permissions/read-only token (private repository)',
      expected:
        'exit 1 before or at the first write (403, never retried); message names contents: write / PAT scopes; nothing written',
      async run(env, c) {
        await refusedBackup(env, c, await env.repo({ private: true }), { token: READ_TOKEN, maxWrites: 1 })
      }
    },
    {
      name: 'permissions/403 on the write (workflow token without contents: write)',
      expected:
        'exit 1 after exactly one write attempt (403 not retried); message names contents: write; nothing written',
      async run(env, c) {
        const repo = await env.repo()
        faultOn(env, repo, 'write', RESOURCE_NOT_ACCESSIBLE, Infinity)
        await refusedBackup(env, c, repo, { maxWrites: 1 })
        c.eq(targetRequests(env, repo, 'write').length, 1, 'write attempts')
      }
    },
    {
      name: 'permissions/token for another repository (private target: 404)',
      expected: 'exit 1; message names the permission/scopes the token needs for this repository; no write request',
      async run(env, c) {
        await env.repo({ name: 'faults/elsewhere' })
        const run = await refusedBackup(env, c, await env.repo({ private: true }), { token: OTHER_TOKEN, maxWrites: 0 })
        c.match(run.error, /404/, 'error (status)')
      }
    },
    {
      name: 'permissions/token for another repository (public target: read only)',
      expected: 'exit 1; message names contents: write / PAT scopes; no write request succeeds',
      async run(env, c) {
        await env.repo({ name: 'faults/elsewhere' })
        await refusedBackup(env, c, await env.repo(), { token: OTHER_TOKEN, maxWrites: 1 })
      }
    },
    {
      name: 'permissions/revoked token (401)',
      expected: 'exit 1; message says GitHub rejected the token (401) and to check github-token; nothing written',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        const head = await env.head(repo)
        const run = await env.run(repo, { collection: col.id }, { token: 'ghp_faultsuiteRevoked000000000000000000' })
        c.note(`${exitNote(run)}; GitHub requests ${env.ghRequests(repo).length}; "${clip(run.error, 120)}"`)
        await expectNothingWritten(env, c, run, repo, head)
        c.match(run.error, /GitHub rejected the token \(401.*github-token/, 'error')
        c.eq(env.ghWrites(repo).length, 0, 'write requests')
      }
    }
  ]
}
