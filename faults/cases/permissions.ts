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
  body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents', status: '403' },
  headers: { 'x-accepted-github-permissions': 'contents=write' }
}

async function common(env: CaseEnv, c: Checks, run: Run, repo: string, head: string | null, maxWrites: number) {
  c.note(`${exitNote(run)}; ${describeWrites(env, repo)}; "${clip(run.error, 150)}"`)
  await expectNothingWritten(env, c, run, repo, head)
  c.match(run.error, NAMES_PERMISSION, 'error (must name contents: write or the PAT scopes)')
  c.ok(targetRequests(env, repo, 'write').length <= maxWrites, `${targetRequests(env, repo, 'write').length} write attempts (at most ${maxWrites})`)
  c.eq(env.ghRequests(repo).filter((r) => r.method === 'POST' || r.method === 'DELETE').length, 0, 'other write requests (branches, blobs, trees, commits)')
  c.eq(run.outputs['commit-sha'] ?? '', '', 'output commit-sha')
  c.eq((await env.tree(repo)).join(','), 'README.md', 'tree')
}

export function permissionCases(): Case[] {
  return [
    {
      name: 'permissions/read-only token (public repository)',
      expected: 'exit 1 before or at the first write (403, never retried); message names contents: write / PAT scopes; nothing written',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        const head = await env.head(repo)
        const run = await env.run(repo, { collection: col.id }, { token: READ_TOKEN })
        await common(env, c, run, repo, head, 1)
      }
    },
    {
      name: 'permissions/read-only token (private repository)',
      expected: 'exit 1 before or at the first write (403, never retried); message names contents: write / PAT scopes; nothing written',
      async run(env, c) {
        const repo = await env.repo({ private: true })
        const col = env.collection(sampleCollection('Orders API', 2))
        const head = await env.head(repo)
        const run = await env.run(repo, { collection: col.id }, { token: READ_TOKEN })
        await common(env, c, run, repo, head, 1)
      }
    },
    {
      name: 'permissions/403 on the write (workflow token without contents: write)',
      expected: 'exit 1 after exactly one write attempt (403 not retried); message names contents: write; nothing written',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        faultOn(env, repo, 'write', RESOURCE_NOT_ACCESSIBLE, Infinity)
        const head = await env.head(repo)
        const run = await env.run(repo, { collection: col.id })
        await common(env, c, run, repo, head, 1)
        c.eq(targetRequests(env, repo, 'write').length, 1, 'write attempts')
      }
    },
    {
      name: 'permissions/token for another repository (private target: 404)',
      expected: 'exit 1; message names the permission/scopes the token needs for this repository; no write request',
      async run(env, c) {
        await env.repo({ name: 'faults/elsewhere' })
        const repo = await env.repo({ private: true })
        const col = env.collection(sampleCollection('Orders API', 2))
        const head = await env.head(repo)
        const run = await env.run(repo, { collection: col.id }, { token: OTHER_TOKEN })
        await common(env, c, run, repo, head, 0)
        c.match(run.error, /404/, 'error (status)')
      }
    },
    {
      name: 'permissions/token for another repository (public target: read only)',
      expected: 'exit 1; message names contents: write / PAT scopes; no write request succeeds',
      async run(env, c) {
        await env.repo({ name: 'faults/elsewhere' })
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        const head = await env.head(repo)
        const run = await env.run(repo, { collection: col.id }, { token: OTHER_TOKEN })
        await common(env, c, run, repo, head, 1)
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
