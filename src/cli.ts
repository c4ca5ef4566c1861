// The command line: a thin layer over the library (runBackup, restoreBackup, listDocuments) for
// laptops and CI systems other than GitHub Actions. Flags mirror the action's inputs and share
// its defaults. Exit codes: 0 ok, 1 failure, 2 usage error. Results go to stdout (one JSON
// document with --json); progress, warnings and errors go to stderr.
import { readFileSync } from 'node:fs'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { DEFAULTS, REDACT_MODES, VALIDATION_MODES } from './backup.js'
import { InputError } from './errors.js'
import { listDocuments, type ListedDocument } from './list.js'
import { LocalDirectoryWriter } from './local-writer.js'
import type { Logger } from './logger.js'
import type { DocumentKind } from './manifest.js'
import { describeRestore, restoreBackup } from './restore.js'
import { runBackup } from './run-backup.js'
import { redactText } from './secrets.js'
import type { WorkspaceBackupResult } from './workspace.js'

export interface CliIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  env: Record<string, string | undefined>
  /** Whether stderr is a terminal: a redrawn progress bar there, plain lines otherwise. */
  isTTY: boolean
}

/**
 * Action input -> CLI flag, for every input the CLI has (the restore ones on `restore`), so
 * library messages that name an input ("Input "github-token": …") can name the flag instead.
 */
export const ACTION_INPUT_FLAGS: Readonly<Record<string, string>> = {
  'postman-api-key': '--api-key',
  collection: '--collection',
  environment: '--environment',
  workspace: '--workspace',
  directory: '--directory',
  filename: '--filename',
  'environment-filename': '--environment-filename',
  exclude: '--exclude',
  redact: '--redact',
  concurrency: '--concurrency',
  prune: '--prune',
  full: '--full',
  repository: '--repo',
  branch: '--branch',
  'create-branch': '--create-branch',
  'github-token': '--token',
  'github-api-url': '--github-api-url',
  'postman-api-url': '--postman-api-url',
  'commit-message': '--commit-message',
  validation: '--validation',
  'dry-run': '--dry-run',
  path: '--path',
  ref: '--ref',
  to: '--to',
  confirm: '--yes'
}

/** Names of library inputs that have no action input. */
const LIBRARY_INPUT_FLAGS: Readonly<Record<string, string>> = { file: 'FILE', out: '--out' }

type Task = () => Promise<number>

/** A usage error found after parsing (a missing combination of flags): exit 2, like commander's own. */
class UsageError extends Error {
  override readonly name = 'UsageError'
}

interface CommonFlags {
  apiKey?: string
  postmanApiUrl: string
  json?: boolean
  verbose?: boolean
}

interface BackupFlags extends CommonFlags {
  collection?: string[]
  environment?: string[]
  workspace?: string
  exclude?: string[]
  directory: string
  filename: string
  environmentFilename: string
  repo?: string
  branch?: string
  createBranch?: boolean
  token?: string
  githubApiUrl?: string
  commitMessage: string
  validation: (typeof VALIDATION_MODES)[number]
  redact: (typeof REDACT_MODES)[number]
  concurrency: number
  prune?: boolean
  full?: boolean
  dryRun?: boolean
  out?: string
}

interface RestoreFlags extends CommonFlags {
  repo?: string
  path?: string
  ref?: string
  to?: string
  workspace?: string
  yes?: boolean
  token?: string
  githubApiUrl?: string
  validation: (typeof VALIDATION_MODES)[number]
}

interface ListFlags extends CommonFlags {
  workspace?: string
}

/** Repeatable, and each value may hold several separated by commas or new lines. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(/[,\n]/)
      .map((v) => v.trim())
      .filter((v) => v !== '')
  ]
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Give a whole number from 1 to 32.')
  return Number(value)
}

/** Options every command has: the Postman key and URL, --json, --verbose. */
function addCommonOptions(command: Command): Command {
  return command
    .option(
      '--api-key <key>',
      'Postman API key (default: $POSTMAN_API_KEY; prefer the variable: arguments show in process lists)'
    )
    .option(
      '--postman-api-url <url>',
      'Postman API URL; EU data residency: https://api.eu.postman.com',
      DEFAULTS.postmanApiUrl
    )
    .option('--json', 'print one JSON document on stdout (the result, or {error: {name, message}})')
    .option('--verbose', 'log each step on stderr')
}

