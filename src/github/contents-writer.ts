import { GitHubNotFoundError, GitHubApiError } from '../errors.js'
import { gitBlobSha } from '../git-blob-sha.js'
import { silentLogger, type Logger } from '../logger.js'
import { blobUrl, checkBranchName } from './names.js'
import type { Octokit } from './octokit.js'
import {
  branchRef,
  contextFor,
  createBranchAt,
  emptyRepositoryBranchError,
  getRepository,
  missingBranchError,
  noPushError,
  readBlob,
  type ContextFor
} from './repository.js'
import { statusOf, translateGitHubError } from './request-errors.js'

export interface RepositoryTarget {
  owner: string
  repo: string
  /** Branch to write to; the repository's default branch when omitted. */
  branch?: string
  /** Create `branch` from the default branch when it does not exist. */
  createBranch?: boolean
}

export interface WriteFileRequest extends RepositoryTarget {
  path: string
  content: string | Buffer
  message: string
  /** Do everything but write. */
  dryRun?: boolean
  /**
   * Asked before replacing a different file: return true to keep what the branch holds (e.g. it
   * is a newer version written by an overlapping run). Gets the file's current bytes.
   */
  keepExisting?: (current: Buffer) => boolean
}

export interface WriteFileResult {
  changed: boolean
  /** True when the file did not exist before. */
  created: boolean
  branch: string
  path: string
  /** The commit made; undefined when unchanged or in a dry run. */
  commitSha?: string
  commitUrl?: string
  /** Link to the file on the branch. */
  fileUrl: string
  /** Blob SHA of the written content. */
  blobSha: string
  /** True when the branch was created by this run. */
  branchCreated: boolean
  /** True when keepExisting kept the file on the branch. */
  keptExisting?: boolean
}

type BranchState = 'exists' | 'missing' | 'empty-repository'

const MAX_WRITE_ATTEMPTS = 4
// The object media type answers with the file's metadata for files up to 100 MB (the default
// media type refuses files over 1 MB with 403 too_large).
const OBJECT_MEDIA_TYPE = { format: 'object' }

/**
 * Writes one file with the contents API: compares git blob SHAs first (no write when
 * unchanged), creates or updates with the current `sha`, and re-reads on a sha conflict.
 */
export class ContentsWriter {
  private readonly logger: Logger

  constructor(
    private readonly octokit: Octokit,
    options: { logger?: Logger } = {}
  ) {
    this.logger = options.logger ?? silentLogger
  }

