import { TreeWriter, type TreeSnapshot } from '../github/tree-writer.js';
import { type DocumentKind } from '../kinds/index.js';
import { type CommonBackupOptions } from './prepare.js';
import { type BackupResult, type WorkspaceBackupResult } from './result.js';
export interface BackupWorkspaceOptions extends CommonBackupOptions {
    /** Collections by name, ID or UID; `*` for every collection visible to the key (in `workspace` when given). */
    collections?: string[];
    /** Environments, likewise. */
    environments?: string[];
    /** Names or glob patterns (`*`, `?`) of documents to skip; IDs work too. */
    exclude?: string[];
    /** File name template for environments: {name}, {id}, {uid}. */
    environmentFilename?: string;
    /** Spec Hub specifications, likewise (names and `*` need `workspace`). */
    specs?: string[];
    /** The workspace's globals; by default when `workspace` is set and `collections` is `*`. */
    globals?: boolean;
    /** File name of the globals (default globals.postman_globals.json). */
    globalsFilename?: string;
    /** Parallel Postman fetches (default 4). */
    concurrency?: number;
    /** Remove files (recorded in the manifest) of documents that no longer exist in Postman. */
    prune?: boolean;
    /** Fetch every document, not only those changed since the last backup. */
    full?: boolean;
    /** Where the files go; GitHub (`repository`) when omitted (e.g. a LocalDirectoryWriter instead). */
    writer?: BackupWriter;
    /**
     * Stops the run when it aborts: nothing more is fetched, the documents ready so far are
     * committed and the rest recorded as pending, so the next run continues (result.stopped).
     * The action and the CLI wire it to SIGTERM and SIGINT.
     */
    signal?: AbortSignal;
    /** Stop the same way after this long: `45m`, `90s`, `2h`, or minutes as a number. */
    maxDuration?: string;
    /** Called as each document is ready (fetched, or found unchanged). */
    onProgress?: (progress: {
        done: number;
        total: number;
        kind: DocumentKind;
        name: string;
        fetched: boolean;
    }) => void;
}
export interface BackupCollectionOptions extends CommonBackupOptions {
    /** The collection's name, ID or UID. */
    collection: string;
}
/** Where a backup is written: GitHub (TreeWriter) or a local folder (LocalDirectoryWriter). */
export type BackupWriter = Pick<TreeWriter, 'readBranch' | 'readFile' | 'commitFiles'> & Partial<Pick<TreeWriter, 'openCommit'>> & {
    /** Link to a written file; a GitHub blob link when the writer has none of its own. */
    fileUrl?(snapshot: TreeSnapshot, path: string): string;
};
/**
 * Whether a run backs up one named document alone: one collection or environment by name, ID or
 * UID, without `*`, prune or exclude. Such a run neither reads nor writes the manifest: it reads
 * and writes just its file (on GitHub through the contents API), so parallel one-collection jobs
 * into the same directory never contend for a shared file. Every other run keeps the manifest.
 */
export declare function isLoneDocument(options: BackupWorkspaceOptions): boolean;
/** One named collection alone (see isLoneDocument). */
export declare function isSingleCollection(options: BackupWorkspaceOptions): boolean;
/** Backs up what the options name: the use case behind the action and the CLI. */
export declare function runBackup(options: BackupWorkspaceOptions): Promise<WorkspaceBackupResult>;
/**
 * Backs up many collections and environments in one commit: incremental (only documents Postman
 * reports changed since the last backup are fetched), a failing document left out without holding
 * back the others, secrets redacted, and a manifest that lets renamed documents move instead of
 * duplicating. The same pipeline as runBackup.
 */
export declare const backupWorkspace: typeof runBackup;
/**
 * Backs up one Postman collection to a file in a GitHub repository: fetch, validate, redact,
 * serialize, and commit only when the bytes changed (the contents API: one file, one commit).
 */
export declare function backupCollection(options: BackupCollectionOptions): Promise<BackupResult>;
