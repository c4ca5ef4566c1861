// One class per failure kind. Every message says what went wrong and what to do;
// `cause` keeps the original failure with credentials stripped.

export class PostmanBackupError extends Error {
  override readonly name: string = 'PostmanBackupError'
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** An action input or library option has a value we cannot use. */
export class InputError extends PostmanBackupError {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(`Input "${input}": ${message}`, options)
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
  override readonly name = 'GitHubPermissionError'
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
