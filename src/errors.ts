// One class per failure kind. Every message says what went wrong and what to do;
// `cause` keeps the original failure with credentials stripped.
import { findOption, specOf } from './options/table.js'

export class PostmanBackupError extends Error {
  override readonly name: string = 'PostmanBackupError'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/**
 * An option has a value we cannot use. `option` may be given as the library key (`githubToken`)
 * or the action input name (`github-token`); the table in options/table.ts maps one to the other.
 * The message names the library option; the action and the CLI print `reason` after their own
 * name for it (`Input "github-token": …`, `--token (or GITHUB_TOKEN): …`).
 */
export class InputError extends PostmanBackupError {
  override readonly name = 'InputError'
  /** The action input's name (the name given when the option has no input). */
  readonly input: string
  /** The library option's key (the name given when the table does not know it). */
  readonly option: string
  /** What is wrong and what to do, without the option's name. */
  readonly reason: string
  constructor(option: string, reason: string, options?: { cause?: unknown }) {
    const key = findOption(option)
    super(`Option "${key ?? option}": ${reason}`, options)
    this.option = key ?? option
    this.input = (key && specOf(key).input) || option
    this.reason = reason
  }
}

/** Postman refused the API key (401). */
export class PostmanAuthError extends PostmanBackupError {
  override readonly name = 'PostmanAuthError'
}

/** The collection (or workspace/environment) does not exist or is not visible to the key. */
export class PostmanNotFoundError extends PostmanBackupError {
  override readonly name = 'PostmanNotFoundError'
}

/** A name matched several collections. */
export class AmbiguousNameError extends PostmanBackupError {
  override readonly name = 'AmbiguousNameError'
  constructor(
    message: string,
    readonly candidates: ReadonlyArray<{ id: string; name: string }>
  ) {
    super(message)
  }
}

/** Postman's rate limit or monthly usage quota stopped us. */
export class PostmanRateLimitError extends PostmanBackupError {
  override readonly name = 'PostmanRateLimitError'
  constructor(
    message: string,
    readonly kind: 'rateLimited' | 'serviceLimitExhausted',
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** Any other failed or unusable Postman API answer (5xx after retries, network, non-JSON body). */
export class PostmanApiError extends PostmanBackupError {
  override readonly name = 'PostmanApiError'
  constructor(
    message: string,
    readonly status: number | undefined,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** The fetched document is not a valid collection; nothing was written. */
export class CollectionValidationError extends PostmanBackupError {
  override readonly name = 'CollectionValidationError'
  constructor(
    message: string,
    readonly issues: ReadonlyArray<{ pointer: string; message: string }>
  ) {
    super(message)
  }
}

/** GitHub refused the token (401). */
export class GitHubAuthError extends PostmanBackupError {
  override readonly name = 'GitHubAuthError'
}

/** The token may read but not write, or cannot see the repository. */
export class GitHubPermissionError extends PostmanBackupError {
  override readonly name: string = 'GitHubPermissionError'
}

/** Repository or branch missing. */
export class GitHubNotFoundError extends PostmanBackupError {
  override readonly name = 'GitHubNotFoundError'
}

/** Any other failed GitHub API call. */
export class GitHubApiError extends PostmanBackupError {
  override readonly name = 'GitHubApiError'
  constructor(
    message: string,
    readonly status: number | undefined,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/**
 * GitHub refused a direct write to a protected branch: classic branch protection or a ruleset (for
 * instance "Changes must be made through a pull request"). Retrying cannot help; `pullRequest` can.
 */
export class GitHubProtectedBranchError extends PostmanBackupError {
  override readonly name = 'GitHubProtectedBranchError'
}

/** Where GitHub's push protection found a secret: the blob, and the file and line when GitHub names them. */
export interface PushProtectionLocation {
  blobSha?: string
  path?: string
  line?: number
}

/**
 * GitHub's secret scanning push protection refused content we tried to write (GH013 "Push cannot
 * contain secrets"); nothing was written. The message never quotes the secret. `locations` lets a
 * caller map a blob SHA back to its file when GitHub gave no path.
 */
export class PushProtectionError extends PostmanBackupError {
  override readonly name = 'PushProtectionError'
  constructor(
    message: string,
    readonly locations: readonly PushProtectionLocation[],
    /** Secret types as GitHub names them, e.g. "GitHub Personal Access Token" (never the value). */
    readonly secretTypes: readonly string[],
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** GitHub refused to open or update a pull request for lack of a permission or a repository setting. */
export class GitHubPullRequestPermissionError extends GitHubPermissionError {
  override readonly name = 'GitHubPullRequestPermissionError'
}
