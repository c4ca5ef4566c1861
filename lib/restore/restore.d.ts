import { type PostmanConnectionOptions } from '../backup/prepare.js';
import type { ValidationMode } from '../schema/index.js';
import { type RestoreResult } from './apply.js';
import { type LoadBackupOptions, type RestoreSource } from './load.js';
export interface RestoreOptions extends LoadBackupOptions, PostmanConnectionOptions {
    source: RestoreSource;
    /** ID or UID of the collection (environment) to replace with the backup: PUT. */
    to?: string;
    /** Workspace ID to create the collection (environment) in: POST. Exactly one of `to` and `workspace`. */
    workspace?: string;
    validation?: ValidationMode;
    /** Write only when true; otherwise plan only, with no request that writes. */
    yes?: boolean;
    /**
     * Write the backup's blanked secrets over Postman's values. By default, wherever redaction
     * blanked a value, the target's current value is kept (only where it has none does it stay blank).
     */
    overwriteSecrets?: boolean;
    /** JSON pointers of the values redaction blanked (the manifest's record); derived from the redaction rules when absent. */
    redactedPointers?: readonly string[];
}
/** Restores a backed-up collection or environment (whichever the file holds). */
export declare function restoreBackup(options: RestoreOptions): Promise<RestoreResult>;
/** Restores a backed-up collection; refuses a file that holds an environment. */
export declare function restoreCollection(options: RestoreOptions): Promise<RestoreResult>;
/** Restores a backed-up environment; refuses a file that holds a collection. */
export declare function restoreEnvironment(options: RestoreOptions): Promise<RestoreResult>;
