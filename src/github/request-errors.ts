import { RequestError } from '@octokit/request-error'
import {
  GitHubApiError,
  GitHubAuthError,
  GitHubNotFoundError,
  GitHubPermissionError,
  PostmanBackupError
} from '../errors.js'

export const WRITE_PERMISSION_HINT =
  'With the workflow token, give the job `permissions: contents: write`; a classic PAT needs the `repo` scope (`public_repo` for public repositories); a fine-grained PAT needs access to this repository with Contents: Read and write and Metadata: Read.'

/** The HTTP status of an Octokit failure; undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof RequestError ? error.status : undefined
}

function githubMessage(error: RequestError): string {
  const data = error.response?.data as { message?: unknown } | undefined
  return typeof data?.message === 'string' ? data.message : error.message
}

export interface GitHubContext {
  /** owner/name */
  repository: string
  /** What we were doing, e.g. "reading Postman collections/x.json on main". */
  action: string
  baseUrl: string
  /** Whether the failed request writes (a 403/404 then means no write permission). */
  write?: boolean
}

/**
 * Turns an Octokit failure into an error a user can act on, told apart by status.
 * Octokit already redacts the token in `error.request`; we keep only status and message.
 */
export function translateGitHubError(error: unknown, context: GitHubContext): Error {
  if (error instanceof PostmanBackupError) return error
  if (!(error instanceof RequestError)) {
    return new GitHubApiError(
      `GitHub API failed while ${context.action}: ${error instanceof Error ? error.message : String(error)}`,
      undefined,
      { cause: error }
    )
  }
  const status = error.status
  const message = githubMessage(error)
  const cause = new Error(`${status} ${message}`)
  if (status === 401) {
    return new GitHubAuthError(
      `GitHub rejected the token (401 ${message}) while ${context.action}. Check \`githubToken\`: it may be expired or revoked.`,
      { cause }
    )
  }
  if (status === 403 && context.write) {
    return new GitHubPermissionError(
      `The token may not write to ${context.repository} (403 ${message}) while ${context.action}. ${WRITE_PERMISSION_HINT}`,
      { cause }
    )
  }
  if (status === 404 && context.write) {
    return new GitHubPermissionError(
      `GitHub answered 404 while ${context.action}: the token cannot write to ${context.repository}, or it is not the repository you meant. ${WRITE_PERMISSION_HINT}`,
      { cause }
    )
  }
  if (status === 404) {
    return new GitHubNotFoundError(
      `GitHub answered 404 while ${context.action}: repository ${context.repository} does not exist or the token cannot see it. Check \`repository\` and that the token covers it: a workflow token only sees its own repository (use a PAT for another one); ${WRITE_PERMISSION_HINT.charAt(0).toLowerCase()}${WRITE_PERMISSION_HINT.slice(1)} For GitHub Enterprise Server, \`githubApiUrl\` must be https://HOST/api/v3 (now ${context.baseUrl}).`,
      { cause }
    )
  }
  if (status === 403) {
    return new GitHubPermissionError(
      `GitHub refused ${context.action} (403 ${message}). The token needs Contents: Read (and Metadata: Read) on ${context.repository}.`,
      { cause }
    )
  }
  if (status === 500 && !error.response) {
    return new GitHubApiError(
      `Cannot reach the GitHub API at ${context.baseUrl} while ${context.action} (${message}). For GitHub Enterprise Server set \`githubApiUrl\` to https://HOST/api/v3.`,
      undefined,
      { cause }
    )
  }
  return new GitHubApiError(`GitHub API answered ${status} while ${context.action}: ${message}`, status, { cause })
}
