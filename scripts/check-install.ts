// `npm run check-install`: the command line as users install it. Packs the package (lib/ rebuilt
// first), checks what the tarball holds, installs it with `npm install -g` into a temporary prefix,
// and runs the installed `postman-backup` from outside the repository: `--version` and `list`
// against the local Postman server. Exits 1 with the reason when anything is off.
//   --git           pack the committed HEAD as npm packs `github:OWNER/REPO` (a fresh clone)
//   --tarball FILE  check a tarball made earlier
//   --git-url       also install the committed HEAD from a git URL (a bare clone), as users run
//                   `npm install -g github:OWNER/REPO` and `npx github:OWNER/REPO`, and check both
//                   commands the same way. This works on npm 10 and 11 only because lib/ is
//                   committed and no lifecycle script builds it (npm/cli#8440).
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { startPostmanServer } from '../test-servers/postman/server.js'
import { sampleCollection } from '../test-servers/samples.js'
import { npm, packageTarball, removeTemporaryDirectories, repoRoot, temporaryDirectory } from './package-tarball.js'

const run = promisify(execFile)
const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }

function fail(message: string): never {
  console.error(`check-install: ${message}`)
  process.exit(1)
}

const argv = process.argv.slice(2)
const tarball = await packageTarball(argv)
console.log(`tarball: ${tarball}`)

// What npm publish would upload: the built library and CLI with their types, the docs, nothing else.
const { stdout: listing } = await run('tar', ['-tzf', tarball])
const files = listing.split('\n').filter(Boolean)
const required = [
  'package/package.json',
  'package/README.md',
  'package/LICENSE',
  'package/CHANGELOG.md',
  'package/lib/index.js',
  'package/lib/index.d.ts',
  'package/lib/bin/postman-backup.js'
]
const missing = required.filter((file) => !files.includes(file))
if (missing.length) fail(`the tarball lacks ${missing.join(', ')}`)
const unexpected = files.filter(
  (file) => !/^package\/(package\.json|README\.md|LICENSE|CHANGELOG\.md|lib\/.+\.(js|d\.ts))$/.test(file)
)
if (unexpected.length) fail(`the tarball holds files that are not part of the package: ${unexpected.join(', ')}`)
console.log(`tarball holds ${files.length} files: lib/ (.js, .d.ts), package.json, README.md, LICENSE, CHANGELOG.md`)