/** The GitHub flags backup and restore share. */
function addGitHubOptions(command: Command, repoHelp: string): Command {
  return command
    .option('--repo <owner/name>', `${repoHelp} (default: $GITHUB_REPOSITORY)`)
    .option('--token <token>', 'GitHub token (default: $GITHUB_TOKEN)')
    .option(
      '--github-api-url <url>',
      'GitHub API URL; GitHub Enterprise Server: https://HOST/api/v3 (default: $GITHUB_API_URL or https://api.github.com)'
    )
}

/** The program, its commands and flags. `onTask` receives what to run once parsing succeeded. */
export function createProgram(io: CliIO, onTask: (task: Task) => void): Command {
  const program = new Command('postman-backup')
    .description('Back up Postman collections and environments to a GitHub repository or a folder, and restore them.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined
    })
    .showSuggestionAfterError()
  program.addHelpText(
    'after',
    '\nEnvironment: POSTMAN_API_KEY, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL.\nExit codes: 0 ok (restore without --yes too: plan only), 1 failure, 2 usage error.'
  )

  const backup = program
    .command('backup')
    .description('Back up collections and environments to a GitHub repository (--repo) or a local folder (--out).')
    .addOption(
      new Option(
        '--collection <refs>',
        'collection name, ID or UID; repeatable or comma-separated; * for all'
      ).argParser(collect)
    )
    .addOption(
      new Option(
        '--environment <refs>',
        'environment name, ID or UID; repeatable or comma-separated; * for all'
      ).argParser(collect)
    )
    .option('--workspace <id>', 'workspace ID that scopes names and *')
    .addOption(
      new Option('--exclude <patterns>', 'names, IDs or globs (* ?) to skip; repeatable or comma-separated').argParser(
        collect
      )
    )
    .option('--directory <dir>', 'folder in the repository (or in --out); "" for the root', DEFAULTS.directory)
    .option('--filename <template>', 'collection file name; placeholders {name} {id} {uid}', DEFAULTS.filename)
    .option(
      '--environment-filename <template>',
      'environment file name; placeholders as --filename',
      DEFAULTS.environmentFilename
    )
  addGitHubOptions(backup, 'repository to write to')
    .option('--branch <branch>', "branch to write to (default: the repository's default branch)")
    .option('--create-branch', 'create the branch from the default branch when missing')
    .option('--commit-message <template>', 'commit message; placeholders as --filename', DEFAULTS.commitMessage)
    .addOption(
      new Option('--out <dir>', 'write to this local folder instead of GitHub (no git commands)').conflicts([
        'repo',
        'branch',
        'createBranch',
        'token'
      ])
    )
    .addOption(
      new Option('--validation <mode>', 'schema validation before writing')
        .choices(VALIDATION_MODES)
        .default(DEFAULTS.validation)
    )
    .addOption(
      new Option('--redact <mode>', 'blank secret variables and auth credentials, or store as fetched')
        .choices(REDACT_MODES)
        .default(DEFAULTS.redact)
    )
    .addOption(
      new Option('--concurrency <n>', 'parallel Postman fetches (1 to 32)')
        .argParser(wholeNumber)
        .default(DEFAULTS.concurrency)
    )
    .option('--prune', 'remove files (listed in the manifest) of documents Postman no longer has')
    .option('--full', 'fetch every document, not only those changed since the last backup')
    .option('--dry-run', 'do everything but write; report what would change')
  addCommonOptions(backup).action((flags: BackupFlags) => onTask(() => backupCommand(flags, io)))

  const restore = program
    .command('restore')
    .description(
      'Restore a backed-up collection or environment into Postman: replace one (--to ID) or create one (--workspace W).'
    )
    .argument('[file]', 'the backed-up file on disk (or use --repo and --path)')
  addGitHubOptions(restore, 'repository holding the backup')
    .option('--path <path>', 'repository path of the backed-up file (with --repo)')
    .option('--ref <ref>', "branch, tag or commit to read it from (default: the repository's default branch)")
    .option('--to <id>', 'ID or UID of the collection or environment to replace (PUT)')
    .option('--workspace <id>', 'workspace ID to create it in (POST)')
    .option('--yes', 'write to Postman; without it only the plan is shown')
    .addOption(
      new Option('--validation <mode>', 'schema validation of the backed-up file')
        .choices(VALIDATION_MODES)
        .default(DEFAULTS.validation)
    )
  addCommonOptions(restore).action((file: string | undefined, flags: RestoreFlags) =>
    onTask(() => restoreCommand(file, flags, io))
  )

  const list = program
    .command('list')
    .description('List the collections and environments the key can see, with their IDs.')
    .option('--workspace <id>', "only this workspace's")
  addCommonOptions(list).action((flags: ListFlags) => onTask(() => listCommand(flags, io)))
  return program
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
      .version
  } catch {
    return '0.0.0'
  }
}

