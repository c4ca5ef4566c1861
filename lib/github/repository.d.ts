import type { Logger } from '../logger.js';
import type { Octokit } from './octokit.js';
import { type GitHubContext } from './request-errors.js';
export interface RepositoryInfo {
    defaultBranch: string;
    htmlUrl: string;
    /** Present for user tokens (PATs); the workflow token's answer may lack it. */
    canPush: boolean | undefined;
}
/** Builds the error context of one request: what we were doing, and whether it writes. */
export type ContextFor = (action: string, write?: boolean) => GitHubContext;
export declare function contextFor(octokit: Octokit, owner: string, repo: string): ContextFor;
/** GET /repos/{owner}/{repo}: the default branch, the web URL and whether the token may push. */
export declare function getRepository(octokit: Octokit, owner: string, repo: string, context: ContextFor): Promise<RepositoryInfo>;
export type RefState = {
    state: 'exists';
    sha: string;
} | {
    state: 'missing';
} | {
    state: 'empty-repository';
};
/**
 * GET git/ref/heads/{branch}. The Git Data API answers 409 for a repository without commits,
 * which is how an empty repository is told from a missing branch (both 404 elsewhere).
 */
export declare function branchRef(octokit: Octokit, owner: string, repo: string, branch: string, context: ContextFor): Promise<RefState>;
/** POST git/refs: makes `branch` point at `sha` (the head of `from`). */
export declare function createBranchAt(octokit: Octokit, logger: Logger, target: {
    owner: string;
    repo: string;
    branch: string;
    sha: string;
    from: string;
}, context: ContextFor): Promise<void>;
/**
 * GET git/blobs/{sha}: the blob's bytes, checked against `sha` (a cut or re-encoded answer must not
 * pass for the file). `what` names the blob in errors (e.g. the file's path); `action` is what we
 * were doing, for the error context.
 */
export declare function readBlob(octokit: Octokit, target: {
    owner: string;
    repo: string;
    sha: string;
    what: string;
    action: string;
}, context: ContextFor): Promise<Buffer>;
/**
 * Octokit's bigint-aware JSON parser gives up on very large answers (a blob over ~10 MB, a tree of
 * many files) and hands over the text instead. An Octokit made with OCTOKIT_PLUGINS parses it
 * (safeResponses); the writers take any Octokit, so plain JSON.parse here too.
 */
export declare function jsonBody<T extends object>(data: T | string): T;
export declare function missingBranchError(repository: string, branch: string, defaultBranch: string): Error;
export declare function emptyRepositoryBranchError(repository: string, branch: string, defaultBranch: string): Error;
export declare function noPushError(repository: string): Error;
/** A branch's head commit and its root tree. */
export interface BranchHead {
    sha: string;
    treeSha: string;
    /** https://github.com/o/r, when GitHub's answer tells it. */
    htmlUrl?: string;
}
/** GET branches/{branch}: head commit, its tree and the web URL; undefined on 404. */
export declare function getBranchHead(octokit: Octokit, target: {
    owner: string;
    repo: string;
    branch: string;
}, context: ContextFor): Promise<BranchHead | undefined>;
export interface BranchTarget {
    owner: string;
    repo: string;
    /** The repository's default branch when omitted (one more request). */
    branch?: string;
    /** Create `branch` from the default branch when it does not exist. */
    createBranch?: boolean;
    /** Only say what would be created. */
    dryRun?: boolean;
}
/** What a backup needs to know of its branch before it plans anything. */
export interface BranchState {
    branch: string;
    /** Known when the repository was read (branch not named, missing, or an empty repository). */
    defaultBranch?: string;
    htmlUrl: string;
    /** From GET repository, when it was read: false means the token may not write. */
    canPush?: boolean;
    /** The head to build on; null for an empty repository (the first commit creates the branch). */
    head: BranchHead | null;
    /** True when this run created the branch from the default branch (in a dry run: would create it). */
    created: boolean;
}
/**
 * The one place that tells the states of a branch apart: it exists; it is missing (an error, or
 * created from the default branch with createBranch); or the repository is empty (only the
 * default branch can get the first commit). `info` saves the GET repository a caller already made.
 */
export declare function readBranchState(octokit: Octokit, logger: Logger, target: BranchTarget, context: ContextFor, known?: {
    info?: RepositoryInfo;
}): Promise<BranchState>;
