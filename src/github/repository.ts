// Repository, branch and blob requests shared by ContentsWriter and TreeWriter, so both read the
// default branch, tell a missing branch from an empty repository, create branches, read blobs
// and word these failures the same way.
import { GitHubApiError, GitHubNotFoundError, GitHubPermissionError } from '../errors.js'
import { gitBlobSha } from '../git-blob-sha.js'
import type { Logger } from '../logger.js'
import type { Octokit } from './octokit.js'
import { statusOf, translateGitHubError, WRITE_PERMISSION_HINT, type GitHubContext } from './request-errors.js'

export interface RepositoryInfo {
  defaultBranch: string
  htmlUrl: string
  /** Present for user tokens (PATs); the workflow token's answer may lack it. */
  canPush: boolean | undefined
}

/** Builds the error context of one request: what we were doing, and whether it writes. */
export type ContextFor = (action: string, write?: boolean) => GitHubContext

export function contextFor(octokit: Octokit, owner: string, repo: string): ContextFor {
  const baseUrl = String(octokit.request.endpoint.DEFAULTS.baseUrl)
  return (action, write = false) => ({ repository: `${owner}/${repo}`, action, baseUrl, write })
}

/** GET /repos/{owner}/{repo}: the default branch, the web URL and whether the token may push. */
export async function getRepository(
  octokit: Octokit,
  owner: string,
  repo: string,
  context: ContextFor
): Promise<RepositoryInfo> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo })
    return { defaultBranch: data.default_branch, htmlUrl: data.html_url, canPush: data.permissions?.push }
  } catch (error) {
    throw translateGitHubError(error, context(`reading repository ${owner}/${repo}`))
  }
}

export type RefState = { state: 'exists'; sha: string } | { state: 'missing' } | { state: 'empty-repository' }

/**
 * GET git/ref/heads/{branch}. The Git Data API answers 409 for a repository without commits,
 * which is how an empty repository is told from a missing branch (both 404 elsewhere).
 */
export async function branchRef(
  octokit: Octokit,
  owner: string,
  repo: string,
  branch: string,
  context: ContextFor
): Promise<RefState> {
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      owner,
      repo,
      ref: `heads/${branch}`
    })
    return { state: 'exists', sha: data.object.sha }
  } catch (error) {
    const status = statusOf(error)
    if (status === 404) return { state: 'missing' }
    if (status === 409) return { state: 'empty-repository' }
    throw translateGitHubError(error, context(`reading branch ${branch}`))
  }
}

/** POST git/refs: makes `branch` point at `sha` (the head of `from`). */
export async function createBranchAt(
  octokit: Octokit,
  logger: Logger,
  target: { owner: string; repo: string; branch: string; sha: string; from: string },
  context: ContextFor
): Promise<void> {
  const { owner, repo, branch, sha, from } = target
  try {
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${branch}`, sha })
    logger.info(`Created branch "${branch}" from "${from}" (${sha.slice(0, 7)}).`)
  } catch (error) {
    // 422 "Reference already exists": another run made it first, which is fine.
    if (statusOf(error) === 422) return
    throw translateGitHubError(error, context(`creating branch ${branch}`, true))
  }
}

/**
 * GET git/blobs/{sha}: the blob's bytes, checked against `sha` (a cut or re-encoded answer must not
 * pass for the file). `what` names the blob in errors (e.g. the file's path); `action` is what we
 * were doing, for the error context.
 */
export async function readBlob(
  octokit: Octokit,
  target: { owner: string; repo: string; sha: string; what: string; action: string },
  context: ContextFor
): Promise<Buffer> {
  const { owner, repo, sha } = target
  try {
    const data = jsonBody(
      (await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo, file_sha: sha })).data
    )
    const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
    if (gitBlobSha(bytes) !== sha)
      throw new GitHubApiError(
        `GitHub answered blob ${sha} of ${target.what} with other bytes (${bytes.length} bytes); try again.`,
        undefined
      )
    return bytes
  } catch (error) {
    throw translateGitHubError(error, context(target.action))
  }
}

/**
 * Octokit's bigint-aware JSON parser gives up on very large answers (a blob over ~10 MB, a tree of
 * many files) and hands over the text instead. An Octokit made with OCTOKIT_PLUGINS parses it
 * (safeResponses); the writers take any Octokit, so plain JSON.parse here too.
 */
export function jsonBody<T extends object>(data: T | string): T {
  if (typeof data !== 'string') return data
  try {
    return JSON.parse(data) as T
  } catch (error) {
    throw new GitHubApiError(
      `GitHub sent an answer that is not JSON (${data.length} characters): ${data.slice(0, 80)}`,
      undefined,
      { cause: error }
    )
  }
}

export function missingBranchError(repository: string, branch: string, defaultBranch: string): Error {
  return new GitHubNotFoundError(
    `Branch "${branch}" does not exist in ${repository}. Create it first, or set create-branch: true to create it from the default branch "${defaultBranch}".`
  )
}

export function emptyRepositoryBranchError(repository: string, branch: string, defaultBranch: string): Error {
  return new GitHubNotFoundError(
    `${repository} is empty (no commits), so branch "${branch}" cannot be made from "${defaultBranch}". Leave branch empty to make the first commit on the default branch, or push an initial commit first.`
  )
}

export function noPushError(repository: string): Error {
  return new GitHubPermissionError(`The token can read ${repository} but not write to it. ${WRITE_PERMISSION_HINT}`)
}
