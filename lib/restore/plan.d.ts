import type { DiffKind } from '../diff/kinds.js';
import { type DocumentKind } from '../kinds/index.js';
import type { Logger } from '../logger.js';
import type { PostmanClient } from '../postman/client.js';
import type { RedactedField } from '../redact.js';
import type { ValidationMode } from '../schema/index.js';
import type { Json } from '../util/json.js';
import type { RestoreResult } from './apply.js';
import { type RestoreDiff } from '../diff/document-diff.js';
import { type LoadedBackup } from './load.js';
import { type SecretPlace } from './secrets.js';
export interface RestorePlan extends RestoreDiff {
    kind: DocumentKind;
    /** `update`: PUT over `target.id`; `create`: POST into `target.workspace`. */
    action: 'update' | 'create';
    /** The backed-up document's name. */
    name: string;
    /** Where the backup was read from, e.g. `octo/backups:Postman collections/Orders.postman_collection.json@main`. */
    source: string;
    target: {
        id?: string;
        name?: string;
        workspace?: string;
    };
    /** Whether item IDs are sent (same collection: items keep their history) or dropped (a copy: Postman requires it). */
    keepIds: boolean;
    /**
     * Secret values blank in the backup (redacted) that will be blank in Postman: where the target
     * has no value, or with `overwriteSecrets`. Pointers and kinds only.
     */
    redacted: RedactedField[];
    /** Every place redaction blanked in the backup and what the restore does there (keeps Postman's value, or not). */
    secrets: SecretPlace[];
    /** Validation warnings and other things worth knowing before writing. */
    warnings: string[];
}
/** Where one document goes: over the document with this ID (PUT), or new into this workspace (POST). */
export type RestoreTarget = {
    to: string;
} | {
    workspace: string;
};
/** A plan with what applying it needs: the backed-up document (unwrapped) and Postman's current one. */
export interface PreparedRestore {
    plan: RestorePlan;
    document: Json;
    /** What Postman holds at the target now; undefined when creating. */
    current?: Json;
}
/**
 * Plans the restore of a loaded backup: what it holds (refusing anything but `expected` when
 * given), its validation, and the diff against the target's current document (read with GET).
 */
export declare function prepareRestore(client: PostmanClient, loaded: LoadedBackup, request: {
    target: RestoreTarget;
    expected?: DocumentKind;
    validation: ValidationMode;
    logger: Logger;
    /** The places redaction blanked (the manifest's record); derived from the redaction rules when absent. */
    redactedPointers?: readonly string[];
    /** Write the backup's blanks over Postman's secret values too. */
    overwriteSecrets?: boolean;
    /** Creating: the caller has checked the workspace and its namesakes already (a whole-workspace restore). */
    workspaceChecked?: boolean;
}): Promise<PreparedRestore>;
/**
 * The document to write: the backup, keeping Postman's secrets (`current`'s) where the backup's
 * were blanked, unless `overwriteSecrets`; its diff against `current`, and what happens at each
 * blanked place.
 */
export declare function diffKeepingSecrets(kind: DiffKind, backup: Json, current: Json | undefined, options: {
    redactedPointers?: readonly string[];
    overwriteSecrets?: boolean;
}): {
    document: Json;
    diff: RestoreDiff & Pick<RestorePlan, 'redacted' | 'secrets'>;
};
/** The sentence every front end shows about blank secrets. */
export declare function redactedNote(count: number): string;
/** Per blanked field: whether Postman's value is kept; then the count of those left blank. */
export declare function secretLines(secrets: readonly SecretPlace[]): string[];
/** The plan and what was done, as lines for a terminal or a log; `howToApply` says how to write ("run again with --yes to apply"). */
export declare function describeRestore(result: RestoreResult, howToApply: string): string[];
