import { type Octokit } from '../github/octokit.js';
import type { Logger } from '../logger.js';
import { type DocumentKind } from '../kinds/index.js';
import { type Json } from '../util/json.js';
/** Where the backed-up document is: a local file, or a file in a GitHub repository. */
export type RestoreSource = {
    file: string;
} | {
    repository: string;
    path: string;
    ref?: string;
};
export interface LoadBackupOptions {
    /** A ready Octokit; otherwise one is made from githubToken (none: anonymous, public repositories only). */
    octokit?: Octokit;
    githubToken?: string;
    githubApiUrl?: string;
    logger?: Logger;
}
export interface LoadedBackup {
    document: unknown;
    /** Where it came from, for messages. */
    source: string;
    bytes: number;
}
/** Reads the backed-up document from a local file or a GitHub repository (files over 1 MB included). */
export declare function loadBackup(source: RestoreSource, options?: LoadBackupOptions): Promise<LoadedBackup>;
/** The Octokit that reads a backup from GitHub: `octokit`, else one made from githubToken (none: anonymous). */
export declare function backupOctokit(options: LoadBackupOptions): Octokit;
/** A backed-up file's bytes as JSON; a CollectionValidationError naming `label` when they are not. */
export declare function parseJson(bytes: Buffer, label: string): unknown;
/** The kinds a file restores one document of (collections, environments), in registry order. */
export declare function fileKinds(): {
    envelope: string;
    holds(document: Json): boolean;
    shape: string;
    nameOf(document: Json): string;
    warnings?(document: Json): string[];
    payload(document: Json, keepIds: {
        targetId: string;
    } | false): Json;
    create(client: import("../index.js").PostmanClient, payload: Json, workspace: string | undefined): Promise<import("../index.js").WrittenDocument>;
    update(client: import("../index.js").PostmanClient, id: string, payload: Json): Promise<import("../index.js").WrittenDocument>;
    kind: DocumentKind;
    label: string;
}[];
/**
 * The kind of a loaded document, by shape (each kind's `holds`, in registry order); unwraps the
 * Postman API's envelopes (`{collection: …}`, `{environment: …}`). Undefined when it is none.
 */
export declare function detectKind(document: unknown): {
    kind: DocumentKind;
    document: Json;
} | undefined;
