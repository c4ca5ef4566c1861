import { type DocumentKind, type DocumentRecord } from '../kinds/index.js';
import type { ManifestEntry } from '../manifest.js';
import type { PostmanClient } from '../postman/client.js';
/** A document chosen for backup, as the list endpoint (or a direct fetch) describes it. */
export interface Selected extends DocumentRecord {
    /** Fetched already (an ID that the list did not show, or a lone document). */
    document?: Record<string, unknown>;
}
/** What a run selected, and what the lists showed (to tell a deleted document for prune). */
export interface Selection {
    documents: Selected[];
    /** IDs every list call showed. */
    listedIds: Set<string>;
    /** Kinds that were listed (prune only judges those). */
    listedKinds: Set<DocumentKind>;
}
export declare function isExcluded(doc: {
    id: string;
    uid: string;
    name: string;
}, patterns: RegExp[], exact: Set<string>): boolean;
export declare function fetchDocument(client: PostmanClient, kind: DocumentKind, idOrUid: string): Promise<Record<string, unknown>>;
/**
 * Selects what to back up. A lone collection is resolved the cheapest way (an ID or UID is
 * fetched directly, a name costs one list call) and comes back fetched.
 */
export declare function selectDocuments(client: PostmanClient, request: {
    /** References per kind (`*` for all); a kind without references is not backed up. */
    references: Partial<Record<DocumentKind, string[]>>;
    workspace: string | undefined;
    exclude: string[];
    lone: boolean;
}): Promise<Selection>;
/**
 * Gives each document its repository path. Documents whose paths collide (the same name, or
 * names equal but for case, which break checkouts on macOS and Windows) all get a short ID
 * suffix, so the result does not depend on the order Postman lists them in.
 */
export declare function assignPaths(docs: Selected[], directory: string, templates: Partial<Record<DocumentKind, string>>): Map<Selected, string>;
/**
 * Whether Postman no longer has a document the manifest records. Not being in this run's list
 * is not enough (it may live in another workspace), so ask for it directly.
 */
export declare function isGone(client: PostmanClient, entry: ManifestEntry): Promise<boolean>;
