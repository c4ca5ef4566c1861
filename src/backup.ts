import { CollectionValidationError, InputError } from './errors.js'
import { ContentsWriter } from './github/contents-writer.js'
import { parseRepository, checkBranchName } from './github/names.js'
import { createOctokit, type Octokit } from './github/octokit.js'
import { silentLogger, type Logger } from './logger.js'
import {
  checkFileNameTemplate,
  checkTemplate,
  joinRepoPath,
  normalizeDirectory,
  renderFileName,
  renderText,
  type TemplateValues
} from './paths.js'
import { DEFAULT_POSTMAN_API_URL, PostmanClient, type RetryOptions } from './postman/client.js'
import { resolveCollection } from './postman/lookup.js'
import type { DocumentKind } from './manifest.js'
import { REDACT_MODES, redactCollection, redactEnvironment, type RedactedField, type RedactMode } from './redact.js'
import { validateCollection, validateEnvironment, type ValidationIssue, type ValidationMode } from './schema/index.js'
import { VALIDATION_MODES } from './schema/common.js'

/** Defaults of the library; action.yml states the same ones (a test keeps them equal). */
export const DEFAULTS = {
  directory: 'Postman collections',
  filename: '{name}.postman_collection.json',
  environmentFilename: '{name}.postman_environment.json',
  commitMessage: 'Back up Postman collection {name}',
  validation: 'lenient' as ValidationMode,
  redact: 'secrets' as RedactMode,
  concurrency: 4,
  postmanApiUrl: DEFAULT_POSTMAN_API_URL,
  githubApiUrl: 'https://api.github.com'
} as const

export { VALIDATION_MODES, REDACT_MODES }

/** Options shared by backupCollection and backupWorkspace. */
export interface CommonBackupOptions {
  /** Postman API key (sent as X-Api-Key). */
  postmanApiKey: string
  /** Workspace ID that scopes lookups by name (and `*`). */
  workspace?: string
  postmanApiUrl?: string
  /** `owner/name` of the repository to write to (not needed by backupWorkspace with its own `writer`). */
  repository: string
  /** Branch to write to; the repository's default branch when omitted. */
  branch?: string
  createBranch?: boolean
  directory?: string
  /** File name template: {name}, {id}, {uid}. */
  filename?: string
  /** Commit message template: {name}, {id}, {uid}. */
  commitMessage?: string
  validation?: ValidationMode
  /** `secrets` (default): blank secret variables and auth credentials; `none`: store as fetched. */
  redact?: RedactMode
  /** Do everything but write. */
  dryRun?: boolean
  /** A ready Octokit (the action passes one); otherwise one is made from githubToken. */
  octokit?: Octokit
  githubToken?: string
  githubApiUrl?: string
  logger?: Logger
  /** Postman request retries (tests shorten the backoff). */
  postmanRetry?: RetryOptions
  postmanTimeoutMs?: number
}

export interface BackupCollectionOptions extends CommonBackupOptions {
  /** The collection's name, ID or UID. */
  collection: string
}

export interface BackupResult {
  changed: boolean
  dryRun: boolean
  repository: string
  branch: string
  /** Repository path of the backup file. */
  filePath: string
  fileUrl: string
  commitSha?: string
  commitUrl?: string
  collection: { id: string; uid: string; name: string }
  /** Lenient-mode deviations from the Collection Format that were accepted. */
  warnings: ValidationIssue[]
  /** Fields blanked by redaction (pointers only, never values). */
  redacted: RedactedField[]
  /** Size of the stored file in bytes. */
  bytes: number
  /** GET requests made to the Postman API. */
  postmanRequests: number
}

/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export function serializeDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Throws an InputError naming `input` unless `value` is one of `allowed`. */
export function checkChoice<T extends string>(value: string, allowed: ReadonlyArray<T>, input: string): T {
  if (!(allowed as ReadonlyArray<string>).includes(value)) {
    throw new InputError(input, `"${value}" is not one of ${allowed.join(', ')}.`)
  }
  return value as T
}

