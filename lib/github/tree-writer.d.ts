import { type Logger } from '../logger.js';
import type { Octokit } from './octokit.js';
import { type BranchTarget } from './repository.js';
export interface TreeSnapshot {
    owner: string;
    repo: string;
    branch: string;
    /** Known when the repository was read (branch not named, or missing). */
    defaultBranch?: string;
    /** null for an empty repository (no commits); '' when only `paths` were read (head not needed). */
    headSha: string | null;
    treeSha: string | null;
    /** path -> blob sha of every file read: the whole branch, the files under `directory`, or `paths`. */
    files: ReadonlyMap<string, string>;
    /** https://github.com/o/r */
    htmlUrl: string;
    /** True if GitHub truncated even a single folder's list; commitFiles then refuses to write. */
    truncated: boolean;
    /** True when readBranch created the branch (in a dry run: would create it). */
    branchCreated?: boolean;
    /** True when only `paths` were read (the contents API): files holds just those. */
    partial?: boolean;
}
export interface FileChange {
    path: string;
    /** The full desired content. */
    content: string | Buffer;
    /**
     * Asked before replacing a different file on the branch: return true to keep what the branch
     * holds (a newer version written by an overlapping run). Asked again after every re-read.
     */
    keepExisting?: (current: Buffer) => boolean;
}
export interface CommitFilesRequest {
    message: string;
    /** Desired content; files whose blob SHA equals the branch's are skipped. */
    files: FileChange[];
    /** Paths to remove if present. */
    deletions?: string[];
    dryRun?: boolean;
}
/** `kept`: the branch holds a newer version (keepExisting), left as it is. */
export type FileStatus = 'created' | 'updated' | 'unchanged' | 'deleted' | 'kept';
/** How the commit was written: PUT contents, or blobs, trees, a commit and a ref update. */
export type WriteStrategy = 'contents' | 'git-data';
export interface CommitFilesResult {
    /** A commit was made (or would be, in a dry run). */
    changed: boolean;
    commitSha?: string;
    commitUrl?: string;
    branch: string;
    files: Array<{
        path: string;
        status: FileStatus;
        blobSha?: string;
    }>;
    /** How many times the commit was rebuilt because the branch moved. */
    retries: number;
    /** Set when a commit was made. */
    strategy?: WriteStrategy;
}
/**
 * A commit built while its files are still being produced (TreeWriter.openCommit): each file is
 * compared with the branch as it comes, and its bytes are sent on their way and dropped, so a
 * run never holds all its files at once.
 */
export interface CommitSession {
    /** One file: unchanged (dropped), or on its way into the commit. Files may be added concurrently. */
    add(file: FileChange): Promise<FileStatus>;
    /** The last files (the manifest) and the deletions, then ONE commit and one ref update. */
    finish(request: CommitFilesRequest): Promise<CommitFilesResult>;
}
export interface ReadBranchTarget extends BranchTarget {
    /**
     * Read only the files under this folder ('' for the whole branch): the folders above it one
     * level at a time, then its own tree. The size of the rest of the repository does not matter.
     */
    directory?: string;
    /** Read only these files, with the contents API (a one-file backup: no tree is read at all). */
    paths?: string[];
}
/**
 * Most bytes of one POST git/trees (its inline entries as JSON). GitHub documents 7 MB but answers
 * 502 or 422 ("your input was too large") from about 2.5 MB: a change beyond this budget is built
 * in several tree requests, each on the previous tree, and a file beyond it goes up as a blob.
 * Should GitHub refuse a request within it anyway, the writer halves its budget for the rest of the
 * commit and sends the refused entries again in halves (postTree).
 */
export declare const TREE_REQUEST_BUDGET_BYTES: number;
/**
 * Tree requests a commit session fills at once: a file that does not fit the first goes to the
 * next, so a run of files near the budget does not send half-empty requests (each request is one
 * of GitHub's paced writes). Held: at most this many budgets of inline content.
 */
export declare const OPEN_TREE_REQUESTS = 4;
/**
 * Bytes of changed files a commit session may hold while they wait for GitHub's write pacing: the
 * caller fetches and prepares the next documents meanwhile, and waits beyond this.
 */
export declare const MAX_QUEUED_BYTES: number;
/** GitHub refuses files over 100 MB (blobs and the contents API alike). */
export declare const MAX_FILE_BYTES: number;
/**
 * Writes files to a branch in one commit. Requests, for a branch named in `branch` (one more,
 * GET repository, when the default branch must be looked up):
 *
 * Reading (readBranch):
 * - `paths` (one file): GET repository, GET contents/{path}: 2 (a new file: + GET branches/{b}).
 * - `directory`: GET branches/{b}, one GET git/trees per folder level of `directory`, then
 *   GET git/trees/{dir}?recursive=1: 3 for a one-level directory. No `directory`: the whole
 *   branch, GET branches and GET git/trees/{root}?recursive=1 (2). A tree GitHub truncates is
 *   read again folder by folder.
 * - readFile: GET git/blobs/{sha} (the manifest), unless the contents API already sent the bytes.
 *
 * Writing (commitFiles), only when something changed:
 * - one file changed, nothing deleted: PUT contents (1).
 * - otherwise: POST git/blobs per file over the tree budget or not UTF-8 text, one POST git/trees
 *   per TREE_REQUEST_BUDGET_BYTES of changed content, POST git/commits, PATCH git/refs: 3 for a
 *   change under 1 MB.
 * - Missing branch: GET repository and GET git/ref/heads/{b} tell it from an empty repository;
 *   with createBranch also GET branches/{default} and POST git/refs.
 * - Empty repository (the Git Data API answers 409 until there is a commit): PUT contents makes
 *   the first commit with the smallest file, and the other files follow in a second commit.
 * - The branch moved (a 409/422 answer): the same files are read again and the commit rebuilt on
 *   the new head, up to 4 tries.
 * - openCommit: the same requests, sent while the files are still being produced (CommitSession).
 */
