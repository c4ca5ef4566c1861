// Stage 0 of the backup pipeline: every option checked and its default applied, before the first
// request. The checks and defaults are the options table's (src/options/): resolveBackupOptions.
import { parseRepository } from '../github/names.js'
import { createOctokit, type Octokit } from '../github/octokit.js'
import { silentLogger, type Logger } from '../logger.js'
import { REDACT_MODES, VALIDATION_MODES } from '../modes.js'
import {
  defaultOf,
  resolveBackupOptions,
  type BackupKey,
  type BackupValues,
  type GivenValues
} from '../options/index.js'
import { PostmanClient, type RetryOptions } from '../postman/client.js'

export { VALIDATION_MODES, REDACT_MODES }

/** The table's backup options only a run of many documents takes: backupCollection names one `collection`. */
export type WorkspaceOnlyKey =
  | 'collections'
  | 'environments'
  | 'specs'
  | 'globals'
  | 'globalsFilename'
  | 'exclude'
  | 'environmentFilename'
  | 'concurrency'
  | 'prune'
  | 'full'

/** What a caller passes besides the table's options: ready clients, the logger, Postman request tuning. */
export interface BackupServices {
  /** A ready Octokit (the action passes one); otherwise one is made from githubToken. */
  octokit?: Octokit
  logger?: Logger
  /** Postman request retries (tests shorten the backoff). */
  postmanRetry?: RetryOptions
  postmanTimeoutMs?: number
}

/**
 * Options shared by backupCollection and backupWorkspace: the table's backup options (types,
 * defaults and checks from src/options/table.ts) but the workspace-only ones, plus the services.
 */
export type CommonBackupOptions = GivenValues<Exclude<BackupKey, WorkspaceOnlyKey>> & BackupServices

/** Every library option of a backup: each option of the table, plus the services. */
export type BackupOptions = GivenValues<BackupKey> & BackupServices

/** The Postman options every use case (backup, restore, list) takes. */
export interface PostmanConnectionOptions {
  postmanApiKey?: string
  postmanApiUrl?: string
  postmanRetry?: RetryOptions
  postmanTimeoutMs?: number
}

/** A PostmanClient from the library's options, with the table's default URL. */
export function createPostmanClient(options: PostmanConnectionOptions, logger: Logger = silentLogger): PostmanClient {
  return new PostmanClient({
    apiKey: options.postmanApiKey ?? '',
    baseUrl: options.postmanApiUrl || defaultOf('postmanApiUrl'),
    logger,
    retry: options.postmanRetry,
    timeoutMs: options.postmanTimeoutMs
  })
}

/** Everything the pipeline needs, checked before the first request: every option's value, and the clients. */
export type PreparedBackup = BackupValues & {
  /** Resolved from the other options when not given (resolveBackupOptions). */
  globals: boolean
  owner: string
  repo: string
  client: PostmanClient
  /** Undefined when the caller writes elsewhere than GitHub. */
  octokit: Octokit | undefined
  logger: Logger
}

/**
 * Checks every option before the first request (resolveBackupOptions) and makes the clients. The
 * files go to GitHub unless a `writer` is given (a local folder): then no repository or token is
 * needed, and no Octokit is made. backupCollection's `collection` counts as `collections: [collection]`.
 */
export function prepareBackup(
  options: CommonBackupOptions & GivenValues<WorkspaceOnlyKey> & { writer?: unknown; collection?: string }
): PreparedBackup {
  const given =
    options.collections === undefined && options.collection !== undefined
      ? { ...options, collections: [options.collection] }
      : options
  const values = resolveBackupOptions(given)
  const logger = values.logger ?? silentLogger
  const github = options.writer === undefined
  // resolveBackupOptions has checked the repository (and that there is one) when the files go to GitHub;
  // a given writer may write to GitHub too (a TreeWriter with limits of its own).
  const { owner, repo } = values.repository ? parseRepository(values.repository) : { owner: '', repo: '' }
  const octokit = !github
    ? undefined
    : (values.octokit ?? createOctokit({ token: values.githubToken as string, baseUrl: values.githubApiUrl, logger }))
  return {
    ...values,
    owner,
    repo,
    client: createPostmanClient(values, logger),
    octokit,
    logger
  }
}

/** References as given, trimmed, without blanks and repeats. */
export function cleanReferences(references: readonly string[] | undefined): string[] {
  return [...new Set((references ?? []).map((r) => r.trim()).filter((r) => r !== ''))]
}
