import { isUtf8 } from 'node:buffer'
import { GitHubApiError, GitHubNotFoundError, InputError } from '../errors.js'
import { gitBlobSha } from '../git-blob-sha.js'
import { silentLogger, type Logger } from '../logger.js'
import { checkPath } from '../paths.js'
import { checkBranchName } from './names.js'
import type { Octokit } from './octokit.js'
import {
  branchRef,
  contextFor,
  createBranchAt,
  emptyRepositoryBranchError,
  getRepository,
  jsonBody,
  missingBranchError,
  noPushError,
  readBlob,
  type ContextFor
} from './repository.js'
import { statusOf, translateGitHubError } from './request-errors.js'

export interface TreeSnapshot {
  owner: string
  repo: string
  branch: string
  /** Known when the repository was read (branch not named, or missing). */
  defaultBranch?: string
  /** null for an empty repository (no commits). */
  headSha: string | null
  treeSha: string | null
  /** path -> blob sha of every file on the branch (recursive). */
  files: ReadonlyMap<string, string>
  /** https://github.com/o/r */
  htmlUrl: string
  /** True if GitHub truncated the recursive tree (too many entries); commitFiles then refuses to write. */
  truncated: boolean
  /** True when readBranch created the branch (in a dry run: would create it). */
  branchCreated?: boolean
}

export interface FileChange {
  path: string
  /** The full desired content. */
  content: string | Buffer
}

export interface CommitFilesRequest {
  message: string
  /** Desired content; files whose blob SHA equals the branch's are skipped. */
  files: FileChange[]
  /** Paths to remove if present. */
  deletions?: string[]
  dryRun?: boolean
}

export type FileStatus = 'created' | 'updated' | 'unchanged' | 'deleted'

export interface CommitFilesResult {
  /** A commit was made (or would be, in a dry run). */
  changed: boolean
  commitSha?: string
  commitUrl?: string
  branch: string
  files: Array<{ path: string; status: FileStatus; blobSha?: string }>
  /** How many times the commit was rebuilt because the branch moved. */
  retries: number
}

export interface ReadBranchTarget {
  owner: string
  repo: string
  /** The repository's default branch when omitted (one more request). */
  branch?: string
  /** Create `branch` from the default branch when it does not exist. */
  createBranch?: boolean
  dryRun?: boolean
}

/** Tries of one commit; each retry re-reads the branch because someone else moved it. */
const MAX_COMMIT_ATTEMPTS = 4
/** Larger texts go up as a separate blob instead of inline in the tree request. */
const INLINE_LIMIT_BYTES = 10 * 1024 * 1024
/** git's well-known empty tree: GitHub answers 404 when asked to list it. */
const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
const FILE_MODE = '100644'

type TreeMode = '100644' | '100755' | '040000' | '160000' | '120000'
type TreeEntryInput = { path: string; mode: TreeMode; type: 'blob'; content?: string; sha?: string | null }

interface PreparedFile {
  path: string
  bytes: Buffer
  blobSha: string
  /** Not UTF-8 text (or too large to inline): sent with POST git/blobs first. */
  viaBlob: boolean
}

interface Plan {
  changes: PreparedFile[]
  deletions: string[]
  statuses: CommitFilesResult['files']
}

/** What readBranch learned beyond the public snapshot: the modes of files that are not 100644, so an executable stays executable. */
const modesOf = new WeakMap<TreeSnapshot, ReadonlyMap<string, TreeMode>>()

/**
 * Writes many files in one commit with the Git Data API: one read of the branch and its tree,
 * then one tree (only the changed entries on top of the branch's tree), one commit and one
 * fast-forward ref update, rebuilt on the new head when someone pushed in between.
 *
 * Requests of a run that changes files, whatever their number:
 * GET branches/{b}, GET git/trees/{tree}?recursive=1, GET git/blobs/{sha} per readFile (the
 * manifest), POST git/trees, POST git/commits, PATCH git/refs/heads/{b}: 6 with a named branch.
 * - No branch named: GET /repos/{o}/{r} first, to learn the default branch (7).
 * - A file that is not UTF-8 text (or contains NUL) or exceeds 10 MB: one POST git/blobs each.
 * - Missing branch: GET repository and GET git/ref/heads/{b} to tell it from an empty
 *   repository; with createBranch also GET branches/{default} and POST git/refs.
 * - Empty repository (the Git Data API answers 409 until there is a commit): PUT contents makes
 *   the first commit with the smallest file, and the other files follow in a second commit, so
 *   the first run takes 2 commits (1 when there is one file).
 * - The branch moved before our ref update: the branch is read again (2) and the tree, commit and
 *   ref update made again (3), up to 4 tries.
 * - Nothing changed: only the reads; no writes at all.
 */