/**
 * Runs the CLI in-process and returns the exit code: 0 ok, 1 failure, 2 usage error. Nothing
 * printed ever contains the Postman key or the GitHub token (nor their base64 or URL forms).
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const secrets = [io.env.POSTMAN_API_KEY, io.env.GITHUB_TOKEN, ...flagValues(argv, ['--api-key', '--token'])]
  const safe: CliIO = {
    ...io,
    stdout: { write: (text: string) => io.stdout.write(redactText(text, secrets)) },
    stderr: { write: (text: string) => io.stderr.write(redactText(text, secrets)) }
  }
  const json = argv.includes('--json')
  const command = argv.find((a) => ['backup', 'restore', 'list'].includes(a))
  const fail = (code: number, name: string, message: string): number => {
    const hint = code === 2 ? `\nRun "postman-backup${command ? ` ${command}` : ''} --help" for usage.` : ''
    safe.stderr.write(`postman-backup: ${message}${hint}\n`)
    if (json) safe.stdout.write(`${JSON.stringify({ error: { name, message } }, null, 2)}\n`)
    return code
  }

  let task: Task | undefined
  const program = createProgram(safe, (t) => (task = t))
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0
    // No command at all: commander printed the help on stderr.
    if (error.code === 'commander.help') return 2
    return fail(2, 'UsageError', error.message.replace(/^error: /, ''))
  }
  if (!task) return 0
  try {
    return await task()
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    if (err instanceof UsageError) return fail(2, err.name, err.message)
    if (err instanceof InputError) return fail(2, err.name, flagMessage(err))
    return fail(1, err.name, err.message)
  }
}

/** The values given to secret-bearing flags, so they are redacted even when not otherwise known. */
function flagValues(argv: string[], flags: string[]): string[] {
  const values: string[] = []
  argv.forEach((arg, i) => {
    for (const flag of flags) {
      if (arg === flag && argv[i + 1] !== undefined) values.push(argv[i + 1])
      else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1))
    }
  })
  return values
}

/** `Input "github-token": is empty …` becomes `--token: is empty …`. */
function flagMessage(error: InputError): string {
  const flag = ACTION_INPUT_FLAGS[error.input] ?? LIBRARY_INPUT_FLAGS[error.input] ?? `--${error.input}`
  const prefix = `Input "${error.input}": `
  return error.message.startsWith(prefix) ? `${flag}: ${error.message.slice(prefix.length)}` : error.message
}

// ---- output helpers ----

/** Logs and progress on stderr. On a TTY the progress bar is one line redrawn with \r; log lines are printed above it. */
class Reporter implements Logger {
  private bar = ''

  constructor(
    private readonly io: CliIO,
    private readonly verbose: boolean
  ) {}

  debug(): void {}
  info(message: string): void {
    if (this.verbose) this.line(message)
  }
  warn(message: string): void {
    this.line(`warning: ${message}`)
  }
  error(message: string): void {
    this.line(`error: ${message}`)
  }