/** Rejects a document that must not become a backup, with the first problems and their JSON pointers. */
export function assertValidDocument(
  kind: DocumentKind,
  document: unknown,
  mode: ValidationMode,
  label: string,
  logger: Logger = silentLogger
): ValidationIssue[] {
  const result = kind === 'collection' ? validateCollection(document, mode) : validateEnvironment(document, mode)
  if (!result.valid) {
    const shown = result.errors.slice(0, 5).map((e) => `${e.pointer || '/'}: ${e.message}`)
    const format =
      kind === 'collection' ? `Postman Collection${result.version ? ` v${result.version}` : ''}` : 'Postman environment'
    throw new CollectionValidationError(
      `${label} is not a valid ${format} document (validation: ${mode}); nothing was written. ` +
        `First problems: ${shown.join('; ')}.` +
        (kind === 'collection' && mode === 'strict'
          ? ' Postman itself emits some deviations; validation: lenient accepts the known ones.'
          : ''),
      result.errors
    )
  }
  // A collection full of secret variables would otherwise print thousands of lines.
  const shownWarnings = 10
  for (const warning of result.warnings.slice(0, shownWarnings))
    logger.warn(`${label}: ${warning.pointer}: ${warning.message}`)
  if (result.warnings.length > shownWarnings)
    logger.warn(`${label}: ${result.warnings.length - shownWarnings} more warnings of the same kinds.`)
  return result.warnings
}

/** The Postman options every use case (backup, restore, list) takes. */
export interface PostmanConnectionOptions {
  postmanApiKey: string
  postmanApiUrl?: string
  postmanRetry?: RetryOptions
  postmanTimeoutMs?: number
}

/** A PostmanClient from the library's options, with the library's defaults. */
export function createPostmanClient(options: PostmanConnectionOptions, logger: Logger = silentLogger): PostmanClient {
  return new PostmanClient({
    apiKey: options.postmanApiKey,
    baseUrl: options.postmanApiUrl || DEFAULTS.postmanApiUrl,
    logger,
    retry: options.postmanRetry,
    timeoutMs: options.postmanTimeoutMs
  })
}

/** Everything both use cases need, checked before the first request. */
export interface PreparedBackup {
  owner: string
  repo: string
  branch: string | undefined
  directory: string
  filenameTemplate: string
  messageTemplate: string
  validation: ValidationMode
  redact: RedactMode
  workspace: string | undefined
  client: PostmanClient
  /** Undefined when the caller writes elsewhere than GitHub. */
  octokit: Octokit | undefined
  logger: Logger
}

/** Checks every option before the first request. `github: false` when the files go elsewhere (a local folder). */
export function prepareBackup(
  options: CommonBackupOptions,
  target: { github: boolean } = { github: true }
): PreparedBackup {
  const logger = options.logger ?? silentLogger
  const { owner, repo } = target.github ? parseRepository(options.repository) : { owner: '', repo: '' }
  if (options.branch !== undefined && options.branch !== '') checkBranchName(options.branch)
  const directory = normalizeDirectory(options.directory ?? DEFAULTS.directory)
  const filenameTemplate = options.filename ?? DEFAULTS.filename
  checkFileNameTemplate(filenameTemplate, 'filename')
  const messageTemplate = options.commitMessage ?? DEFAULTS.commitMessage
  checkTemplate(messageTemplate, 'commit-message')
  const validation = checkChoice(options.validation ?? DEFAULTS.validation, VALIDATION_MODES, 'validation')
  const redact = checkChoice(options.redact ?? DEFAULTS.redact, REDACT_MODES, 'redact')
  const client = createPostmanClient(options, logger)
  if (target.github && !options.octokit && !options.githubToken) {
    throw new InputError(
      'github-token',
      'is empty. Pass a token that can write to the repository (the workflow token or a PAT).'
    )
  }
  const octokit = !target.github
    ? undefined
    : (options.octokit ??
      createOctokit({
        token: options.githubToken as string,
        baseUrl: options.githubApiUrl || DEFAULTS.githubApiUrl,
        logger
      }))
  return {
    owner,
    repo,
    branch: options.branch || undefined,
    directory,
    filenameTemplate,
    messageTemplate,
    validation,
    redact,
    workspace: options.workspace || undefined,
    client,
    octokit,
    logger
  }
}

