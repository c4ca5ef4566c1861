import type { Logger } from '../logger.js';
import type { PostmanClient, WrittenDocument } from '../postman/client.js';
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
/** Writes a prepared restore when `yes` and the plan changes something; `postmanRequests` counts all of `client`'s calls. */
export declare function applyRestore(client: PostmanClient, prepared: PreparedRestore, options: {
    yes?: boolean;
    logger: Logger;
}): Promise<RestoreResult>;