export class TreeWriter {
  private readonly logger: Logger

  constructor(
    private readonly octokit: Octokit,
    options: { logger?: Logger } = {}
  ) {
    this.logger = options.logger ?? silentLogger
  }

  async readBranch(target: ReadBranchTarget): Promise<TreeSnapshot> {
    const { owner, repo } = target
    const repository = `${owner}/${repo}`
    const context = contextFor(this.octokit, owner, repo)
    if (target.branch !== undefined) checkBranchName(target.branch)
    let info = target.branch === undefined ? await getRepository(this.octokit, owner, repo, context) : undefined
    const branch = target.branch ?? info?.defaultBranch ?? ''
    const base = { owner, repo, branch, ...(info ? { defaultBranch: info.defaultBranch } : {}) }

    const head = await this.getBranch(owner, repo, branch, context)
    if (head) return this.snapshotAt({ ...base, htmlUrl: head.htmlUrl ?? info?.htmlUrl }, head, context)

    // 404: no such branch, an empty repository, or no such repository (GET repository says which).
    info ??= await getRepository(this.octokit, owner, repo, context)
    const withInfo = { ...base, defaultBranch: info.defaultBranch, htmlUrl: info.htmlUrl }
    const ref = await branchRef(this.octokit, owner, repo, branch, context)
    if (ref.state === 'empty-repository') {
      if (branch !== info.defaultBranch) throw emptyRepositoryBranchError(repository, branch, info.defaultBranch)
      this.logger.info(`${repository} is empty; the first commit will create branch "${branch}".`)
      return { ...withInfo, headSha: null, treeSha: null, files: new Map(), truncated: false }
    }
    if (ref.state === 'exists') {
      // Created between our two reads: read it again.
      const again = await this.getBranch(owner, repo, branch, context)
      if (again) return this.snapshotAt(withInfo, again, context)
    }
    if (!target.createBranch) throw missingBranchError(repository, branch, info.defaultBranch)
    const from = await this.getBranch(owner, repo, info.defaultBranch, context)
    if (!from)
      throw new GitHubNotFoundError(
        `The default branch "${info.defaultBranch}" of ${repository} cannot be read, so branch "${branch}" cannot be made from it.`
      )
    if (target.dryRun) {
      this.logger.info(
        `Dry run: would create branch "${branch}" from "${info.defaultBranch}" (${from.sha.slice(0, 7)}).`
      )
    } else {
      if (info.canPush === false) throw noPushError(repository)
      await createBranchAt(
        this.octokit,
        this.logger,
        { owner, repo, branch, sha: from.sha, from: info.defaultBranch },
        context
      )
    }
    return { ...(await this.snapshotAt(withInfo, from, context)), branchCreated: true }
  }

  async readFile(snapshot: TreeSnapshot, path: string): Promise<Buffer | undefined> {
    const sha = snapshot.files.get(path)
    if (sha === undefined) {
      if (snapshot.truncated) throw truncatedError(snapshot)
      return undefined
    }
    const { owner, repo, branch } = snapshot
    return readBlob(
      this.octokit,
      { owner, repo, sha, what: path, action: `reading ${path} on ${branch}` },
      contextFor(this.octokit, owner, repo)
    )
  }

