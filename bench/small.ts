// The small scenario of `npm run bench`: figures for whole-workspace backups and for big documents. Starts
// the local servers with 50 ms latency per request, backs up a workspace of 100 collections and 20
// environments with the built action and with a naive baseline, and answers its section of bench/RESULTS.md.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { serializeDocument } from '../src/backup/document.js'
import { gitBlobSha } from '../src/git-blob-sha.js'
import { redactCollection } from '../src/redact.js'
import { validateCollection } from '../src/schema/index.js'
import { runAction } from '../test-servers/actions-runner.js'
import { startGitHubServer } from '../test-servers/github/server.js'
import { startPostmanServer } from '../test-servers/postman/server.js'
import { sampleCollection } from '../test-servers/samples.js'
import { DIST_LABEL } from './dist.js'

const KEY = 'PMAK-bench-00000000000000000000000000'
const TOKEN = 'ghs_benchToken000000000000000000000000'
const LATENCY_MS = 50
const COLLECTIONS = 100
const ENVIRONMENTS = 20
const REPO = 'bench/backups'
const RSS_PRELOAD = new URL('./report-rss.mjs', import.meta.url).pathname

interface Figures {
  postman: number
  github: number
  githubWrites: number
  commits: number
  seconds: number
  rssMb: number
}