export interface TreeWriterOptions {
    logger?: Logger;
    /** Most bytes of one tree request (default TREE_REQUEST_BUDGET_BYTES); a GitHub Enterprise Server may take more. */
    treeRequestBytes?: number;
    /** Most bytes of changed files a commit session queues for the paced writes (default MAX_QUEUED_BYTES). */
    maxQueuedBytes?: number;
}
export declare class TreeWriter {
    private readonly octokit;
    private readonly logger;
    /** The tree request budget, halved each time GitHub refuses a tree request as too large. */
    private treeBudget;
    private readonly maxQueuedBytes;
    constructor(octokit: Octokit, options?: TreeWriterOptions);
    readBranch(target: ReadBranchTarget): Promise<TreeSnapshot>;
    readFile(snapshot: TreeSnapshot, path: string): Promise<Buffer | undefined>;
    commitFiles(snapshot: TreeSnapshot, request: CommitFilesRequest): Promise<CommitFilesResult>;
    /**
     * A commit whose files arrive one by one (CommitSession). Each changed file goes up as it comes:
     * a file over the tree budget (or not UTF-8 text) as a blob at once, smaller ones inline in one of
     * OPEN_TREE_REQUESTS requests being filled, the fullest sent (on the previous tree) when a file
     * fits none. Files wait in a queue of at most MAX_QUEUED_BYTES for the paced writes, so the caller
     * prepares the next ones meanwhile. Held at any time: the queue, the open requests' inline
     * content, and the first changed file (while it may
     * still be the only one: then it is written with the contents API, as commitFiles would).
     * A dry run keeps only statuses; an empty repository (the Git Data API needs a first commit)
     * and a snapshot of single files keep the changed files and hand them to commitFiles.
     */
    openCommit(snapshot: TreeSnapshot, options?: {
        dryRun?: boolean;
    }): CommitSession;
    /**
     * The end of a session's commit: the last tree request, the commit, the ref update. When the
     * branch moved, the commit is rebuilt on the new head from the files' blob SHAs alone (every
     * file sent is in the repository by now), so no file needs its bytes again.
     */
    private finishCommit;
    /**
     * The one answer to a refused write (both strategies, both commit paths): give up after
     * MAX_COMMIT_ATTEMPTS, else read the branch again. The Git Data API's ref update is refused only
     * when the branch moved; when it did not, the refusal has another reason (e.g. branch
     * protection) and retrying cannot help.
     */
    private readAfterRefusal;
    /** The same files as `snapshot`, read again (the branch moved). */
    private readAgain;
    /** Drops from the plan the files whose keepExisting predicate prefers what the branch holds. */
    private keepNewer;
    /**
     * Only `paths`, with the contents API: GET repository (default branch, web URL, whether the
     * token may push), then GET contents per path. A 404 asks the branch state what is missing.
     */
    private readPaths;
    /** GET contents/{path} (readRepositoryFile): the blob SHA (and bytes up to 1 MB); undefined on 404. */
    private readPath;
    /**
     * The files under `directory` of the tree `rootSha`: the folders above it one level at a time
     * (a file where a folder is needed is reported as that file, so planning refuses it), then the
     * directory's own tree recursively.
     */
    private readFolder;
    /** Adds the files of tree `sha` (at `prefix`); true when even a single folder's list was truncated. */
    private readSubtree;
    private truncated;
    private getTree;
    /** The branch's head commit when its message is ours (our write landed though its answer was lost). */
    private headCommitIfOurs;
    /**
     * The contents strategy: one PUT contents, which is a commit of its own. Without a branch it
     * makes the first commit of an empty repository (and its default branch).
     */
    private putFile;
    /**
     * The Git Data strategy: the commit of `plan` on `snapshot`, and the branch moved to it.
     * Inline content goes in tree requests of at most TREE_REQUEST_BUDGET_BYTES each, every one on
     * the tree the previous one made; files beyond the budget go up as blobs first.
     */
    private writeCommit;
    /**
     * Tree requests of at most the budget each, every one on the tree the previous one made (the
     * first on `baseTree`), then the commit on `parent` and the fast-forward of the branch to it.
     */
    private commitTree;
    /**
     * One tree request on `base` (or several, each on the tree the one before made), answered with
     * the last tree's SHA. GitHub refuses large tree requests below its documented cap at times (422
     * "your input was too large", or 502/504 once the retries are spent): then the writer halves its
     * budget for the rest of the commit, and entries beyond the budget go again in parts within it,
     * an inline file larger than the budget as a blob.
     */
    private postTree;
    /**
     * A changed file's tree entry: its content inline when it is UTF-8 text within `budget`, else
     * a blob uploaded first (once per content: `uploaded` outlives a failed attempt).
     */
    private treeEntry;
    private createBlob;
}
