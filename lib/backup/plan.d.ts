import { type DocumentChange } from '../changelog/index.js';
import type { Manifest, ManifestEntry, PendingReason } from '../manifest.js';
import type { FileStatus } from '../github/tree-writer.js';
import type { FileReport } from './result.js';
import type { Selected } from './select.js';
/** Whether a document can be skipped: the manifest records this very version, and the file on the branch is the one recorded. */
export declare function isCurrent(doc: Selected, entry: ManifestEntry | undefined, branchSha: string | undefined, settings: {
    full: boolean;
    redact: string;
    secretScan?: string;
}): boolean;
/** Whether the manifest records a later `updatedAt` for the document than this run's list. */
export declare function isNewer(entry: ManifestEntry, doc: Selected): boolean;
/** A document ready to be written (or found current), with its manifest entry. */
export interface ReadyDocument {
    doc: Selected;
    path: string;
    fetched: boolean;
    entry: ManifestEntry;
    /** How the commit took the file, when it took it as it came (TreeWriter.openCommit). */
    status?: FileStatus;
    /** Repository paths of the files stored beside the main one (a spec's), when fetched. */
    extraPaths?: string[];
    /** How the commit took each of them (as `status`), in `extraPaths` order. */
    extraStatuses?: FileStatus[];
    /** Their bytes, held like `content`. */
    extra?: Array<{
        path: string;
        content: string;
    }>;
    /**
     * The bytes, held until the commit only where the writer cannot take them as they come (a
     * local folder, a lone document); undefined when not fetched or already handed to the commit.
     */
    content?: string;
}
/** A selected document this run could not back up: its previous file stays, marked pending. */
export interface FailedPlan {
    doc: Selected;
    /** Where this run would have written it (used when the manifest has no entry yet). */
    path: string;
    reason: PendingReason;
    redact: string;
}
/**
 * The manifest after this run: entries of this run, plus those of documents not selected this
 * time (kept unless `isGone` says Postman no longer has them). Files of documents that moved
 * (renamed) or are gone are deleted, unless this run writes the same path.
 */
export declare function planManifest(manifest: Manifest, ready: ReadyDocument[], request: {
    directory: string;
    branchFiles: ReadonlyMap<string, string>;
    isGone: (entry: ManifestEntry) => Promise<boolean>;
    /** Documents not backed up this run: their entries are kept (or made) and marked pending. */
    failed?: FailedPlan[];
}): Promise<{
    next: Manifest;
    deletions: Set<string>;
}>;
/**
 * The commit message: the template as the subject (`{changes}`: the changelog in one line), then
 * the changelog (renderCommitBody) as the body; without change records, the files for several.
 */
export declare function commitMessage(template: string, changed: FileReport[], removed: number, changes?: DocumentChange[]): string;
