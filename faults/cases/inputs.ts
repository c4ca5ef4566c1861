// Bad input: each must fail with an actionable ::error:: naming the input, before any request to
// GitHub (and so before anything is written). Odd collection names must be backed up safely.
import { DIR, actionInputs, clip, distReadsInput, KEY, type Case } from '../harness.js'
import { oneLine } from '../../src/changelog/text.js'
import { exitNote, expectBackedUp, fileOf, sampleCollection, treeProblems } from './common.js'

interface Bad {
  label: string
  inputs: Record<string, string>
  /** Input the ::error:: must name. */
  input: string
  /** What the message must say beyond the input's name. */
  reason: RegExp
  /** Name of the collection (default "Orders API"). */
  name?: string
  /** Skip unless action.yml has this input (inputs another engineer is adding). */
  needsInput?: string
  /** Checked only once the collection is known (rendered templates): Postman is asked first. */
  afterFetch?: boolean
}

const INVALID_BRANCH = /is not a valid branch name: .+/
const BAD_REPO = /is not of the form owner\/name/
const LONG = 'x'.repeat(256)

const BAD: Bad[] = [
  // credentials
  {
    label: 'API key empty',
    inputs: { 'postman-api-key': '' },
    input: 'postman-api-key',
    reason: /is empty.*Settings > API keys/
  },
  {
    label: 'API key only whitespace',
    inputs: { 'postman-api-key': ' \t  ' },
    input: 'postman-api-key',
    reason: /is empty/
  },
  {
    label: 'API key with a newline inside',
    inputs: { 'postman-api-key': `${KEY}\nsecond-line` },
    input: 'postman-api-key',
    reason: /line break/
  },
  {
    label: 'API key with a space inside',
    inputs: { 'postman-api-key': `${KEY} ${KEY}` },
    input: 'postman-api-key',
    reason: /space/
  },
  { label: 'github-token empty', inputs: { 'github-token': '' }, input: 'github-token', reason: /is empty/ },
  // repository
  { label: 'repository "owner"', inputs: { repository: 'owner' }, input: 'repository', reason: BAD_REPO },
  { label: 'repository "a/b/c"', inputs: { repository: 'a/b/c' }, input: 'repository', reason: BAD_REPO },
  {
    label: 'repository with spaces',
    inputs: { repository: 'my org/api backups' },
    input: 'repository',
    reason: BAD_REPO
  },
  { label: 'repository "owner/.."', inputs: { repository: 'owner/..' }, input: 'repository', reason: BAD_REPO },
  // branch
  { label: 'branch "a..b"', inputs: { branch: 'a..b' }, input: 'branch', reason: INVALID_BRANCH },
  { label: 'branch "-x"', inputs: { branch: '-x' }, input: 'branch', reason: INVALID_BRANCH },
  { label: 'branch "a b"', inputs: { branch: 'a b' }, input: 'branch', reason: INVALID_BRANCH },
  {
    label: 'branch "refs/heads/x"',
    inputs: { branch: 'refs/heads/x' },
    input: 'branch',
    reason: /without the "refs\/heads\/" prefix/
  },
  { label: 'branch "x.lock"', inputs: { branch: 'backups/x.lock' }, input: 'branch', reason: INVALID_BRANCH },
  // directory
  {
    label: 'directory "../outside"',
    inputs: { directory: '../outside' },
    input: 'directory',
    reason: /"\.\." segments/
  },
  {
    label: 'directory "backups/../../etc"',
    inputs: { directory: 'backups/../../etc' },
    input: 'directory',
    reason: /"\.\." segments/
  },
  { label: 'directory with a leading /', inputs: { directory: '/etc/cron.d' }, input: 'directory', reason: /absolute/ },
  { label: 'directory ".git"', inputs: { directory: '.git' }, input: 'directory', reason: /\.git folder/ },
  {
    label: 'directory "docs/.GIT/hooks"',
    inputs: { directory: 'docs/.GIT/hooks' },
    input: 'directory',
    reason: /\.git folder/
  },
  {
    label: 'directory with backslashes',
    inputs: { directory: 'backups\\..\\..\\x' },
    input: 'directory',
    reason: /backslash/
  },
  {
    label: 'directory with a control character',
    inputs: { directory: 'back\u0001ups' },
    input: 'directory',
    reason: /control characters/
  },
  {
    label: 'directory with a tab inside',
    inputs: { directory: 'back\tups' },
    input: 'directory',
    reason: /control characters/
  },
  {
    label: 'directory segment of 256 bytes',
    inputs: { directory: `backups/${LONG}` },
    input: 'directory',
    reason: /longer than 255 bytes/
  },
  {
    label: 'directory segment of 64 emoji (256 bytes)',
    inputs: { directory: '🚀'.repeat(64) },
    input: 'directory',
    reason: /longer than 255 bytes/
  },
  // filename
  {
    label: 'filename "../{name}.json"',
    inputs: { filename: '../{name}.json' },
    input: 'filename',
    reason: /"\.\." segments/,
    afterFetch: true
  },
  {
    label: 'filename with a leading /',
    inputs: { filename: '/{name}.json' },
    input: 'filename',
    reason: /absolute/,
    afterFetch: true
  },
  {
    label: 'filename ".git/hooks/post-checkout"',
    inputs: { filename: '.git/hooks/post-checkout' },
    input: 'filename',
    reason: /\.git folder/,
    afterFetch: true
  },
  {
    label: 'filename with backslashes',
    inputs: { filename: '..\\..\\{name}.json' },
    input: 'filename',
    reason: /backslash/,
    afterFetch: true
  },
  {
    label: 'filename with a control character',
    inputs: { filename: '{name}\u0007.json' },
    input: 'filename',
    reason: /control characters/,
    afterFetch: true
  },
  {
    label: 'filename of 300 bytes',
    inputs: { filename: `${'x'.repeat(295)}.json` },
    input: 'filename',
    reason: /longer than 255 bytes/,
    afterFetch: true
  },
  {
    label: 'filename of 130 "é" (265 bytes)',
    inputs: { filename: `${'é'.repeat(130)}.json` },
    input: 'filename',
    reason: /longer than 255 bytes/,
    afterFetch: true
  },
  {
    label: 'filename template giving an empty name',
    inputs: { filename: '{name}' },
    name: '. . .',
    input: 'filename',
    reason: /empty file name/,
    afterFetch: true
  },
  {
    label: 'filename unknown placeholder',
    inputs: { filename: '{collection}.json' },
    input: 'filename',
    reason: /unknown placeholder "\{collection\}"/
  },
  {
    label: 'commit-message unknown placeholder',
    inputs: { 'commit-message': 'Backup of {name} on {date}' },
    input: 'commit-message',
    reason: /unknown placeholder "\{date\}"/
  },
  // other inputs
  {
    label: 'concurrency "four"',
    inputs: { concurrency: 'four' },
    input: 'concurrency',
    reason: /whole number|integer|number/i,
    needsInput: 'concurrency'
  },
  {
    label: 'concurrency "0"',
    inputs: { concurrency: '0' },
    input: 'concurrency',
    reason: /whole number|integer|at least 1|1 to/i,
    needsInput: 'concurrency'
  },
  {
    label: 'validation "loose"',
    inputs: { validation: 'loose' },
    input: 'validation',
    reason: /is not one of strict, lenient, off/
  },
  { label: 'dry-run "yes"', inputs: { 'dry-run': 'yes' }, input: 'dry-run', reason: /not a boolean/ },
  {
    label: 'github-api-url not a URL',
    inputs: { 'github-api-url': 'api.github.com' },
    input: 'github-api-url',
    reason: /not an http\(s\) URL/
  }
]

