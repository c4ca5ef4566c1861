// `npm run check-install`: the command line as users install it. Packs the package (`prepare`
// builds lib/), checks what the tarball holds, installs it with `npm install -g` into a temporary
// prefix, and runs the installed `postman-backup` from outside the repository: `--version` and
// `list` against the local Postman server. Exits 1 with the reason when anything is off.
//   --git           pack the committed HEAD as npm packs `github:OWNER/REPO` (a fresh clone)
//   --tarball FILE  check a tarball made earlier
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
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

const tarball = await packageTarball(process.argv.slice(2))
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
const bin = process.platform === 'win32' ? join(prefix, 'postman-backup.cmd') : join(prefix, 'bin', 'postman-backup')
console.log(`installed: ${bin}`)

const outside = temporaryDirectory('cwd')
async function postmanBackup(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    return await run(bin, args, {
      cwd: outside,
      shell: process.platform === 'win32',
      env: { ...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', ...env }
    })
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string }
    fail(`postman-backup ${args.join(' ')} exited ${failed.code ?? '?'}:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`)
  }
}

const printed = (await postmanBackup(['--version'])).stdout.trim()
if (printed !== version) fail(`postman-backup --version printed "${printed}", package.json says ${version}`)
console.log(`postman-backup --version: ${printed}`)

const apiKey = 'PMAK-check-install-000000000000000000000'
const postman = await startPostmanServer({ apiKey })
try {
  const names = ['Orders API', 'Payments']
  const ids = names.map((name) => postman.addCollection(sampleCollection(name)).id)
  const { stdout } = await postmanBackup(['list', '--postman-api-url', postman.url], {
    POSTMAN_API_KEY: apiKey,
    POSTMAN_API_URL: postman.url
  })
  const absent = [...names, ...ids].filter((text) => !stdout.includes(text))
  if (absent.length) fail(`postman-backup list did not print ${absent.join(', ')}:\n${stdout}`)
  console.log(`postman-backup list: ${names.length} collections listed from ${postman.url}`)
} finally {
  await postman.close()
}
removeTemporaryDirectories()
console.log('check-install: the packed package installs and its postman-backup command works')