  async writeFile(request: WriteFileRequest): Promise<WriteFileResult> {
    const { owner, repo, path } = request
    const repository = `${owner}/${repo}`
    const context = contextFor(this.octokit, owner, repo)
    const info = await getRepository(this.octokit, owner, repo, context)
    const branch = request.branch ?? info.defaultBranch
    if (request.branch !== undefined) checkBranchName(request.branch)
    const content = typeof request.content === 'string' ? Buffer.from(request.content, 'utf8') : request.content
    const blobSha = gitBlobSha(content)
    const fileUrl = blobUrl(info.htmlUrl, branch, path)
    const base = { branch, path, blobSha, fileUrl }

    let branchCreated = false
    // Set when a rejected PUT had been retried by plugin-retry: the retried request may have
    // been applied (its answer lost), so finding our bytes afterwards may mean our own commit.
    let mayHaveWritten = false
    for (let attempt = 1; ; attempt++) {
      let current = await this.readFileSha(owner, repo, branch, path, context)
      if (current.state === 'missing') {
        if (!request.createBranch) throw missingBranchError(repository, branch, info.defaultBranch)
        if (request.dryRun) {
          this.logger.info(`Dry run: would create branch "${branch}" from "${info.defaultBranch}" and write ${path}.`)
          return { ...base, changed: true, created: true, branchCreated: true }
        }
        if (info.canPush === false) throw noPushError(repository)
        await this.createBranch(owner, repo, branch, info.defaultBranch, context)
        branchCreated = true
        current = await this.readFileSha(owner, repo, branch, path, context)
      }
      if (current.state === 'empty-repository' && branch !== info.defaultBranch) {
        throw emptyRepositoryBranchError(repository, branch, info.defaultBranch)
      }
      if (current.sha === blobSha) {
        const own = mayHaveWritten ? await this.headCommitIfOurs(owner, repo, branch, request.message) : undefined
        if (own) {
          this.logger.info(
            `${path} on ${branch} was written by our earlier attempt, whose answer was lost: commit ${own.sha.slice(0, 7)}.`
          )
          return {
            ...base,
            changed: true,
            created: false,
            branchCreated,
            commitSha: own.sha,
            commitUrl: own.url ?? `${info.htmlUrl}/commit/${own.sha}`
          }
        }
        this.logger.info(`${path} on ${branch} is unchanged (blob ${blobSha.slice(0, 7)}); nothing to commit.`)
        return { ...base, changed: false, created: false, branchCreated }
      }
      if (current.sha !== undefined && request.keepExisting) {
        const bytes =
          current.content ??
          (await readBlob(
            this.octokit,
            { owner, repo, sha: current.sha, what: path, action: `reading blob ${current.sha}` },
            context
          ))
        if (request.keepExisting(bytes)) {
          this.logger.warn(`${path} on ${branch} holds a newer version than the one fetched; keeping it.`)
          return { ...base, changed: false, created: false, branchCreated, keptExisting: true }
        }
      }
      const created = current.sha === undefined
      if (request.dryRun) {
        this.logger.info(`Dry run: would ${created ? 'create' : 'update'} ${path} on ${branch}.`)
        return { ...base, changed: true, created, branchCreated }
      }
      if (info.canPush === false) throw noPushError(repository)
      try {
        const { data } = await this.octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
          owner,
          repo,
          path,
          message: request.message,
          content: content.toString('base64'),
          // An empty repository has no branch yet: the first commit creates the default branch.
          ...(current.state === 'empty-repository' ? {} : { branch }),
          ...(current.sha ? { sha: current.sha } : {})
        })
        const commitSha = data.commit.sha
        if (!commitSha)
          throw new GitHubApiError(`GitHub accepted the write of ${path} but returned no commit.`, undefined)
        this.logger.info(`${created ? 'Created' : 'Updated'} ${path} on ${branch}: commit ${commitSha.slice(0, 7)}.`)
        return {
          ...base,
          changed: true,
          created,
          branchCreated,
          commitSha,
          commitUrl: data.commit.html_url ?? `${info.htmlUrl}/commit/${commitSha}`,
          fileUrl: data.content?.html_url ?? fileUrl
        }
      } catch (error) {
        const status = statusOf(error)
        // 409: our sha is stale; 422: the file appeared since we looked. Someone wrote meanwhile: look again.
        if ((status === 409 || status === 422) && attempt < MAX_WRITE_ATTEMPTS) {
          if (
            Number((error as { request?: { request?: { retryCount?: number } } }).request?.request?.retryCount ?? 0) > 0
          )
            mayHaveWritten = true
          this.logger.warn(
            `${path} changed on ${branch} while we wrote it (${status}); reading it again (attempt ${attempt + 1} of ${MAX_WRITE_ATTEMPTS}).`
          )
          continue
        }
        throw translateGitHubError(error, context(`writing ${path} to ${branch}`, true))
      }
    }
  }

  /** The blob SHA of `path` on `branch`, or why there is none. */
  private async readFileSha(
    owner: string,
    repo: string,
    branch: string,
    path: string,
    context: ContextFor
  ): Promise<{ state: BranchState; sha?: string; content?: Buffer }> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner,
        repo,
        path,
        ref: branch,
        mediaType: OBJECT_MEDIA_TYPE
      })
      const type = Array.isArray(data) ? 'dir' : (data as { type?: string }).type
      if (type !== 'file') {
        throw new GitHubApiError(
          `${path} on ${branch} is a ${type === 'dir' ? 'folder' : type}, not a file. Choose another directory or filename.`,
          undefined
        )
      }
      const file = data as { sha: string; content?: string; encoding?: string }
      // The object media type includes the bytes for files up to 1 MB.
      const content =
        file.encoding === 'base64' && typeof file.content === 'string' ? Buffer.from(file.content, 'base64') : undefined
      return { state: 'exists', sha: file.sha, content }
    } catch (error) {
      if (statusOf(error) !== 404) throw translateGitHubError(error, context(`reading ${path} on ${branch}`))
    }
    // 404 means: no such file, no such branch, or an empty repository. The ref tells which.
    return { state: (await branchRef(this.octokit, owner, repo, branch, context)).state }
  }

  /** The branch's head commit when its message is ours (our write landed though its answer was lost). */
  private async headCommitIfOurs(
    owner: string,
    repo: string,
    branch: string,
    message: string
  ): Promise<{ sha: string; url?: string } | undefined> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
        owner,
        repo,
        branch
      })
      return data.commit.commit.message === message ? { sha: data.commit.sha, url: data.commit.html_url } : undefined
    } catch {
      return undefined
    }
  }

  private async createBranch(owner: string, repo: string, branch: string, from: string, context: ContextFor) {
    const base = await branchRef(this.octokit, owner, repo, from, context)
    if (base.state !== 'exists')
      throw new GitHubNotFoundError(
        `The default branch "${from}" of ${owner}/${repo} cannot be read (${base.state}), so branch "${branch}" cannot be made from it.`
      )
    await createBranchAt(this.octokit, this.logger, { owner, repo, branch, sha: base.sha, from }, context)
  }
}