// Its dependencies come from npm's cache when `npm ci` ran before, else from the registry.
const prefix = temporaryDirectory('prefix')
await npm(['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], repoRoot)
const binIn = (installPrefix: string) =>
  process.platform === 'win32'
    ? join(installPrefix, 'postman-backup.cmd')
    : join(installPrefix, 'bin', 'postman-backup')
console.log(`installed: ${binIn(prefix)}`)

const outside = temporaryDirectory('cwd')
async function postmanBackup(bin: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    return await run(bin, args, {
      cwd: outside,
      shell: process.platform === 'win32',
      env: { ...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', ...env }
    })
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string }
    fail(`${bin} ${args.join(' ')} exited ${failed.code ?? '?'}:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`)
  }
}

/** The installed command: `--version` prints package.json's version, `list` lists the local Postman server. */
async function checkCommand(bin: string): Promise<void> {
  const printed = (await postmanBackup(bin, ['--version'])).stdout.trim()
  if (printed !== version) fail(`postman-backup --version printed "${printed}", package.json says ${version}`)
  console.log(`postman-backup --version: ${printed}`)

  const apiKey = 'PMAK-check-install-000000000000000000000'
  const postman = await startPostmanServer({ apiKey })
  try {
    const names = ['Orders API', 'Payments']
    const ids = names.map((name) => postman.addCollection(sampleCollection(name)).id)
    const { stdout } = await postmanBackup(bin, ['list', '--postman-api-url', postman.url], {
      POSTMAN_API_KEY: apiKey,
      POSTMAN_API_URL: postman.url
    })
    const absent = [...names, ...ids].filter((text) => !stdout.includes(text))
    if (absent.length) fail(`postman-backup list did not print ${absent.join(', ')}:\n${stdout}`)
    console.log(`postman-backup list: ${names.length} collections listed from ${postman.url}`)
  } finally {
    await postman.close()
  }
}

await checkCommand(binIn(prefix))
console.log('check-install: the packed package installs and its postman-backup command works')

if (argv.includes('--git-url')) await checkGitUrlInstall()
removeTemporaryDirectories()

/**
 * `npm install -g git+file://<bare clone of HEAD>` and `npx git+file://<bare clone of HEAD>`, the way
 * users run `npm install -g github:OWNER/REPO` and `npx github:OWNER/REPO`. npm 10 and 11 prepare a
 * git package that has a build script with an `npm install` inheriting the global flag, which
 * leaves nothing runnable (npm/cli#8440, fixed in npm 12 by npm/pacote#494); the package has no
 * such script and ships its committed lib/, so both must work on every npm.
 */
async function checkGitUrlInstall(): Promise<void> {
  const npmMajor = Number((await npm(['--version'], repoRoot)).trim().split('.')[0])
  const bare = join(temporaryDirectory('git'), 'postman-backup.git')
  await run('git', ['clone', '--bare', '--quiet', repoRoot, bare])
  const url = `git+${pathToFileURL(bare).href}`
  const allowGit = npmMajor >= 12 ? ['--allow-git=root'] : [] // npm 12 fetches from git only when asked
  const installFlags = ['--prefer-offline', ...allowGit]

  const gitPrefix = temporaryDirectory('git-prefix')
  console.log(`npm ${npmMajor}: npm install -g ${url} (the committed HEAD, as from GitHub)`)
  await npm(['install', '-g', '--prefix', gitPrefix, '--no-audit', '--no-fund', ...installFlags, url], repoRoot).catch(
    (error: Error) => fail(`npm install -g from a git URL failed on npm ${npmMajor}:\n${error.message}`)
  )
  await checkCommand(binIn(gitPrefix))
  console.log('check-install: npm install -g from a git URL gives a working postman-backup command')

  console.log(`npm ${npmMajor}: npx ${url} --version`)
  try {
    // No --no-audit/--no-fund here: npx reads a --no-* flag before the package as taking a value.
    const printed = (await npx(['--yes', ...installFlags, url, '--version'])).trim()
    if (printed !== version) fail(`npx ${url} --version printed "${printed}", package.json says ${version}`)
    console.log(`check-install: npx from a git URL runs postman-backup ${printed}`)
  } finally {
    await removeNpxInstall(url)
  }
}

/** Runs npx from outside the repository (so it cannot pick up this checkout's own bin). */
async function npx(args: string[]): Promise<string> {
  const windows = process.platform === 'win32'
  try {
    const { stdout } = await run(windows ? 'npx.cmd' : 'npx', args, {
      cwd: outside,
      shell: windows,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false' }
    })
    return stdout
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    fail(`npx ${args.join(' ')} exited ${failed.code ?? '?'}:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`)
  }
}

/** npx installs into <npm cache>/_npx/<hash>; the bare clone's URL is new each run, so its install goes. */
async function removeNpxInstall(url: string): Promise<void> {
  const npxCache = join((await npm(['config', 'get', 'cache'], repoRoot)).trim(), '_npx')
  let entries: string[]
  try {
    entries = readdirSync(npxCache)
  } catch {
    return
  }
  for (const entry of entries) {
    try {
      // npm 10 writes { dependencies: { name: spec } }; npm 11 adds _npx.packages.
      const manifest = JSON.parse(readFileSync(join(npxCache, entry, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>
      }
      if (Object.values(manifest.dependencies ?? {}).includes(url))
        rmSync(join(npxCache, entry), { recursive: true, force: true })
    } catch {
      // not an npx install (or not ours): leave it
    }
  }
}
