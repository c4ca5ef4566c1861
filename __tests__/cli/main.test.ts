// The CLI in-process (main() with captured streams) against the local Postman and GitHub servers,
// plus one spawn of the real bin entry.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { main, type CliIO } from '../../src/cli/main.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { unpacedOctokit } from '../helpers/github.js'
import { startServers, type Servers } from '../helpers/servers.js'

// Unique values, so finding them anywhere in the output can only mean a leak.
const KEY = 'PMAK-cli-planted-key-7f3a9c1e5b2d4f60'
const TOKEN = 'ghp_cliPlantedToken8e2b6d4f0a1c3e5g7'
const DIR = 'Postman collections'

interface Run {
  code: number
  stdout: string
  stderr: string
}

describe('postman-backup CLI', () => {
  let servers: Servers
  let postman: PostmanServer
  let github: GitHubServer
  let tmp: string
  let workspace: string
  let n = 0
  const all: Run[] = []
  const repo = 'octo/cli'

  /** main() with captured streams; every run's output is kept for the leak check at the end. */
  async function cli(
    args: string[],
    options: { env?: Record<string, string | undefined>; isTTY?: boolean } = {}
  ): Promise<Run> {
    let stdout = ''
    let stderr = ''
    const io: CliIO = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: options.env ?? { POSTMAN_API_KEY: KEY, GITHUB_TOKEN: TOKEN },
      isTTY: options.isTTY ?? false,
      // Writes not spaced 1 s apart; the end-to-end runs of dist/index.js keep plugin-throttling's pacing.
      createOctokit: unpacedOctokit
    }
    const code = await main(args, io)
    const run = { code, stdout, stderr }
    all.push(run)
    return run
  }
  const urls = () => ['--postman-api-url', postman.url, '--github-api-url', github.url]
  const writes = () => postman.requests.filter((r) => r.method !== 'GET')

  beforeAll(async () => {
    servers = await startServers({ apiKey: KEY, token: TOKEN, repos: { [repo]: { files: { 'README.md': 'x\n' } } } })
    ;({ postman, github } = servers)
    tmp = mkdtempSync(join(tmpdir(), 'cli-test-'))
  })
  afterAll(async () => {
    await servers.close()
    rmSync(tmp, { recursive: true, force: true })
  })
  beforeEach(() => {
    // Postman's 10 GET /collections in 10 s would make a later test wait out the window (limits.test.ts's subject).
    servers.resetLimits()
    workspace = postman.addWorkspace({ name: `CLI ${++n}` })
    postman.requests.length = 0
  })

  describe('backup', () => {
    it('backs up one collection to GitHub and says where', async () => {
      const { id } = postman.addCollection(sampleCollection(`Orders ${n}`), { workspace })
      const result = await cli(['backup', '--collection', id, '--repo', repo, ...urls()])
      expect(result.code).toBe(0)
      // At most a progress line (the one pipeline reports each document).
      expect(result.stderr).toMatch(/^(1\/1 fetched [^\n]+\n)?$/)
      const head = (await github.git(repo, 'rev-parse', 'main')).trim()
      expect(result.stdout).toContain(
        `changed      collection  Orders ${n}  ->  ${DIR}/Orders ${n}.postman_collection.json`
      )
      expect(result.stdout).toContain(`Committed 1 changed file(s) to ${repo} on main: `)
      expect(result.stdout).toContain(head)
      expect(
        JSON.parse(await github.git(repo, 'show', `main:${DIR}/Orders ${n}.postman_collection.json`)).info.name
      ).toBe(`Orders ${n}`)
    })

    it('reads POSTMAN_API_URL and GITHUB_API_URL as it reads the flags', async () => {
      const { id } = postman.addCollection(sampleCollection(`Env ${n}`), { workspace })
      const result = await cli(['backup', '--collection', id, '--repo', repo], {
        env: { POSTMAN_API_KEY: KEY, GITHUB_TOKEN: TOKEN, POSTMAN_API_URL: postman.url, GITHUB_API_URL: github.url }
      })
      expect(result.code).toBe(0)
      // At most a progress line (the one pipeline reports each document).
      expect(result.stderr).toMatch(/^(1\/1 fetched [^\n]+\n)?$/)
      expect(result.stdout).toContain(`Committed 1 changed file(s) to ${repo} on main: `)
    })

    it.each(['', '/'])('writes to the root of the folder with --directory %j', async (directory) => {
      postman.addCollection(sampleCollection('Root'), { workspace })
      const out = join(tmp, `root-${n}`)
      const result = await cli([
        'backup',
        '--workspace',
        workspace,
        '--collection',
        '*',
        '--out',
        out,
        '--directory',
        directory,
        ...urls()
      ])
      expect(result.code).toBe(0)
      expect(existsSync(join(out, 'Root.postman_collection.json'))).toBe(true)
    })

    it('writes to a folder with --out, with one progress line per document when stderr is not a terminal', async () => {
      postman.addCollection(sampleCollection('Alpha'), { workspace })
      postman.addCollection(sampleCollection('Beta'), { workspace })
      const out = join(tmp, `out-${n}`)
      const first = await cli(['backup', '--workspace', workspace, '--collection', '*', '--out', out, ...urls()])
      expect(first.code).toBe(0)
      expect(first.stderr.split('\n').filter(Boolean).sort()).toEqual([
        expect.stringMatching(/^1\/2 fetched (Alpha|Beta)$/),
        expect.stringMatching(/^2\/2 fetched (Alpha|Beta)$/)
      ])
      expect(first.stdout).toContain(`Wrote 2 changed file(s) to ${out}.`)
      expect(existsSync(join(out, DIR, 'Alpha.postman_collection.json'))).toBe(true)
      const second = await cli([
        'backup',
        '--workspace',
        workspace,
        '--collection',
        'Alpha,Beta',
        '--out',
        out,
        ...urls()
      ])
      expect(second.stderr).toMatch(/^1\/2 unchanged /m)
      expect(second.stdout).toContain(`Nothing changed in ${out}; nothing written.`)
    })

    it('draws one redrawn progress bar on a terminal', async () => {
      for (const name of ['One', 'Two', 'Three']) postman.addCollection(sampleCollection(name), { workspace })
      const result = await cli(
        ['backup', '--workspace', workspace, '--collection', '*', '--out', join(tmp, `tty-${n}`), ...urls()],
        { isTTY: true }
      )
      expect(result.code).toBe(0)
      expect(result.stderr).toMatch(/\r\[#{7}-{13}\] 1\/3 \w+/)
      expect(result.stderr).toMatch(/\r\[#{20}\] 3\/3 \w+/)
      expect(result.stderr).not.toContain('\n')
      expect(result.stderr.endsWith('\r\x1b[K')).toBe(true)
    })

    it('prints only one JSON document on stdout with --json', async () => {
      postman.addCollection(sampleCollection('Json'), { workspace })
      const out = join(tmp, `json-${n}`)
      const result = await cli([
        'backup',
        '--workspace',
        workspace,
        '--collection',
        '*',
        '--environment',
        '*',
        '--out',
        out,
        '--json',
        ...urls()
      ])
      expect(result.code).toBe(0)
      const parsed = JSON.parse(result.stdout) as {
        out: string
        changed: boolean
        files: Array<{ url: string; path: string }>
      }
      expect(parsed).toMatchObject({ out, changed: true, collections: 1, environments: 0 })
      expect(parsed.files[0].url).toBe(
        `file://${join(out, parsed.files[0].path).split('/').map(encodeURIComponent).join('/')}`
      )
      expect(parsed).not.toHaveProperty('repository')
      expect(result.stderr).toMatch(/^1\/1 fetched Json$/m)
    })
  })

  describe('list', () => {
    it('prints a table of collections and environments with their IDs, or a JSON array', async () => {
      const orders = postman.addCollection(sampleCollection('Orders'), { workspace })
      const staging = postman.addEnvironment({ name: 'Staging', values: [] }, { workspace })
      const table = await cli(['list', '--workspace', workspace, '--postman-api-url', postman.url])
      expect(table.code).toBe(0)
      const lines = table.stdout.trimEnd().split('\n')
      expect(lines[0]).toMatch(/^KIND +ID +UID +NAME$/)
      expect(lines[1]).toMatch(new RegExp(`^collection +${orders.id} +${orders.uid} +Orders$`))
      expect(lines[2]).toMatch(new RegExp(`^environment +${staging.id} +${staging.uid} +Staging$`))
      const json = await cli(['list', '--workspace', workspace, '--json', '--postman-api-url', postman.url])
      expect(JSON.parse(json.stdout)).toEqual([
        expect.objectContaining({ kind: 'collection', id: orders.id, uid: orders.uid, name: 'Orders' }),
        expect.objectContaining({ kind: 'environment', id: staging.id, uid: staging.uid, name: 'Staging' })
      ])
    })

    it('tells an unknown workspace from an empty one', async () => {
      const result = await cli([
        'list',
        '--workspace',
        '4f0b6a1e-0000-4000-8000-000000000000',
        '--postman-api-url',
        postman.url
      ])
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/^postman-backup: Workspace "4f0b6a1e-.*" does not exist/)
    })
  })

  describe('restore', () => {
    it('shows the plan and writes nothing without --yes; applies it with --yes', async () => {
      const name = `Restore ${n}`
      const { id } = postman.addCollection(sampleCollection(name, 3), { workspace })
      expect((await cli(['backup', '--collection', id, '--repo', repo, ...urls()])).code).toBe(0)
      const path = `${DIR}/${name}.postman_collection.json`
      const backedUp = JSON.parse(await github.git(repo, 'show', `main:${path}`)) as { item: unknown[] }
      postman.updateCollection(id, sampleCollection(name, 1))
      postman.requests.length = 0

      const args = ['restore', '--repo', repo, '--path', path, '--to', id, ...urls()]
      const plan = await cli(args)
      expect(plan.code).toBe(0)
      expect(plan.stdout).toContain(`Restore collection "${name}" from ${repo}:${path}`)
      expect(plan.stdout).toMatch(/^Requests: +2 added, 0 removed, 0 changed, 1 unchanged$/m)
      expect(plan.stdout).toContain('  + Folder / Request 2')
      expect(plan.stdout.trimEnd().endsWith('Nothing written: run again with --yes to apply.')).toBe(true)
      expect(writes()).toEqual([])

      const applied = await cli([...args, '--yes'])
      expect(applied.code).toBe(0)
      expect(applied.stdout).toContain(`Replaced collection "${name}" (${id}) in Postman.`)
      expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /collections/${id}`])
      expect((postman.readCollection(id) as { item: unknown[] }).item).toEqual(backedUp.item)

      const json = await cli([...args, '--json'])
      expect(JSON.parse(json.stdout)).toMatchObject({
        written: false,
        plan: { changed: false, requests: { unchanged: 3 } }
      })
    })

    it('restores a local file into a workspace and says that blanked secrets stay blank', async () => {
      const secured = sampleCollection(`Secured ${n}`)
      secured.auth = {
        type: 'basic',
        basic: [
          { key: 'username', value: 'svc' },
          { key: 'password', value: 'planted-basic-password' }
        ]
      }
      postman.addCollection(secured, { workspace })
      const out = join(tmp, `restore-${n}`)
      expect((await cli(['backup', '--workspace', workspace, '--collection', '*', '--out', out, ...urls()])).code).toBe(
        0
      )
      const file = join(out, DIR, `Secured ${n}.postman_collection.json`)
      expect(readFileSync(file, 'utf8')).not.toContain('planted-basic-password')
      const target = postman.addWorkspace({ name: `Target ${n}` })
      const result = await cli(['restore', file, '--workspace', target, '--yes', '--postman-api-url', postman.url])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain('1 redacted value stays blank; set it in Postman.')
      expect(result.stdout).toMatch(
        new RegExp(`Created collection "Secured ${n}" \\([0-9a-f-]+\\) in workspace ${target}\\.`)
      )
    })
  })

  describe('exit codes', () => {
    it.each([
      ['an unknown flag', ['backup', '--colection', 'x'], /unknown option '--colection'/],
      [
        'nothing to back up',
        ['backup', '--repo', 'octo/x'],
        /^postman-backup: --collection: is empty, and so is --environment\. Name what to back up/
      ],
      [
        'a bad choice',
        ['backup', '--collection', 'x', '--repo', 'o/r', '--validation', 'loose'],
        /^postman-backup: --validation: "loose" is not one of strict, lenient, off\./
      ],
      [
        'a bad number',
        ['backup', '--collection', 'x', '--repo', 'o/r', '--concurrency', 'many'],
        /^postman-backup: --concurrency: "many" is not a whole number from 1 to 32\./
      ],
      [
        '--out with --repo',
        ['backup', '--collection', 'x', '--repo', 'o/r', '--out', 'dir'],
        /^postman-backup: --out: cannot be used with --repo\./
      ],
      [
        'no target',
        ['backup', '--collection', 'x'],
        /^postman-backup: --repo \(or GITHUB_REPOSITORY\): is empty\. .* or --out DIR to write to a local folder\./
      ],
      [
        'a bad value',
        ['backup', '--collection', 'x', '--repo', 'not a repo'],
        /^postman-backup: --repo \(or GITHUB_REPOSITORY\): "not a repo" is not of the form owner\/name/
      ],
      [
        'a bad template',
        ['backup', '--collection', 'x', '--repo', 'o/r', '--filename', '{title}.json'],
        /^postman-backup: --filename: unknown placeholder "\{title\}"/
      ],
      [
        'restore without a target',
        ['restore', 'file.json'],
        /^postman-backup: --to: Set --to .* or --workspace .*, one of them\./
      ],
      [
        'restore from a file and a path',
        ['restore', 'file.json', '--path', 'a.json', '--to', 'x'],
        /^postman-backup: FILE: cannot be used with --path\./
      ],
      ['no command', [], /./]
    ])('2 for a usage error: %s, with a hint to --help', async (_, args, message) => {
      const result = await cli(args, { env: { POSTMAN_API_KEY: KEY, GITHUB_TOKEN: TOKEN } })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
      if (args.length) expect(result.stderr).toMatch(/Run "postman-backup (backup|restore) --help" for usage\.\n$/)
      expect(result.stdout).toBe('')
    })

    it('2 without a key, 0 for --help and --version', async () => {
      expect((await cli(['list'], { env: {} })).stderr).toMatch(
        /^postman-backup: --api-key \(or POSTMAN_API_KEY\): is empty\. Create a key in Postman/
      )
      expect((await cli(['list'], { env: {} })).code).toBe(2)
      const help = await cli(['backup', '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain('Usage: postman-backup backup [options]')
      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        version: string
      }
      expect((await cli(['--version'])).stdout).toBe(`${version}\n`)
    })

    it('1 for a failure, with the message; --json gives {error: {name, message}} and nothing else', async () => {
      const wrong = await cli(['list', '--postman-api-url', postman.url], {
        env: { POSTMAN_API_KEY: 'PMAK-cli-wrong-key-0000000000' }
      })
      expect(wrong.code).toBe(1)
      expect(wrong.stderr).toMatch(/^postman-backup: Postman rejected the API key \(401/)
      const json = await cli(['backup', '--collection', 'No such collection', '--repo', repo, '--json', ...urls()])
      expect(json.code).toBe(1)
      expect(JSON.parse(json.stdout)).toEqual({
        error: {
          name: 'PostmanNotFoundError',
          message: expect.stringMatching(/^No collection named "No such collection"/)
        }
      })
      const usage = await cli(['backup', '--json', '--bogus'])
      expect(usage.code).toBe(2)
      expect(JSON.parse(usage.stdout)).toEqual({ error: { name: 'UsageError', message: "unknown option '--bogus'" } })
    })
  })

  it('never prints the key or the token, even when they end up in a message', async () => {
    // Values that come back in messages: a "repository" and a collection "name" that are the secrets themselves.
    await cli(['backup', '--collection', 'x', '--repo', TOKEN])
    await cli(['backup', '--collection', KEY, '--repo', repo, '--json', ...urls()])
    await cli(['backup', '--collection', 'x', '--repo', repo, '--api-key', KEY, '--token', TOKEN, ...urls()], {
      env: {}
    })
    await cli(['list', `--api-key=${KEY}`, '--postman-api-url', `${postman.url}/?k=${encodeURIComponent(KEY)}`], {
      env: {}
    })
    const printed = all.map((r) => r.stdout + r.stderr).join('\n')
    expect(printed).toContain('***')
    for (const secret of [KEY, TOKEN]) {
      for (const form of [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)])
        expect(printed).not.toContain(form)
    }
  })

  it('runs as a command: node lib/bin/postman-backup.js (here through tsx from src/)', async () => {
    const bin = new URL('../../src/bin/postman-backup.ts', import.meta.url).pathname
    const env = { ...process.env, NODE_OPTIONS: '', POSTMAN_API_KEY: '' }
    const run = promisify(execFile)
    const help = await run(process.execPath, ['--import', 'tsx', bin, '--help'], { env })
    expect(help.stdout).toContain('Usage: postman-backup [options] [command]')
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    const usage = await run(process.execPath, ['--import', 'tsx', bin, 'backup'], { env }).catch(
      (e: { code: number; stderr: string }) => e
    )
    // The key is the first thing a new user must hear about.
    expect(usage).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--api-key (or POSTMAN_API_KEY): is empty')
    })
    const version = await run(process.execPath, ['--import', 'tsx', bin, '--version'], { env })
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