/**
 * Whether `existing` (a stored backup) holds a newer version of the same document than
 * `fetched`: an overlapping run that fetched later already wrote it, and must not be undone.
 */
export function holdsNewerVersion(kind: DocumentKind, existing: Buffer, fetched: Record<string, unknown>): boolean {
  const stamp = (doc: Record<string, unknown> | undefined) => {
    const holder = (kind === 'collection' ? doc?.info : doc) as Record<string, unknown> | undefined
    return {
      id: holder?.[kind === 'collection' ? '_postman_id' : 'id'],
      updatedAt: Date.parse(String(holder?.updatedAt))
    }
  }
  let stored: Record<string, unknown> | undefined
  try {
    stored = JSON.parse(existing.toString('utf8')) as Record<string, unknown>
  } catch {
    return false
  }
  const a = stamp(stored)
  const b = stamp(fetched)
  return (
    a.id !== undefined &&
    a.id === b.id &&
    Number.isFinite(a.updatedAt) &&
    Number.isFinite(b.updatedAt) &&
    a.updatedAt > b.updatedAt
  )
}

/** Validates, redacts and serializes one fetched document: the bytes to store and what was done to them. */
export function prepareDocument(
  kind: DocumentKind,
  document: Record<string, unknown>,
  settings: { validation: ValidationMode; redact: RedactMode },
  label: string,
  logger: Logger
): { content: string; warnings: ValidationIssue[]; redacted: RedactedField[] } {
  const warnings = assertValidDocument(kind, document, settings.validation, label, logger)
  const redaction =
    kind === 'collection' ? redactCollection(document, settings.redact) : redactEnvironment(document, settings.redact)
  if (redaction.redacted.length > 0)
    logger.info(`${label}: blanked ${redaction.redacted.length} secret value(s) (redact: ${settings.redact}).`)
  return { content: serializeDocument(redaction.document), warnings, redacted: redaction.redacted }
}

/**
 * Backs up one Postman collection to a file in a GitHub repository: fetch, validate, redact,
 * serialize, and commit only when the bytes changed (the contents API: one file, one commit).
 */
export async function backupCollection(options: BackupCollectionOptions): Promise<BackupResult> {
  // Every input is checked before the first request.
  const prepared = prepareBackup(options)
  const { owner, repo, branch, directory, client, logger } = prepared
  const reference = options.collection.trim()
  if (reference === '') throw new InputError('collection', 'is empty. Give the collection name, ID or UID.')

  logger.info(`Fetching collection "${reference}" from ${client.baseUrl}.`)
  const collection = await resolveCollection(client, reference, { workspace: prepared.workspace })
  const label = `Collection "${collection.name}" (${collection.id})`
  const { content, warnings, redacted } = prepareDocument('collection', collection.document, prepared, label, logger)

  const values: TemplateValues = { name: collection.name, id: collection.id, uid: collection.uid }
  const filePath = joinRepoPath(directory, renderFileName(prepared.filenameTemplate, values))
  const message = renderText(prepared.messageTemplate, values, 'commit-message')

  const writer = new ContentsWriter(prepared.octokit as Octokit, { logger })
  const written = await writer.writeFile({
    owner,
    repo,
    branch,
    createBranch: options.createBranch,
    path: filePath,
    content,
    message,
    dryRun: options.dryRun,
    keepExisting: (current) => holdsNewerVersion('collection', current, collection.document)
  })
  return {
    changed: written.changed,
    dryRun: options.dryRun ?? false,
    repository: `${owner}/${repo}`,
    branch: written.branch,
    filePath,
    fileUrl: written.fileUrl,
    commitSha: written.commitSha,
    commitUrl: written.commitUrl,
    collection: { id: collection.id, uid: collection.uid, name: collection.name },
    warnings,
    redacted,
    bytes: Buffer.byteLength(content, 'utf8'),
    postmanRequests: client.calls.length
  }
}
