// One file, one commit: the contents strategy of the GitHub writer behind a one-call API.
import { gitBlobSha } from '../git-blob-sha.js'
import type { Logger } from '../logger.js'
import { blobUrl } from './names.js'
import type { Octokit } from './octokit.js'
import type { BranchTarget } from './repository.js'
import { TreeWriter } from './tree-writer.js'

/** Where to write: a repository and a branch. */
export type RepositoryTarget = Omit<BranchTarget, 'dryRun'>

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

/**
 * Writes one file: reads only that file (GET repository, GET contents), compares git blob SHAs
 * (no write when unchanged) and PUTs it with the current `sha`, re-reading on a conflict. The
 * same reading, planning and conflict loop as every backup (TreeWriter with `paths`).
 */
export class ContentsWriter {
  private readonly writer: TreeWriter

  constructor(octokit: Octokit, options: { logger?: Logger } = {}) {
    this.writer = new TreeWriter(octokit, options)
  }

  async writeFile(request: WriteFileRequest): Promise<WriteFileResult> {
    const { owner, repo, path } = request
    const content = typeof request.content === 'string' ? Buffer.from(request.content, 'utf8') : request.content
    const snapshot = await this.writer.readBranch({
      owner,
      repo,
      branch: request.branch,
      createBranch: request.createBranch,
      dryRun: request.dryRun,
      paths: [path]
    })
    const result = await this.writer.commitFiles(snapshot, {
      message: request.message,
      files: [{ path, content, keepExisting: request.keepExisting }],
      dryRun: request.dryRun
    })
    const status = result.files.find((f) => f.path === path)?.status
    return {
      changed: result.changed,
      created: status === 'created',
      branch: snapshot.branch,
      path,
      ...(result.commitSha ? { commitSha: result.commitSha, commitUrl: result.commitUrl } : {}),
      fileUrl: blobUrl(snapshot.htmlUrl, snapshot.branch, path),
      blobSha: gitBlobSha(content),
      branchCreated: snapshot.branchCreated === true,
      ...(status === 'kept' ? { keptExisting: true } : {})
    }
  }
}