  async commitFiles(snapshot: TreeSnapshot, request: CommitFilesRequest): Promise<CommitFilesResult> {
    const prepared = prepareFiles(request)
    const deletions = [...new Set(request.deletions ?? [])]
    const { owner, repo, branch } = snapshot
    if (snapshot.truncated) throw truncatedError(snapshot)
    const context = contextFor(this.octokit, owner, repo)
    // Blobs outlive a failed attempt, so a retry does not upload them again.
    const uploaded = new Set<string>()
    let current = snapshot
    for (let attempt = 1; ; attempt++) {
      const retries = attempt - 1
      const plan = planChanges(current, prepared, deletions)
      const unchanged = { changed: false, branch, files: plan.statuses, retries }
      if (plan.changes.length === 0 && plan.deletions.length === 0) {
        this.logger.info(`Nothing changed on ${branch} (${prepared.length} files compared); no commit.`)
        return unchanged
      }
      const summary = `${plan.changes.length} changed and ${plan.deletions.length} deleted of ${prepared.length + deletions.length} files`
      if (request.dryRun) {
        this.logger.info(`Dry run: would commit ${summary} to ${branch}.`)
        return { ...unchanged, changed: true }
      }
      try {
        const commit = await this.writeCommit(current, plan, request.message, uploaded, context)
        this.logger.info(`Committed ${summary} to ${branch}: ${commit.sha.slice(0, 7)}.`)
        return {
          changed: true,
          commitSha: commit.sha,
          commitUrl: commit.htmlUrl ?? `${current.htmlUrl}/commit/${commit.sha}`,
          branch,
          files: plan.statuses,
          retries
        }
      } catch (error) {
        if (!(error instanceof RefUpdateRejected)) throw error
        const status = statusOf(error.cause)
        if (attempt >= MAX_COMMIT_ATTEMPTS) {
          throw new GitHubApiError(
            `Branch ${branch} of ${owner}/${repo} kept moving while we committed (${status} on ${attempt} tries), so our commit was not added to it. Run again when pushes to it have settled.`,
            status,
            { cause: error.cause }
          )
        }
        const reread = await this.readBranch({ owner, repo, branch })
        // The branch did not move, so the rejection has another reason (e.g. branch protection): retrying cannot help.
        if (reread.headSha === current.headSha)
          throw translateGitHubError(error.cause, context(`updating branch ${branch}`, true))
        this.logger.warn(
          `${branch} moved while we committed (${status}); rebuilding on ${reread.headSha?.slice(0, 7)} (attempt ${attempt + 1} of ${MAX_COMMIT_ATTEMPTS}).`
        )
        current = reread
      }
    }
  }

