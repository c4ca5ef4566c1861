// The npm package as users get it, for check-install and check-types: a tarball made by `npm pack`
// (of the working tree with lib/ rebuilt first, or of the committed HEAD with its committed lib/),
// and npm run the way those checks need.
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

export const repoRoot = resolve(import.meta.dirname, '..')
const run = promisify(execFile)
const windows = process.platform === 'win32'

/** Runs npm; its output is returned, and shown when it fails. Async, so local servers keep answering. */
export async function npm(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(windows ? 'npm.cmd' : 'npm', args, {
      cwd,
      shell: windows,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false' }
    })
    return stdout
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(`npm ${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`, {
      cause: error
    })
  }
}

const made: string[] = []
export function temporaryDirectory(label: string): string {
  const directory = mkdtempSync(join(tmpdir(), `postman-backup-${label}-`))
  made.push(directory)
  return directory
}
/** Removes the temporary directories made so far (a failed check leaves them for a look). */
export function removeTemporaryDirectories(): void {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true })
}

/**
 * The tarball to check: `--tarball FILE` when given; with `--git`, `npm pack git+file://REPO`, which
 * packs a fresh clone of the committed HEAD (its committed lib/, no build) exactly as
 * `npx github:OWNER/REPO` does; else `npm pack` of this working tree after `npm run build:lib`.
 */
export async function packageTarball(argv: string[]): Promise<string> {
  const given = argv.indexOf('--tarball')
  if (given >= 0) {
    const file = argv[given + 1]
    if (!file) throw new Error('--tarball needs a file')
    return resolve(file)
  }
  const directory = temporaryDirectory('pack')
  const source = argv.includes('--git') ? `git+${pathToFileURL(repoRoot).href}` : '.'
  // No lifecycle script builds lib/ any more (npm/cli#8440), so the working tree's is rebuilt here.
  if (source === '.') await run(process.execPath, [join(repoRoot, 'scripts', 'build-lib.mjs')], { cwd: repoRoot })
  console.log(`npm pack ${source === '.' ? 'of the working tree' : `${source} (the committed HEAD, as from GitHub)`}`)
  await npm(['pack', source, '--pack-destination', directory, '--prefer-offline', '--loglevel=error'], repoRoot)
  const tarball = readdirSync(directory).find((name) => name.endsWith('.tgz'))
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${directory}`)
  return join(directory, tarball)
}
