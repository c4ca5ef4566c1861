import { type DocumentKind } from '../kinds/index.js';
import type { Logger } from '../logger.js';
import type { PostmanClient, WrittenDocument } from '../postman/client.js';
import type { Json } from '../util/json.js';
import type { PreparedRestore, RestorePlan } from './plan.js';
export interface RestoreResult {
    plan: RestorePlan;
    /** True when Postman was written to. */
    written: boolean;
    /** The document written (when written). */
    document?: WrittenDocument;
    /** Why nothing was written: `not-confirmed` (no `yes`) or `unchanged` (Postman already holds the backup). */
    skipped?: 'not-confirmed' | 'unchanged';
    /** Requests made to the Postman API. */
    postmanRequests: number;
}
/**
 * The body to send (the kind's `restore.document.payload`). A collection keeps its item IDs only
 * when it goes back over itself (items keep their history); written over another collection, or
 * created anew, every ID is dropped: Postman refuses IDs that belong to another collection or already exist.
 */
export declare function restorePayload(kind: DocumentKind, document: Json, keepIds: {
    targetId: string;
} | false): Json;
/** Writes a prepared restore when `yes` and the plan changes something; `postmanRequests` counts all of `client`'s calls. */
export declare function applyRestore(client: PostmanClient, prepared: PreparedRestore, options: {
    yes?: boolean;
    logger: Logger;
}): Promise<RestoreResult>;
