// Stage 0 of the backup pipeline: every option checked, with the library's defaults, before the
// first request.
import { InputError } from '../errors.js'
import { parseRepository, checkBranchName } from '../github/names.js'
import { createOctokit, type Octokit } from '../github/octokit.js'
import { silentLogger, type Logger } from '../logger.js'
import { checkFileNameTemplate, checkTemplate, normalizeDirectory } from '../paths.js'
import { DEFAULT_POSTMAN_API_URL, PostmanClient, type RetryOptions } from '../postman/client.js'
import { REDACT_MODES, type RedactMode } from '../redact.js'
import type { ValidationMode } from '../schema/index.js'
import { VALIDATION_MODES } from '../schema/common.js'

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

/** Throws an InputError naming `input` unless `value` is one of `allowed`. */
export function checkChoice<T extends string>(value: string, allowed: ReadonlyArray<T>, input: string): T {
  if (!(allowed as ReadonlyArray<string>).includes(value)) {
    throw new InputError(input, `"${value}" is not one of ${allowed.join(', ')}.`)
  }
  return value as T
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

/** Everything the pipeline needs, checked before the first request. */
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

/** References as given, trimmed, without blanks and repeats. */
export function cleanReferences(references: string[] | undefined): string[] {
  return [...new Set((references ?? []).map((r) => r.trim()).filter((r) => r !== ''))]
}

export function checkConcurrency(value: number | undefined): number {
  const concurrency = value ?? DEFAULTS.concurrency
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new InputError('concurrency', `"${value}" is not a whole number from 1 to 32.`)
  }
  return concurrency
}