  /** GET branches/{branch}: head commit, its tree and the web URL; undefined on 404. */
  private async getBranch(
    owner: string,
    repo: string,
    branch: string,
    context: ContextFor
  ): Promise<BranchHead | undefined> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
        owner,
        repo,
        branch
      })
      const sha = data.commit.sha
      const htmlUrl = /^(.*)\/commit\/[0-9a-f]+$/.exec(data.commit.html_url)?.[1]
      return { sha, treeSha: data.commit.commit.tree.sha, htmlUrl }
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw translateGitHubError(error, context(`reading branch ${branch}`))
    }
  }

  /** The snapshot of a branch at `head`: GET git/trees/{tree}?recursive=1. */
  private async snapshotAt(
    base: Omit<TreeSnapshot, 'headSha' | 'treeSha' | 'files' | 'truncated' | 'htmlUrl'> & { htmlUrl?: string },
    head: BranchHead,
    context: ContextFor
  ): Promise<TreeSnapshot> {
    const { owner, repo, branch } = base
    const htmlUrl = base.htmlUrl ?? head.htmlUrl ?? (await getRepository(this.octokit, owner, repo, context)).htmlUrl
    const files = new Map<string, string>()
    const modes = new Map<string, TreeMode>()
    let truncated = false
    if (head.treeSha !== EMPTY_TREE_SHA) {
      try {
        const data = jsonBody(
          (
            await this.octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
              owner,
              repo,
              tree_sha: head.treeSha,
              recursive: '1'
            })
          ).data
        )
        truncated = data.truncated
        for (const entry of data.tree) {
          if (entry.type !== 'blob' || entry.path === undefined || entry.sha === undefined) continue
          files.set(entry.path, entry.sha)
          if (entry.mode !== FILE_MODE) modes.set(entry.path, entry.mode as TreeMode)
        }
      } catch (error) {
        throw translateGitHubError(error, context(`reading the files of branch ${branch}`))
      }
    }
    if (truncated)
      this.logger.warn(
        `GitHub truncated the file list of ${owner}/${repo} branch ${branch} (too many files); writing to it is refused.`
      )
    const snapshot: TreeSnapshot = { ...base, htmlUrl, headSha: head.sha, treeSha: head.treeSha, files, truncated }
    modesOf.set(snapshot, modes)
    return snapshot
  }

  /** Makes the commit of `plan` on `snapshot` and moves the branch to it; RefUpdateRejected when the branch moved. */
  private async writeCommit(
    snapshot: TreeSnapshot,
    plan: Plan,
    message: string,
    uploaded: Set<string>,
    context: ContextFor
  ): Promise<{ sha: string; htmlUrl?: string }> {
    if (snapshot.truncated) throw truncatedError(snapshot)
    const { owner, repo, branch } = snapshot
    let parent = snapshot.headSha
    let baseTree = snapshot.treeSha
    let changes = plan.changes
    if (parent === null) {
      // planChanges finds nothing to delete in an empty repository, so there is a file to write.
      // The Git Data API answers 409 for a repository without commits, so the contents API makes
      // the first commit (and the branch) with one file; the rest follow in a second commit.
      const first = changes.reduce((a, b) => (b.bytes.length < a.bytes.length ? b : a))
      const made = await this.putFirstFile(snapshot, first, message, context)
      if (changes.length === 1) return made
      parent = made.sha
      baseTree = made.treeSha
      changes = changes.filter((c) => c !== first)
    }
    const modes = modesOf.get(snapshot)
    const tree: TreeEntryInput[] = []
    for (const file of changes) {
      const mode = modes?.get(file.path) === '100755' ? '100755' : FILE_MODE
      if (file.viaBlob) {
        if (!uploaded.has(file.blobSha)) await this.createBlob(snapshot, file, context)
        uploaded.add(file.blobSha)
        tree.push({ path: file.path, mode, type: 'blob', sha: file.blobSha })
      } else {
        tree.push({ path: file.path, mode, type: 'blob', content: file.bytes.toString('utf8') })
      }
    }
    for (const path of plan.deletions) tree.push({ path, mode: FILE_MODE, type: 'blob', sha: null })

    let treeSha: string
    try {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/trees', {
        owner,
        repo,
        tree,
        ...(baseTree ? { base_tree: baseTree } : {})
      })
      treeSha = jsonBody(data).sha
    } catch (error) {
      throw translateGitHubError(error, context(`creating the tree for branch ${branch}`, true))
    }
    let commit: { sha: string; htmlUrl?: string }
    try {
      // No author or committer: GitHub then signs commits made with the workflow token (Verified).
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/commits', {
        owner,
        repo,
        message,
        tree: treeSha,
        parents: [parent]
      })
      commit = { sha: data.sha, htmlUrl: data.html_url }
    } catch (error) {
      throw translateGitHubError(error, context(`creating the commit on branch ${branch}`, true))
    }
    try {
      const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner,
        repo,
        ref: `heads/${branch}`,
        sha: commit.sha,
        force: false
      })
      // Never report a commit the branch does not point at.
      if (data.object?.sha !== commit.sha) {
        throw new GitHubApiError(
          `GitHub answered the update of branch ${branch} without moving it to ${commit.sha.slice(0, 7)}; nothing was committed. Run the backup again.`,
          undefined
        )
      }
    } catch (error) {
      // 422 "Update is not a fast forward" / "Reference cannot be updated", 409: the branch moved.
      const status = statusOf(error)
      if (status === 422 || status === 409) throw new RefUpdateRejected(error)
      throw translateGitHubError(error, context(`updating branch ${branch}`, true))
    }
    return commit
  }

  /** PUT contents without a branch: the first commit of an empty repository, on its default branch. */
  private async putFirstFile(
    snapshot: TreeSnapshot,
    file: PreparedFile,
    message: string,
    context: ContextFor
  ): Promise<{ sha: string; treeSha: string; htmlUrl?: string }> {
    try {
      const { data } = await this.octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
        owner: snapshot.owner,
        repo: snapshot.repo,
        path: file.path,
        message,
        content: file.bytes.toString('base64')
      })
      const { sha, tree } = data.commit
      if (!sha || !tree?.sha)
        throw new GitHubApiError(
          `GitHub accepted the first commit of ${snapshot.owner}/${snapshot.repo} but returned no commit.`,
          undefined
        )
      return { sha, treeSha: tree.sha, htmlUrl: data.commit.html_url }
    } catch (error) {
      // 409/422: someone made the first commit meanwhile; re-read and build on it.
      const status = statusOf(error)
      if (status === 409 || status === 422) throw new RefUpdateRejected(error)
      throw translateGitHubError(error, context(`writing ${file.path} to ${snapshot.branch}`, true))
    }
  }

  private async createBlob(snapshot: TreeSnapshot, file: PreparedFile, context: ContextFor): Promise<void> {
    try {
      const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
        owner: snapshot.owner,
        repo: snapshot.repo,
        content: file.bytes.toString('base64'),
        encoding: 'base64'
      })
      if (data.sha !== file.blobSha)
        throw new GitHubApiError(
          `GitHub stored ${file.path} as blob ${data.sha}, not ${file.blobSha}; the upload was altered.`,
          undefined
        )
    } catch (error) {
      throw translateGitHubError(error, context(`uploading ${file.path}`, true))
    }
  }
}

