import type { CommitFilesRequest, CommitFilesResult, ReadBranchTarget, TreeSnapshot } from './github/tree-writer.js';
import { type Logger } from './logger.js';
import type { BackupWriter } from './backup/pipeline.js';
export declare class LocalDirectoryWriter implements BackupWriter {
    /** Absolute path of the folder. */
    readonly root: string;
    private readonly logger;
    constructor(directory: string, options?: {
        logger?: Logger;
    });
    /** Every file under the folder (recursively) with its git blob SHA; an absent folder is empty. Scopes are not needed on a disk. */
    readBranch(target: ReadBranchTarget): Promise<TreeSnapshot>;
    /** A file:// link to a written file. */
    fileUrl(_snapshot: TreeSnapshot, relative: string): string;
    readFile(snapshot: TreeSnapshot, relative: string): Promise<Buffer | undefined>;
    /** Writes the files whose SHA differs from the snapshot's and removes the deletions; no commit, so no commitSha. */
    commitFiles(snapshot: TreeSnapshot, request: CommitFilesRequest): Promise<CommitFilesResult>;
    private list;
    /**
     * The absolute path of `relative`, refusing any that would land outside the folder: `..`,
     * absolute paths, and any symbolic link at or above the target below the folder (each
     * component is checked with lstat, from the folder down). With `createParents`, missing folders
     * are made one at a time, each checked, so none is ever made through a link.
     */
    private resolveInside;
    private removeEmptyFolders;
    private fsCall;
    private failure;
}
