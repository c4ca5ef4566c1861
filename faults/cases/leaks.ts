// Leaks: servers that echo the credential back (as misconfigured proxies and gateways do), in
// error bodies that are retried (and logged) or final (and thrown). Every run's output, every
// thrown error object (with its cause chain) and every library log line is scanned by the harness;
// these cases make sure there is something to find if the product lets it through.
import type { Fault } from '../../test-servers/http-kit.js'
import {
  clip,
  describeThrown,
  findLeaks,
  KEY,
  statuses,
  TOKEN,
  type Case,
  type CaseEnv,
  type Checks
} from '../harness.js'
import { exitNote, expectBackedUp, faultOn, fileOf, sampleCollection } from './common.js'

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64')

function postmanEcho(status: number, text: string): Fault {
  return { kind: 'status', status, body: { error: { name: 'serverError', message: text } } }
}

function githubEcho(status: number, text: string): Fault {
  return {
    kind: 'status',
    status,
    body: { message: text, documentation_url: 'https://docs.github.com/rest', status: String(status) }
  }
}

/** Library call with short retries; returns the thrown value (also kept for the scan) or undefined. */
async function library(
  env: CaseEnv,
  repo: string,
  collection: string,
  options: Record<string, unknown> = {}
): Promise<unknown> {
  const outcome = await env.backupWithLibrary(repo, collection, {
    postmanRetry: { attempts: 2, baseDelayMs: 50 },
    ...options
  })
  return outcome.ok ? undefined : outcome.error
}

function noteLeaks(env: CaseEnv, c: Checks) {
  const hits = env.leaks()
  c.note(hits.length === 0 ? '0 leak hits' : `${hits.length} leak hits: ${[...new Set(hits)].slice(0, 4).join(', ')}`)
}

export function leakCases(): Case[] {
  return [
    {
      name: 'leaks/Postman 503 body echoes the key (retried, then OK)',
      expected: 'backed up; the echoed key (raw and base64) appears in no output, warning or log line',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        env.pmFault(col.id, postmanEcho(503, `key ${KEY} / ${b64(KEY)} refused upstream`))
        const before = await env.commits(repo)
        const run = await env.run(repo, { collection: col.id })
        c.note(`${exitNote(run)}; Postman GET ${statuses(env.pmStatuses(col.id))}`)
        c.eq(env.pmStatuses(col.id)[0], 503, 'status of the first fetch (the echoing fault)')
        await expectBackedUp(env, c, run, repo, col, { path: fileOf('Orders API'), before })
        noteLeaks(env, c)
      }
    },
    {
      name: 'leaks/Postman 400 body echoes the key (final error)',
      expected: 'exit 1 with the Postman message; the key appears nowhere (action output, library error and cause)',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        env.pmFault(col.id, postmanEcho(400, `Invalid API key ${KEY}`), Infinity)
        const run = await env.run(repo, { collection: col.id })
        c.note(`${exitNote(run)}; "${clip(run.error, 90)}"`)
        c.eq(run.exitCode, 1, 'exit')
        c.match(run.error, /Postman answered 400/, 'error')
        const thrown = await library(env, repo, col.id)
        c.ok(thrown !== undefined, 'the library call did not throw')
        c.note(`library threw ${(thrown as Error | undefined)?.name}`)
        noteLeaks(env, c)
      }
    },
    {
      name: 'leaks/GitHub 401 body echoes the token',
      expected:
        'exit 1 "GitHub rejected the token"; the token appears nowhere (action output, library error and cause)',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        env.github.faults.add({
          method: 'GET',
          path: `/repos/${repo}`,
          fault: githubEcho(401, `Bad credentials: ${TOKEN} (basic ${b64(`x-access-token:${TOKEN}`)})`),
          times: Infinity
        })
        const run = await env.run(repo, { collection: col.id })
        c.note(`${exitNote(run)}; "${clip(run.error, 80)}"`)
        c.eq(run.exitCode, 1, 'exit')
        c.match(run.error, /GitHub rejected the token \(401/, 'error')
        const thrown = await library(env, repo, col.id)
        c.ok(thrown !== undefined, 'the library call did not throw')
        noteLeaks(env, c)
      }
    },
    {
      name: 'leaks/GitHub 503 on the write echoes the token (every attempt)',
      expected: 'exit 1 after the retries; the token appears nowhere (action output, library error and cause)',
      timeoutMs: 90_000,
      slow: true,
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        faultOn(env, repo, 'write', githubEcho(503, `upstream error for Authorization: token ${TOKEN}`), Infinity)
        const [run, thrown] = await Promise.all([env.run(repo, { collection: col.id }), library(env, repo, col.id)])
        c.note(`${exitNote(run)}; "${clip(run.error, 80)}"`)
        c.eq(run.exitCode, 1, 'exit')
        c.ok(thrown !== undefined, 'the library call did not throw')
        noteLeaks(env, c)
      }
    },
    {
      name: 'leaks/library errors: wrong key (401), unreachable Postman, bad repository',
      expected: 'typed errors whose message, stack, fields and cause chain hold neither the key nor the token',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        const wrongKey = await library(env, repo, col.id, { postmanApiKey: `${KEY}-wrong` })
        const unreachable = await library(env, repo, col.id, { postmanApiUrl: 'http://127.0.0.1:9' })
        const badRepo = await library(env, 'faults/does-not-exist', col.id)
        const names = [wrongKey, unreachable, badRepo].map((e) => (e instanceof Error ? e.name : String(e)))
        c.note(`threw ${names.join(', ')}`)
        c.ok(
          [wrongKey, unreachable, badRepo].every((e) => e instanceof Error),
          'a call did not throw'
        )
        // The wrong key is a secret too: it must not come back in its own error.
        const wrongKeyHits =
          findLeaks(describeThrown(wrongKey), 'thrown error').length +
          (describeThrown(wrongKey).includes(`${KEY}-wrong`) ? 1 : 0)
        c.eq(wrongKeyHits, 0, 'the wrong key in its own error')
        noteLeaks(env, c)
      }
    }
  ]
}
