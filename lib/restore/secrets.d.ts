import type { DiffKind } from '../diff/kinds.js';
import type { RedactedField } from '../redact.js';
import { type Json } from '../util/json.js';
/**
 * What happens at one blanked place: `kept` (Postman's value stays), `blank` (Postman has no
 * value there: it stays blank, set it in Postman) or `overwritten` (with `overwriteSecrets`,
 * Postman's value is replaced by the blank).
 */
export type SecretOutcome = 'kept' | 'blank' | 'overwritten';
export interface SecretPlace extends RedactedField {
    /** For people: the variable's key, or the path of the request (or `collection`) whose auth it is. Never a value. */
    label: string;
    outcome: SecretOutcome;
}
/**
 * The places redaction blanked in a backed-up document (pointers, kinds). With `pointers` (the
 * manifest's record) those, where the backup still holds ''; without, the places the
 * redaction rules would blank that hold '' (the kind's own `redact`, so the two always agree on
 * what a secret is: mark every '' and see which marks get blanked).
 */
export declare function blankedFields(kind: DiffKind, document: unknown, pointers?: readonly string[]): RedactedField[];
/**
 * The document to write: the backup, with the target's current value at each blanked place
 * where the target has one (unless `overwriteSecrets`), and what happens at each place.
 */
export declare function keepTargetSecrets(kind: DiffKind, backup: Json, current: Json | undefined, blanked: readonly RedactedField[], options?: {
    overwriteSecrets?: boolean;
}): {
    document: Json;
    secrets: SecretPlace[];
};
/** The sentence for one place, as plans show it. */
export declare function secretOutcomeText(outcome: SecretOutcome): string;