function badInput(spec: Bad): Case {
  return {
    name: `input/${spec.label}`,
    expected: `exit 1, ::error:: names "${spec.input}" and says why; 0 requests to GitHub${spec.afterFetch ? '' : ', 0 to Postman'}`,
    skip: () => {
      if (!spec.needsInput) return undefined
      if (!(spec.needsInput in actionInputs())) return 'skipped (input not yet in action.yml)'
      if (!distReadsInput(spec.needsInput))
        return 'skipped (input is in action.yml, but dist/index.js is not rebuilt with it yet)'
      return undefined
    },
    async run(env, c) {
      const repo = await env.repo()
      const col = env.collection(sampleCollection(spec.name ?? 'Orders API', 2))
      const head = await env.head(repo)
      const inputs: Record<string, string> = { collection: col.id, ...spec.inputs }
      const repository = spec.inputs.repository ?? repo
      const run = await env.run(repository, inputs)
      const gh = env.github.requests.length
      const pm = env.postman.requests.length
      c.note(`${exitNote(run)}; requests: GitHub ${gh}, Postman ${pm}; "${clip(run.error, 120)}"`)
      c.eq(run.exitCode, 1, 'exit')
      c.match(run.error, new RegExp(`^Input "${spec.input}": `), 'error')
      c.match(run.error, spec.reason, 'error')
      c.eq(gh, 0, 'GitHub requests')
      c.eq(env.ghWrites().length, 0, 'GitHub write requests')
      if (!spec.afterFetch) c.eq(pm, 0, 'Postman requests')
      c.eq(await env.head(repo), head, 'main head')
      c.eq(run.outputs['commit-sha'] ?? '', '', 'output commit-sha')
    }
  }
}

