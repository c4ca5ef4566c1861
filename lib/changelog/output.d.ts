import type { ChangeCounts, DiffListCounts, DocumentChange } from './changes.js';
export type { ChangeCounts };
export interface ChangeNames {
    /** Paths of names joined with " / ". */
    added: string[];
    removed: string[];
    changed: string[];
    renamed: Array<{
        name: string;
        from: string;
    }>;
    moved: Array<{
        name: string;
        from: string;
        to: string;
    }>;
}
export interface ChangesOutputEntry {
    kind: DocumentChange['kind'];
    name: string;
    path?: string;
    status: DocumentChange['status'];
    renamedFrom?: string;
    counts: DiffListCounts;
    names: {
        requests: ChangeNames;
        folders: ChangeNames;
        examples: Omit<ChangeNames, 'moved'>;
        variables: Pick<ChangeNames, 'added' | 'removed' | 'changed'>;
    };
    /** Other properties that changed, e.g. `description`, `auth`, `event`. */
    properties: string[];
}
/** The number of names each list of a change record keeps (compactChange) and the output shows. */
export declare const MAX_LISTED_NAMES = 100;
/**
 * A created or removed document's record with its lists cut to `maxNames` names and their full
 * counts kept: a first backup of a large workspace lists every request of every document, and the
 * run keeps the records until its end. What the output and the renderers show stays the same
 * (they show a created or removed document by its totals, and at most `maxNames` names).
 */
export declare function compactChange(change: DocumentChange, maxNames?: number): DocumentChange;
/**
 * The change records as JSON-able data for the `changes` output. Counts are complete (a created
 * collection counts all its requests as added); each list of names holds at most `maxNames`.
 */
export declare function changesOutput(changes: DocumentChange[], options?: {
    maxNames?: number;
}): ChangesOutputEntry[];