export async function runSmall(dist: string): Promise<string> {
  const postman = await startPostmanServer({ apiKey: KEY, rateLimit: { perWindow: 100_000, monthly: 1_000_000 } })
  // GitHub's secondary rate limit is lifted here: the naive baseline makes 120 unpaced writes, and these
  // figures stay comparable with the earlier ones (the large scenario runs with every limit on).
  const github = await startGitHubServer({ limits: { writesPerWindow: Infinity, writesPerHour: Infinity } })
  github.addToken(TOKEN, { repos: '*', permission: 'write' })
  await github.createRepo(REPO, { files: { 'README.md': '# backups\n' } })
  const workspace = postman.addWorkspace({ name: 'Bench' })
  const collectionIds: string[] = []
  for (let i = 0; i < COLLECTIONS; i++)
    collectionIds.push(
      postman.addCollection(sampleCollection(`Collection ${String(i).padStart(3, '0')}`, 20), { workspace }).id
    )
  for (let i = 0; i < ENVIRONMENTS; i++) {
    postman.addEnvironment(
      {
        name: `Environment ${i}`,
        values: [{ key: 'url', value: `https://env${i}.example.com`, type: 'default', enabled: true }]
      },
      { workspace }
    )
  }
  postman.faults.latencyMs = LATENCY_MS
  github.faults.latencyMs = LATENCY_MS

  const commits = async () => Number((await github.git(REPO, 'rev-list', '--count', 'main')).trim())

  /** Runs `body`, counting the requests both servers saw and the commits made. */
  async function measure(body: (rssFile: string) => Promise<void>): Promise<Figures> {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'))
    const rssFile = join(dir, 'rss')
    postman.requests.length = 0
    github.requests.length = 0
    const before = await commits()
    const started = performance.now()
    try {
      await body(rssFile)
      const seconds = (performance.now() - started) / 1000
      return {
        postman: postman.requests.length,
        github: github.requests.length,
        githubWrites: github.requests.filter((r) => r.method !== 'GET').length,
        commits: (await commits()) - before,
        seconds,
        rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 / 1024
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  const action = (rssFile: string) =>
    runAction(
      {
        'postman-api-key': KEY,
        'postman-api-url': postman.url,
        workspace,
        collection: '*',
        environment: '*',
        branch: 'main'
      },
      { repository: REPO, token: TOKEN, api_url: github.url },
      { dist, env: { NODE_OPTIONS: `--import ${RSS_PRELOAD}`, BENCH_RSS_FILE: rssFile } }
    ).then((run) => {
      if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`)
    })

  const baseline = (rssFile: string) =>
    new Promise<void>((resolve, reject) => {
      const env = {
        ...process.env,
        POSTMAN_URL: postman.url,
        POSTMAN_KEY: KEY,
        GITHUB_URL: github.url,
        GITHUB_TOKEN: TOKEN,
        REPO,
        WORKSPACE: workspace,
        BENCH_RSS_FILE: rssFile
      }
      execFile(
        process.execPath,
        ['--import', 'tsx', '--import', RSS_PRELOAD, new URL('./baseline.ts', import.meta.url).pathname],
        { env, timeout: 600_000 },
        (error, _out, stderr) => (error ? reject(new Error(`baseline failed: ${stderr}`)) : resolve())
      )
    })

  let first: Figures, second: Figures, oneChanged: Figures, naive: Figures
  try {
    first = await measure(action)
    second = await measure(action)
    postman.updateCollection(collectionIds[0], sampleCollection('Collection 000', 21))
    oneChanged = await measure(action)
    naive = await measure(baseline)
  } finally {
    await Promise.all([postman.close(), github.close()])
  }

  // Big documents: the per-document work of a backup against a plain parse + stringify.
  function bigCollection(): Record<string, unknown> {
    const doc = sampleCollection('Big', 10_000) as { item: Array<{ item: Array<Record<string, unknown>> }> }
    for (const [i, item] of doc.item[0].item.entries()) {
      const request = item.request as Record<string, unknown>
      request.header = [
        { key: 'Content-Type', value: 'application/json' },
        { key: 'X-Trace', value: `trace-${i}` }
      ]
      request.body = {
        mode: 'raw',
        raw: JSON.stringify({ id: i, text: 'lorem ipsum dolor sit amet '.repeat(60), tags: ['a', 'b', 'c'] })
      }
      item.event = [
        {
          listen: 'test',
          script: { type: 'text/javascript', exec: ['pm.test("ok", () => pm.response.to.have.status(200))'] }
        }
      ]
    }
    return doc
  }
  const bigText = JSON.stringify(bigCollection())
  const best = (fn: () => void, times = 5) => {
    let min = Infinity
    for (let i = 0; i < times; i++) {
      const t = performance.now()
      fn()
      min = Math.min(min, performance.now() - t)
    }
    return min
  }
  const plain = best(() => JSON.stringify(JSON.parse(bigText)))
  const pipeline = best(() => {
    const doc = JSON.parse(bigText)
    const result = validateCollection(doc, 'lenient')
    if (!result.valid) throw new Error('bench document is invalid')
    gitBlobSha(serializeDocument(doc))
  })
  const withRedaction = best(() => {
    const doc = JSON.parse(bigText)
    validateCollection(doc, 'lenient')
    gitBlobSha(serializeDocument(redactCollection(doc).document))
  })

  const pass = (ok: boolean) => (ok ? 'yes' : 'NO')
  const row = (label: string, f: Figures) =>
    `| ${label} | ${f.postman} | ${f.github} (${f.githubWrites} writes) | ${f.commits} | ${f.seconds.toFixed(2)} s | ${f.rssMb.toFixed(0)} MB |`
  return `## Small workspace

\`npm run bench -- small\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${LATENCY_MS} ms latency per request on both local servers; a workspace of ${COLLECTIONS} collections (20 requests each) and ${ENVIRONMENTS} environments; the built action is \`${DIST_LABEL}\`; GitHub's limits on except its secondary rate limit, Postman's rate limit lifted.

| run | Postman requests | GitHub requests | commits | wall time | peak RSS |
|---|---|---|---|---|---|
${row('action, first run', first)}
${row('action, nothing changed', second)}
${row('action, one collection changed', oneChanged)}
${row('naive baseline (sequential PUT per file)', naive)}

| target | figure | met |
|---|---|---|
| GitHub requests for the whole workspace ≤ 7 | ${first.github} | ${pass(first.github <= 7)} |
| exactly 1 commit | ${first.commits} | ${pass(first.commits === 1)} |
| second run: 0 writes | ${second.githubWrites} | ${pass(second.githubWrites === 0 && second.commits === 0)} |
| second run: ≤ 3 Postman calls | ${second.postman} | ${pass(second.postman <= 3)} |
| one collection changed: GitHub requests ≤ 8, 1 commit | ${oneChanged.github}, ${oneChanged.commits} | ${pass(oneChanged.github <= 8 && oneChanged.commits === 1)} |
| wall time ≤ 1/4 of the baseline's | ${(first.seconds / naive.seconds).toFixed(3)} of it | ${pass(first.seconds <= naive.seconds / 4)} |

Big document: ${(bigText.length / 1024 / 1024).toFixed(1)} MB, 10,000 requests (best of 5).

| work | time | vs parse + stringify |
|---|---|---|
| JSON.parse + JSON.stringify | ${plain.toFixed(0)} ms | 1.00× |
| parse + validate + serialize + blob SHA | ${pipeline.toFixed(0)} ms | ${(pipeline / plain).toFixed(2)}× (target < 3×: ${pass(pipeline < 3 * plain)}) |
| the same + redaction | ${withRedaction.toFixed(0)} ms | ${(withRedaction / plain).toFixed(2)}× |

The action's GitHub requests with \`branch\` set: GET branch, GET the root tree (one level), GET the backup directory's tree (recursive; so the repository's size does not matter), GET manifest blob (from the second run on), POST tree, POST commit, PATCH ref, and one blob read per changed document that had a file (its changelog); without \`branch\`, one more (GET repository) for the default branch. The targets allow the directory read (7, was 6) and, for one changed collection, its changelog read (8). Writes are spaced at least 1 s apart by @octokit/plugin-throttling, as GitHub asks of content-creating requests; the baseline, like hand-written scripts, does not pace itself.
`
}
