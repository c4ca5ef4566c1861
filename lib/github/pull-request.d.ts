import { type Logger } from '../logger.js';
import type { Octokit } from './octokit.js';
/** The head branch's name when `pullRequestBranch` is not given. */
export declare function defaultPullRequestBranch(base: string): string;
export interface PullRequestTarget {
    owner: string;
    repo: string;
    /** The branch the pull request goes into (the backup's `branch`). */
    base: string;
    /** The backup's own branch, e.g. `postman-backup/main` (defaultPullRequestBranch). */
    head: string;
}
/** An open pull request: its number and web URL. */
export interface PullRequestRef {
    number: number;
    url: string;
}
/**
 * What preparePullRequestBranch did to the head branch (in a dry run: would do; a dry run cannot
 * tell a fast-forward from a reset or a kept branch and says 'kept' for all three):
 * - 'created': it was missing and now starts at base;
 * - 'open': a pull request from it is open, so it is kept and the run commits on top;
 * - 'up-to-date': no pull request is open and it already pointed at base;
 * - 'fast-forwarded': no pull request is open and it was moved forward to base;
 * - 'reset': its head was that of a closed (merged or turned-down) pull request; it now points at base;
 * - 'kept': no pull request is open, but it holds commits no pull request has held; the run adds to them.
 */
export type PullRequestBranchState = 'created' | 'open' | 'up-to-date' | 'fast-forwarded' | 'reset' | 'kept';
export interface PullRequestBranch {
    /** The branch to read and write the backup on (the head). */
    branch: string;
    base: string;
    state: PullRequestBranchState;
    /** The base branch's head when read. */
    baseSha: string;
    /** Where the head branch points now (in a dry run: would point). */
    headSha: string;
    /** The open pull request from head into base, if any. */
    pullRequest?: PullRequestRef;
}
export interface PrepareBranchOptions {
    logger?: Logger;
    /** Read only; say what would be done. */
    dryRun?: boolean;
}
/**
 * Makes the head branch ready for this run's commit (see the rule at the top of this file) and
 * returns it. Errors: the base branch missing (GitHubNotFoundError), no permission
 * (GitHubPermissionError), a protected head branch (GitHubProtectedBranchError), others
 * (GitHubApiError). Requests: GET branches/{base}, GET pulls, GET git/ref/heads/{head}, and at most
 * a POST git/refs, or a PATCH git/refs (two with a GET pulls of closed ones when it cannot fast-forward).
 */
export declare function preparePullRequestBranch(octokit: Octokit, target: PullRequestTarget, options?: PrepareBranchOptions): Promise<PullRequestBranch>;
/** The open pull request from `head` into `base` (GitHub allows one), if any. */
export declare function findOpenPullRequest(octokit: Octokit, target: PullRequestTarget): Promise<(PullRequestRef & {
    title: string;
    body: string;
}) | undefined>;
export interface PullRequestContent {
    title: string;
    /** Markdown; the changelog. Cut to GitHub's limit of 65,536 characters. */
    body: string;
}
export interface PullRequestResult extends PullRequestRef {
    /** True when this call opened it. */
    created: boolean;
    /** True when an open one's title or body was changed (false when they were already the same). */
    updated: boolean;
}
/** GitHub refuses a pull request body over 65,536 characters. */
export declare const PULL_REQUEST_BODY_LIMIT = 65536;
/**
 * Opens the pull request from head into base, or updates the open one's title and body (not
 * touched when they are the same). Call it after a commit to head; a run with no change should not
 * call it. Errors: GitHubPullRequestPermissionError (the workflow token without the repository
 * setting, or without `pull-requests: write`; a PAT without the permission), GitHubApiError (e.g.
 * no commits between base and head).
 */
export declare function openOrUpdatePullRequest(octokit: Octokit, target: PullRequestTarget, content: PullRequestContent, options?: {
    logger?: Logger;
}): Promise<PullRequestResult>;
export declare const PULL_REQUEST_SETTING_HINT = "Turn on \"Allow GitHub Actions to create and approve pull requests\" in the repository's Settings > Actions > General > Workflow permissions (for an organisation's repositories, the organisation must allow it first), or give `githubToken` a PAT with pull-requests: write (classic: the repo scope; fine-grained: Pull requests: Read and write).";
