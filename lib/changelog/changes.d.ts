import { type DiffKind, type DocumentDiff, type DocumentTotals } from '../diff/index.js';
/** `after` of a document the backup deletes (undefined and null say the same). */
export declare const DOCUMENT_REMOVED: unique symbol;
/** `before` of a document whose previous version could not be read (too large, not JSON): it is reported as updated, without detail. */
export declare const PREVIOUS_UNKNOWN: unique symbol;
/** One document a backup writes or deletes. */
export interface DocumentVersions {
    kind: DiffKind;
    /** The name to show: the document's name in Postman. */
    name: string;
    /** The file in the repository, e.g. `Postman collections/Orders API.postman_collection.json`. */
    path?: string;
    /** The version on the branch, parsed; undefined when the backup creates the file. */
    before?: unknown;
    /** The version the backup writes, parsed; DOCUMENT_REMOVED (or undefined) when it deletes the file. */
    after?: unknown;
}
/**
 * `created`/`removed`: the file is new / deleted; `changed`: its content differs; `formatting`:
 * only formatting, key order or fields Postman manages (IDs, timestamps) differ; `updated`: the
 * previous version could not be compared.
 */
export type ChangeStatus = 'created' | 'removed' | 'changed' | 'formatting' | 'updated';
export interface DocumentChange {
    kind: DiffKind;
    name: string;
    path?: string;
    status: ChangeStatus;
    /** The document's previous name, when renamed. */
    renamedFrom?: string;
    /** What changed. For `created` everything is added, for `removed` everything removed; absent for `updated`. */
    diff?: DocumentDiff;
    /** What the document holds (`created`) or held (`removed`). */
    totals?: DocumentTotals;
    /** The diff's full counts, when its lists were cut to a few names (compactChange). */
    counts?: DiffListCounts;
}
/** How many entries each list of a diff had (the `changes` output's `counts`). */
export interface DiffListCounts {
    requests: ChangeCounts;
    folders: ChangeCounts;
    examples: Omit<ChangeCounts, 'moved'>;
    variables: Pick<ChangeCounts, 'added' | 'removed' | 'changed'>;
}
export interface ChangeCounts {
    added: number;
    removed: number;
    changed: number;
    renamed: number;
    moved: number;
}
/** The change record of one document. */
export declare function describeDocumentChange(document: DocumentVersions): DocumentChange;
/** The change records of the documents a backup writes or deletes, in the order given. */
export declare function describeChanges(documents: DocumentVersions[]): DocumentChange[];
