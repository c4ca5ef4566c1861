import type { Logger } from '../logger.js';
import type { Octokit } from './octokit.js';
import type { BranchTarget } from './repository.js';
/** Where to write: a repository and a branch. */
export type RepositoryTarget = Omit<BranchTarget, 'dryRun'>;
export interface WriteFileRequest extends RepositoryTarget {
    path: string;
    content: string | Buffer;
    message: string;
    /** Do everything but write. */
    dryRun?: boolean;
    /**
     * Asked before replacing a different file: return true to keep what the branch holds (e.g. it
     * is a newer version written by an overlapping run). Gets the file's current bytes.
     */
    keepExisting?: (current: Buffer) => boolean;
}
export interface WriteFileResult {
    changed: boolean;
    /** True when the file did not exist before. */
    created: boolean;
    branch: string;
    path: string;
    /** The commit made; undefined when unchanged or in a dry run. */
    commitSha?: string;
    commitUrl?: string;
    /** Link to the file on the branch. */
    fileUrl: string;
    /** Blob SHA of the written content. */
    blobSha: string;
    /** True when the branch was created by this run. */
    branchCreated: boolean;
    /** True when keepExisting kept the file on the branch. */
    keptExisting?: boolean;
}
/**
 * Writes one file: reads only that file (GET repository, GET contents), compares git blob SHAs
 * (no write when unchanged) and PUTs it with the current `sha`, re-reading on a conflict. The
 * same reading, planning and conflict loop as every backup (TreeWriter with `paths`).
 */
export declare class ContentsWriter {
    private readonly writer;
    constructor(octokit: Octokit, options?: {
        logger?: Logger;
    });
    writeFile(request: WriteFileRequest): Promise<WriteFileResult>;
}