interface BranchHead {
  sha: string
  treeSha: string
  htmlUrl?: string
}

/** The ref update (or first commit) was refused because the branch moved; the cause is the Octokit error. */
class RefUpdateRejected extends Error {
  constructor(override readonly cause: unknown) {
    super('The branch moved while we committed.')
  }
}

function truncatedError(snapshot: TreeSnapshot): Error {
  return new GitHubApiError(
    `GitHub truncated the file list of ${snapshot.owner}/${snapshot.repo} branch ${snapshot.branch} (over 100,000 entries or 7 MB), so which files exist is unknown; nothing was written. Back up to a branch or repository with fewer files.`,
    undefined
  )
}

function prepareFiles(request: CommitFilesRequest): PreparedFile[] {
  const seen = new Set<string>()
  const deleted = new Set(request.deletions ?? [])
  for (const path of deleted) checkPath(path, 'deletions')
  return request.files.map(({ path, content }) => {
    checkPath(path, 'files')
    if (seen.has(path)) throw new InputError('files', `"${path}" is given twice.`)
    if (deleted.has(path)) throw new InputError('deletions', `"${path}" is both written and deleted.`)
    seen.add(path)
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    // Inline tree content is a JSON string: only UTF-8 without NUL survives it byte for byte.
    const viaBlob = bytes.length > INLINE_LIMIT_BYTES || !isUtf8(bytes) || bytes.includes(0)
    return { path, bytes, blobSha: gitBlobSha(bytes), viaBlob }
  })
}

/** Compares the desired files with the snapshot: what to send, and each file's status. */
function planChanges(snapshot: TreeSnapshot, files: PreparedFile[], deletions: string[]): Plan {
  const plan: Plan = { changes: [], deletions: [], statuses: [] }
  const folders = new Set<string>()
  for (const path of snapshot.files.keys()) {
    for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) folders.add(path.slice(0, i))
  }
  const deleting = new Set(deletions)
  for (const file of files) {
    const current = snapshot.files.get(file.path)
    // Refuse what git would resolve by silently dropping files: a folder in the way, or a file where a folder is needed.
    if (current === undefined && folders.has(file.path)) {
      throw new GitHubApiError(
        `${file.path} on ${snapshot.branch} is a folder, not a file. Choose another directory or filename.`,
        undefined
      )
    }
    for (let i = file.path.indexOf('/'); i !== -1; i = file.path.indexOf('/', i + 1)) {
      const parent = file.path.slice(0, i)
      if (snapshot.files.has(parent) && !deleting.has(parent)) {
        throw new GitHubApiError(
          `${parent} on ${snapshot.branch} is a file, so ${file.path} cannot be written below it. Choose another directory.`,
          undefined
        )
      }
    }
    const status: FileStatus = current === undefined ? 'created' : current === file.blobSha ? 'unchanged' : 'updated'
    if (status !== 'unchanged') plan.changes.push(file)
    plan.statuses.push({ path: file.path, status, blobSha: file.blobSha })
  }
  for (const path of deletions) {
    const current = snapshot.files.get(path)
    if (current === undefined) continue
    plan.deletions.push(path)
    plan.statuses.push({ path, status: 'deleted', blobSha: current })
  }
  return plan
}
