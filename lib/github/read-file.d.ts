import type { Octokit } from './octokit.js';
import { type ContextFor } from './repository.js';
export interface RepositoryFileTarget {
    owner: string;
    repo: string;
    path: string;
    /** Branch, tag or commit SHA; the default branch when omitted. */
    ref?: string;
}
export interface ReadRepositoryFileOptions {
    /** How errors name the file; `path` (with ` on ref` when a ref is given) when omitted. */
    label?: string;
    /** The error context of the caller; one for owner/repo when omitted. */
    context?: ContextFor;
}
export type RepositoryFile = {
    state: 'file';
    /** The git blob SHA, as GitHub reports it. */
    sha: string;
    size: number;
    /** Whether the answer carried the bytes (files up to 1 MB): bytes() then makes no request. */
    inline: boolean;
    /** The file's bytes, checked against `sha`: from the answer, or else read once from the blob. */
    bytes(): Promise<Buffer>;
}
/** 404: the path, ref, branch or repository is missing, or the repository is empty. */
 | {
    state: 'not-found';
}
/** The path holds something else: `dir`, `symlink`, `submodule` (GitHub's `type`; `unknown` when it gave none). */
 | {
    state: 'not-a-file';
    type: string;
};
/**
 * GET /repos/{owner}/{repo}/contents/{path} with the object media type. A file's sha comes with
 * the answer; its bytes come with it up to 1 MB, and from GET git/blobs/{sha} above that, only when
 * bytes() is called (a caller comparing SHAs reads nothing more). Every other failure is translated
 * into a typed error.
 */
export declare function readRepositoryFile(octokit: Octokit, target: RepositoryFileTarget, options?: ReadRepositoryFileOptions): Promise<RepositoryFile>;
