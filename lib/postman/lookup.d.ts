import type { PostmanClient } from './client.js';
export type ReferenceKind = 'id' | 'uid' | 'name';
/** Tells whether a `collection` value is an ID, a UID or a name. */
export declare function referenceKind(reference: string): ReferenceKind;
export interface ResolvedCollection {
    id: string;
    uid: string;
    name: string;
    /** The collection document as Postman serves it (without the `{collection: …}` envelope). */
    document: Record<string, unknown>;
}
/** The names closest to `wanted`, best first, for "did you mean" hints. */
export declare function closestNames(wanted: string, names: string[], count?: number): string[];
interface Named {
    id: string;
    name: string;
}
/** The documents a name denotes: exact matches first, else case-insensitive ones. */
export declare function matchByName<T extends Named>(reference: string, documents: T[]): T[];
/** Throws PostmanNotFoundError when `workspace` does not exist (Postman lists an unknown workspace as empty). */
export declare function assertWorkspaceExists(client: PostmanClient, workspace: string): Promise<void>;
/**
 * The one document `reference` names in `listed`, or an error a user can act on: the IDs when
 * several share the name, the closest names when none matches.
 */
export declare function pickByName<T extends Named>(client: PostmanClient, reference: string, listed: T[], options: {
    kind: string;
    workspace?: string;
}): Promise<T>;
/**
 * Resolves a collection reference (name, ID or UID) and fetches its document.
 * An ID or UID is fetched directly; a name is looked up in the list (scoped to `workspace`).
 */
export declare function resolveCollection(client: PostmanClient, reference: string, options?: {
    workspace?: string;
}): Promise<ResolvedCollection>;
export {};
