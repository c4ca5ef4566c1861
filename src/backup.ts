import { CollectionValidationError, InputError } from './errors.js'
import { ContentsWriter } from './github/contents-writer.js'
import { parseRepository, checkBranchName } from './github/names.js'
import { createOctokit, type Octokit } from './github/octokit.js'
import { silentLogger, type Logger } from './logger.js'
import { checkTemplate, joinRepoPath, normalizeDirectory, renderFileName, renderText, type TemplateValues } from './paths.js'
import { PostmanClient, type RetryOptions } from './postman/client.js'
import { resolveCollection } from './postman/lookup.js'
import { validateCollection, type ValidationIssue, type ValidationMode } from './schema/index.js'

/** Defaults of the library; action.yml states the same ones (a test keeps them equal). */
export const DEFAULTS = {
  directory: 'Postman collections',
  filename: '{name}.postman_collection.json',
  commitMessage: 'Back up Postman collection {name}',
  validation: 'lenient' as ValidationMode,
  postmanApiUrl: 'https://api.postman.com',
  githubApiUrl: 'https://api.github.com'
} as const

export const VALIDATION_MODES: ReadonlyArray<ValidationMode> = ['strict', 'lenient', 'off']

export interface BackupCollectionOptions {
  /** Postman API key (sent as X-Api-Key). */
  postmanApiKey: string
  /** The collection's name, ID or UID. */
  collection: string
  /** Workspace ID that scopes a lookup by name. */
  workspace?: string
  postmanApiUrl?: string
  /** `owner/name` of the repository to write to. */
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
  /** Size of the stored file in bytes. */
  bytes: number
}

/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export function serializeDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

function checkValidationMode(value: string): ValidationMode {
  if (!(VALIDATION_MODES as string[]).includes(value)) {
    throw new InputError('validation', `"${value}" is not one of ${VALIDATION_MODES.join(', ')}.`)
  }
  return value as ValidationMode
}

/** Rejects a document that must not become a backup, with the first problems and their JSON pointers. */
export function assertValidCollection(document: unknown, mode: ValidationMode, label: string, logger: Logger = silentLogger): ValidationIssue[] {
  const result = validateCollection(document, mode)
  if (!result.valid) {
    const shown = result.errors.slice(0, 5).map((e) => `${e.pointer || '/'}: ${e.message}`)
    throw new CollectionValidationError(
      `${label} is not a valid Postman Collection${result.version ? ` v${result.version}` : ''} document (validation: ${mode}); nothing was written. ` +
        `First problems: ${shown.join('; ')}.` +
        (mode === 'strict' ? ' Postman itself emits some deviations; validation: lenient accepts the known ones.' : ''),
      result.errors
    )
  }
  // A collection full of secret variables would otherwise print thousands of lines.
  const shownWarnings = 10
  for (const warning of result.warnings.slice(0, shownWarnings)) logger.warn(`${label}: ${warning.pointer}: ${warning.message}`)
  if (result.warnings.length > shownWarnings) logger.warn(`${label}: ${result.warnings.length - shownWarnings} more warnings of the same kinds.`)
  return result.warnings
}

/**
 * Backs up one Postman collection to a file in a GitHub repository: fetch, validate,
 * serialize, and commit only when the bytes changed.
 */
export async function backupCollection(options: BackupCollectionOptions): Promise<BackupResult> {
  const logger = options.logger ?? silentLogger
  // Every input is checked before the first request.
  const { owner, repo } = parseRepository(options.repository)
  if (options.branch !== undefined && options.branch !== '') checkBranchName(options.branch)
  const branch = options.branch || undefined
  const directory = normalizeDirectory(options.directory ?? DEFAULTS.directory)
  const filenameTemplate = options.filename ?? DEFAULTS.filename
  checkTemplate(filenameTemplate, 'filename')
  const messageTemplate = options.commitMessage ?? DEFAULTS.commitMessage
  checkTemplate(messageTemplate, 'commit-message')
  const validation = checkValidationMode(options.validation ?? DEFAULTS.validation)
  const reference = options.collection.trim()
  if (reference === '') throw new InputError('collection', 'is empty. Give the collection name, ID or UID.')
  const client = new PostmanClient({
    apiKey: options.postmanApiKey,
    baseUrl: options.postmanApiUrl || DEFAULTS.postmanApiUrl,
    logger,
    retry: options.postmanRetry,
    timeoutMs: options.postmanTimeoutMs
  })
  if (!options.octokit && !options.githubToken) {
    throw new InputError('github-token', 'is empty. Pass a token that can write to the repository (the workflow token or a PAT).')
  }
  const octokit = options.octokit ?? createOctokit({ token: options.githubToken as string, baseUrl: options.githubApiUrl || DEFAULTS.githubApiUrl, logger })

  logger.info(`Fetching collection "${reference}" from ${client.baseUrl}.`)
  const collection = await resolveCollection(client, reference, { workspace: options.workspace || undefined })
  const label = `Collection "${collection.name}" (${collection.id})`
  const warnings = assertValidCollection(collection.document, validation, label, logger)
  const content = serializeDocument(collection.document)

  const values: TemplateValues = { name: collection.name, id: collection.id, uid: collection.uid }
  const filePath = joinRepoPath(directory, renderFileName(filenameTemplate, values))
  const message = renderText(messageTemplate, values, 'commit-message')

  const writer = new ContentsWriter(octokit, { logger })
  const written = await writer.writeFile({
    owner,
    repo,
    branch,
    createBranch: options.createBranch,
    path: filePath,
    content,
    message,
    dryRun: options.dryRun
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
    bytes: Buffer.byteLength(content, 'utf8')
  }
}
