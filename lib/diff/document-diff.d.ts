import type { DiffKind } from './kinds.js';
/** One folder or request: its path of names, and its ID when it has one. */
export interface DiffEntry {
    path: string[];
    id?: string;
    /** Restore's view: when matched under another path, where it was (renamed or moved, itself or a folder above). */
    from?: string[];
}
export interface DiffCounts<T> {
    added: T[];
    removed: T[];
    changed: T[];
    unchanged: number;
}
/** What writing the backup would change in the document Postman holds now. */
export interface RestoreDiff {
    requests: DiffCounts<DiffEntry>;
    folders: DiffCounts<DiffEntry>;
    /** Collection variables, or an environment's values, by key. */
    variables: DiffCounts<string>;
    /** Other properties that differ: name, description, auth, event, … */
    properties: string[];
    changed: boolean;
}
/** A folder or request in a changelog diff. */
export interface ItemEntry {
    /** Its path of names: in the new version, or in the previous one when removed. */
    path: string[];
    id?: string;
    /** Added or removed with a folder above it: that (outermost) folder's path. */
    within?: string[];
}
export interface FolderEntry extends ItemEntry {
    /** Requests inside it, at any depth. */
    requests: number;
}
/** Matched across the versions under another name: `path` is the new one, `from` the previous name. */
export interface RenamedItem extends ItemEntry {
    from: string;
}
/** Matched across the versions under another parent folder (`[]`: the top level of the collection). */
export interface MovedItem extends ItemEntry {
    fromFolder: string[];
    toFolder: string[];
}
export interface ItemChanges<T extends ItemEntry = ItemEntry> {
    added: T[];
    removed: T[];
    /** Its own content changed (not its name, place, children or examples). */
    changed: T[];
    renamed: RenamedItem[];
    moved: MovedItem[];
    /** Matched and none of the above. */
    unchanged: number;
}
/** A saved example (response) of a request. */
export interface ExampleEntry {
    /** The request's path (in the new version). */
    request: string[];
    name: string;
    id?: string;
}
export interface ExampleChanges {
    added: ExampleEntry[];
    removed: ExampleEntry[];
    changed: ExampleEntry[];
    renamed: Array<ExampleEntry & {
        from: string;
    }>;
    unchanged: number;
}
/** What changed from one version of a document to the next, names only (never values). */
export interface DocumentDiff {
    kind: DiffKind;
    /** The document's name in the previous version, when it differs from the new one. */
    renamedFrom?: string;
    requests: ItemChanges;
    folders: ItemChanges<FolderEntry>;
    /** Examples of requests present in both versions (those of added or removed requests go with them). */
    examples: ExampleChanges;
    /** Collection variables, or an environment's (globals') values, by key: names only. */
    variables: DiffCounts<string>;
    /** Other properties that differ, e.g. `description`, `auth`, `event`, `info.schema`. */
    properties: string[];
    /** Whether anything above differs: false when only formatting, key order or managed fields did. */
    changed: boolean;
}
/** What a document holds: for a document created or removed as a whole. */
export interface DocumentTotals {
    requests: number;
    folders: number;
    examples: number;
    variables: number;
}
/** A document's name: a collection's `info.name`, an environment's `name`. */
export declare function documentName(kind: DiffKind, document: unknown): string | undefined;
/**
 * What writing `backup` over `current` changes (all of it is "added" when `current` is
 * undefined, i.e. a new document). Fields the API manages (IDs, timestamps, owner) are not
 * compared; after a restore, planning again gives `changed: false`.
 */
export declare function planRestore(kind: DiffKind, backup: unknown, current?: unknown): RestoreDiff;
/**
 * What changed from `before` to `after`, two versions of one document (parsed JSON), for a
 * changelog: renames and moves reported as such, a folder's children not repeated when it is
 * renamed or moved, examples per request, variables by key. Names only, never values.
 * `before` undefined: everything is added (a new document); `after` undefined: everything removed.
 */
export declare function diffDocuments(kind: DiffKind, before: unknown, after: unknown): DocumentDiff;
/** What a document holds: its requests, folders, examples and variables. */
export declare function countContents(kind: DiffKind, document: unknown): DocumentTotals;