  progress = (p: { done: number; total: number; kind: DocumentKind; name: string; fetched: boolean }): void => {
    if (!this.io.isTTY) {
      this.io.stderr.write(`${p.done}/${p.total} ${p.fetched ? 'fetched' : 'unchanged'} ${p.name}\n`)
      return
    }
    const width = 20
    const filled = Math.round((p.done / Math.max(1, p.total)) * width)
    const name = p.name.length > 50 ? `${p.name.slice(0, 49)}…` : p.name
    this.bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${name}`
    this.io.stderr.write(`\r${this.bar}\x1b[K`)
  }

  /** Leaves the terminal line clean once the bar is done. */
  end(): void {
    if (this.bar) this.io.stderr.write('\r\x1b[K')
    this.bar = ''
  }

  private line(text: string): void {
    if (this.bar) this.io.stderr.write('\r\x1b[K')
    this.io.stderr.write(`${text}\n`)
    if (this.bar) this.io.stderr.write(`\r${this.bar}\x1b[K`)
  }
}

function apiKeyOf(flags: CommonFlags, io: CliIO): string {
  const key = flags.apiKey ?? io.env.POSTMAN_API_KEY ?? ''
  if (key.trim() === '')
    throw new UsageError(
      'No Postman API key: set POSTMAN_API_KEY (or pass --api-key). Create one in Postman: Settings > API keys.'
    )
  return key
}

function printJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

// ---- backup ----

async function backupCommand(flags: BackupFlags, io: CliIO): Promise<number> {
  const collections = flags.collection ?? []
  const environments = flags.environment ?? []
  if (collections.length === 0 && environments.length === 0) {
    throw new UsageError('Name what to back up: --collection NAME|ID|* and/or --environment NAME|ID|*.')
  }
  const postmanApiKey = apiKeyOf(flags, io)
  const repository = flags.out ? '' : (flags.repo ?? io.env.GITHUB_REPOSITORY ?? '')
  if (!flags.out && repository === '')
    throw new UsageError(
      'Say where to write: --repo owner/name (or GITHUB_REPOSITORY), or --out DIR for a local folder.'
    )
  const githubToken = flags.out ? undefined : (flags.token ?? io.env.GITHUB_TOKEN)
  if (!flags.out && !githubToken)
    throw new UsageError(
      'No GitHub token: set GITHUB_TOKEN (or pass --token) to a token that can write to the repository.'
    )

  const reporter = new Reporter(io, Boolean(flags.verbose))
  const writer = flags.out ? new LocalDirectoryWriter(flags.out, { logger: reporter }) : undefined
  let result: WorkspaceBackupResult
  try {
    result = await runBackup({
      postmanApiKey,
      postmanApiUrl: flags.postmanApiUrl,
      workspace: flags.workspace,
      collections,
      environments,
      exclude: flags.exclude,
      directory: flags.directory,
      filename: flags.filename,
      environmentFilename: flags.environmentFilename,
      repository,
      branch: flags.branch,
      createBranch: flags.createBranch,
      githubToken,
      githubApiUrl: flags.githubApiUrl ?? (io.env.GITHUB_API_URL || DEFAULTS.githubApiUrl),
      commitMessage: flags.commitMessage,
      validation: flags.validation,
      redact: flags.redact,
      concurrency: flags.concurrency,
      prune: flags.prune,
      full: flags.full,
      dryRun: flags.dryRun,
      writer,
      onProgress: reporter.progress,
      logger: reporter
    })
  } finally {
    reporter.end()
  }
  if (writer) {
    // Written to a folder (the writer gave file:// links): the folder replaces GitHub's repository and branch.
    const { repository: _repository, branch: _branch, ...rest } = result
    result = rest as WorkspaceBackupResult
    if (flags.json) {
      printJson(io, { ...result, out: writer.root })
      return 0
    }
  }
  if (flags.json) {
    printJson(io, result)
    return 0
  }
  printBackup(io, result, writer?.root)
  return 0
}

function printBackup(io: CliIO, result: WorkspaceBackupResult, out: string | undefined): void {
  const lines: string[] = []
  const where = out ?? `${result.repository} on ${result.branch}`
  for (const f of result.files) {
    const status = f.changed ? (result.dryRun ? 'would change' : 'changed') : 'unchanged'
    const blanked = f.redacted ? ` (${f.redacted} secret${f.redacted === 1 ? '' : 's'} blanked)` : ''
    lines.push(`${status.padEnd(12)} ${f.kind.padEnd(11)} ${f.name}  ->  ${f.path}${blanked}`)
  }
  for (const deleted of result.deleted)
    lines.push(`${(result.dryRun ? 'would remove' : 'removed').padEnd(12)} ${deleted}`)
  if (result.warnings.length)
    lines.push(`${result.warnings.length} validation warning(s); run with --verbose or see the log above.`)
  if (result.dryRun)
    lines.push(
      `Dry run: ${result.changed ? `${result.changedFiles} file(s) would change in ${where}` : `nothing would change in ${where}`}; nothing was written.`
    )
  else if (!result.changed) lines.push(`Nothing changed in ${where}; ${out ? 'nothing written' : 'no commit made'}.`)
  else if (out) lines.push(`Wrote ${result.changedFiles} changed file(s) to ${out}.`)
  else
    lines.push(
      `Committed ${result.changedFiles} changed file(s) to ${where}: ${result.commitUrl ?? result.commitSha ?? ''}`
    )
  io.stdout.write(`${lines.join('\n')}\n`)
}

// ---- restore ----

async function restoreCommand(file: string | undefined, flags: RestoreFlags, io: CliIO): Promise<number> {
  if (file && (flags.path || flags.repo || flags.ref))
    throw new UsageError('Give either FILE or --repo owner/name --path P, not both.')
  const repository = flags.repo ?? io.env.GITHUB_REPOSITORY ?? ''
  if (!file && !flags.path) throw new UsageError('Say what to restore: FILE, or --repo owner/name --path P [--ref R].')
  if (!file && repository === '') throw new UsageError('--path needs --repo owner/name (or GITHUB_REPOSITORY).')
  if (!flags.to === !flags.workspace)
    throw new UsageError(
      'Say where to restore to: --to ID (replace it) or --workspace ID (create a new one), one of them.'
    )
  const postmanApiKey = apiKeyOf(flags, io)
  const reporter = new Reporter(io, Boolean(flags.verbose))
  const result = await restoreBackup({
    postmanApiKey,
    postmanApiUrl: flags.postmanApiUrl,
    source: file ? { file } : { repository, path: flags.path as string, ref: flags.ref },
    to: flags.to,
    workspace: flags.workspace,
    validation: flags.validation,
    yes: flags.yes,
    githubToken: flags.token ?? io.env.GITHUB_TOKEN,
    githubApiUrl: flags.githubApiUrl ?? (io.env.GITHUB_API_URL || DEFAULTS.githubApiUrl),
    logger: reporter
  })
  if (flags.json) printJson(io, result)
  else io.stdout.write(`${describeRestore(result, 'run again with --yes to apply').join('\n')}\n`)
  return 0
}

// ---- list ----

async function listCommand(flags: ListFlags, io: CliIO): Promise<number> {
  const reporter = new Reporter(io, Boolean(flags.verbose))
  const documents = await listDocuments({
    postmanApiKey: apiKeyOf(flags, io),
    postmanApiUrl: flags.postmanApiUrl,
    workspace: flags.workspace,
    logger: reporter
  })
  if (flags.json) printJson(io, documents)
  else io.stdout.write(table(documents))
  return 0
}

function table(documents: ListedDocument[]): string {
  if (documents.length === 0) return 'No collections or environments visible to this key.\n'
  const rows = [['KIND', 'ID', 'UID', 'NAME'], ...documents.map((d) => [d.kind, d.id, d.uid, d.name])]
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)))
  return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n') + '\n'
}
