import { type PostmanConnectionOptions } from '../backup/prepare.js';
import { type DocumentKind, type FilesPlan } from '../kinds/index.js';
import { type LoadBackupOptions } from './load.js';
import { type RestorePlan } from './plan.js';
/** A backup folder: on disk, or a folder of a GitHub repository (at `ref`, else the default branch). */
export type WorkspaceRestoreSource = {
    dir: string;
} | {
    repository: string;
    path: string;
    ref?: string;
};
export interface WorkspaceRestoreOptions extends LoadBackupOptions, PostmanConnectionOptions {
    source: WorkspaceRestoreSource;
    /** The workspace to restore into: the one the backup came from (update by ID) or another (create). */
    workspace: string;
    /** Write only when true; otherwise plan only, with no request that writes. */
    yes?: boolean;
    /**
     * Delete the workspace's documents the backup does not hold, of the kinds it holds (a backup
     * without specs deletes no spec), and spec files a backed-up spec does not hold.
     */
    prune?: boolean;
    /** Write the backup's blanked secrets over Postman's values (default: keep Postman's). */
    overwriteSecrets?: boolean;
    validation?: 'strict' | 'lenient' | 'off';
}
/** Every kind of the registry (src/kinds) that a whole-workspace restore takes. */
export type WorkspaceDocumentKind = DocumentKind;
/** How an existing document of the target workspace was recognised as the backup's. */
export type MatchedBy = 'id' | 'journal' | 'name';
/** A spec's plan, file by file (the ROOT file changes, or the spec's name, in `properties`). */
export type SpecFilesPlan = FilesPlan;
export interface WorkspaceRestoreItem {
    kind: WorkspaceDocumentKind;
    name: string;
    /** The manifest path (relative to the backup folder); none for a `delete` (a document the backup does not hold). */
    path?: string;
    /** The document's ID when it was backed up. */
    backupId?: string;
    action: 'create' | 'update' | 'unchanged' | 'delete';
    matchedBy?: MatchedBy;
    /** The document written over (update, unchanged, delete). */
    target?: {
        id: string;
        name: string;
    };
    /** Collections, environments and globals: the diff and the secrets, as a one-document restore plans them. */
    plan?: RestorePlan;
    /** Specs: file by file. */
    files?: SpecFilesPlan;
    /** After applying: what happened. `not-attempted`: the run stopped before it (see the result's `error`). */
    outcome?: 'created' | 'updated' | 'unchanged' | 'deleted' | 'failed' | 'not-attempted' | 'planned';
    /** The ID written (created or updated). */
    writtenId?: string;
    error?: string;
}
export interface WorkspaceRestoreResult {
    workspace: string;
    /** Where the backup was read, for messages. */
    source: string;
    items: WorkspaceRestoreItem[];
    /** Manifest entries that were not restored because the backup has no file for them (pending). */
    skipped: Array<{
        path: string;
        reason: string;
    }>;
    /** True when Postman was written to. */
    written: boolean;
    /** Every planned change was applied (or, without `yes`, nothing failed while planning). */
    complete: boolean;
    /** Why the run stopped midway. */
    error?: string;
    /** The journal of created IDs (local backup folders). */
    journal?: string;
    postmanRequests: number;
}
/** The journal beside a local backup: the IDs created per target workspace, so a second run updates them. */
export declare const RESTORE_JOURNAL_NAME = ".postman-restore.json";
/**
 * Restores every document a backup folder's manifest records into `workspace`: plans (GET only)
 * and, with `yes`, writes document by document. Never throws for a failure while writing: the
 * result says what was restored, what failed and what was not attempted (`complete: false`).
 */
export declare function restoreWorkspace(options: WorkspaceRestoreOptions): Promise<WorkspaceRestoreResult>;
/** The plan and what was done, as lines for a terminal or a log. */
export declare function describeWorkspaceRestore(result: WorkspaceRestoreResult, howToApply: string): string[];
/**
 * Whether a restore `path` names a backup folder (a whole workspace) rather than one backed-up
 * file: backed-up files end in `.json`; anything else is a folder holding .postman-backup.json.
 */
export declare function isBackupFolderPath(path: unknown): boolean;