/** NUL cannot travel in an environment variable, so these go through the library. */
function nulCases(): Case[] {
  const specs = [
    { label: 'directory with NUL (library)', options: { directory: 'back\u0000ups' }, input: 'directory' },
    { label: 'filename with NUL (library)', options: { filename: '{name}\u0000.json' }, input: 'filename' },
    { label: 'branch with NUL (library)', options: { branch: 'main\u0000x' }, input: 'branch' }
  ]
  return specs.map((spec) => ({
    name: `input/${spec.label}`,
    expected: `throws InputError naming "${spec.input}"; 0 requests to GitHub`,
    async run(env, c) {
      const { InputError } = await import('../../src/index.js')
      const repo = await env.repo()
      const col = env.collection(sampleCollection('Orders API', 2))
      const head = await env.head(repo)
      const outcome = await env.backupWithLibrary(repo, col.id, spec.options)
      if (outcome.ok) c.ok(false, 'resolved instead of throwing')
      else {
        const e = outcome.error as Error & { input?: string }
        c.note(
          `threw ${e.name}: "${clip(e.message, 110)}"; requests: GitHub ${env.github.requests.length}, Postman ${env.postman.requests.length}`
        )
        c.ok(e instanceof InputError, `threw ${e.name}, not InputError`)
        c.eq(e.input, spec.input, 'input of the error')
      }
      c.eq(env.github.requests.length, 0, 'GitHub requests')
      c.eq(await env.head(repo), head, 'main head')
    }
  }))
}

/** Names that must be backed up, safely: emoji, slashes, quotes, traversal, HTML, newlines, length. */
function oddNames(): Case[] {
  const cases: Array<{
    label: string
    name: string
    file: string
    byName?: boolean
    extra?: (run: { stdout: string; summary: string }) => string[]
  }> = [
    {
      label: 'emoji, slashes and quotes, looked up by name',
      name: '🚀 Orders/v2 "beta" \'q\' a\\b: <*?|>',
      file: "🚀 Orders_v2 _beta_ 'q' a_b_ _____",
      byName: true
    },
    { label: 'path traversal', name: '../../.git/hooks/pre-commit', file: '.._.._.git_hooks_pre-commit' },
    {
      label: 'HTML in the name',
      name: '<img src=x onerror=alert(1)> & "Orders"',
      file: '_img src=x onerror=alert(1)_ & _Orders_',
      extra: (run) => (run.summary.includes('<img') ? ['job summary contains the raw <img> tag'] : [])
    },
    {
      label: 'newline and a workflow command',
      name: 'Orders API\n::error title=Injected::pwned by a collection name',
      file: 'Orders API___error title=Injected__pwned by a collection name',
      extra: (run) =>
        run.stdout.split('\n').some((l) => l.startsWith('::') && l.includes('pwned'))
          ? ['a log line made from the name starts a workflow command (::error title=Injected::…)']
          : []
    },
    { label: '300 emoji (1200 bytes)', name: '🚀'.repeat(300), file: '🚀'.repeat(50) }
  ]
  return cases.map((spec) => ({
    name: `input/collection name: ${spec.label}`,
    expected: `backed up as "${clip(spec.file, 40)}….postman_collection.json" inside "${DIR}/"; byte-identical; outputs carry the real name on one line`,
    async run(env, c) {
      const repo = await env.repo()
      const col = env.collection(sampleCollection(spec.name, 2))
      const before = await env.commits(repo)
      const run = await env.run(repo, { collection: spec.byName ? spec.name : col.id })
      const path = `${DIR}/${spec.file}.postman_collection.json`
      c.note(`${exitNote(run)}; file-path "${clip(run.outputs['file-path'] ?? '', 70)}"`)
      if (run.exitCode !== 0) c.note(`"${clip(run.error, 100)}"`)
      await expectBackedUp(env, c, run, repo, col, { path, before })
      // Outputs are one line (a line break would let a name forge another output or a command).
      c.eq(run.outputs['collection-name'], oneLine(spec.name, Infinity), 'output collection-name')
      for (const problem of await treeProblems(env, repo, [path])) c.ok(false, problem)
      for (const segment of path.split('/'))
        c.ok(Buffer.byteLength(segment) <= 255, `segment of ${Buffer.byteLength(segment)} bytes`)
      for (const problem of spec.extra?.(run) ?? []) c.ok(false, problem)
    }
  }))
}

function positive(): Case[] {
  return [
    {
      name: 'input/API key with a trailing newline (as secrets often are)',
      expected: 'the newline is trimmed and the backup works',
      async run(env, c) {
        const repo = await env.repo()
        const col = env.collection(sampleCollection('Orders API', 2))
        const before = await env.commits(repo)
        const run = await env.run(repo, { collection: col.id, 'postman-api-key': `${KEY}\n` })
        c.note(exitNote(run))
        await expectBackedUp(env, c, run, repo, col, { path: fileOf('Orders API'), before })
      }
    }
  ]
}

export function inputCases(): Case[] {
  return [...BAD.map(badInput), ...nulCases(), ...oddNames(), ...positive()]
}
