import { type AllowEntry } from './allow-list.js';
export type SecretScanPolicy = 'redact' | 'fail' | 'warn' | 'off';
export declare const OWN_CREDENTIAL_RULE = "postman/own-credential";
/**
 * What replaces a secret found inside a longer string (a script line, a URL's password, a
 * description). A Postman variable reference: Postman and this scan already read `{{…}}` as "not
 * a literal", so a second run finds nothing new and a restored request shows an unresolved
 * variable instead of a wrong credential; it has no character a token rule matches; inside a
 * quoted script string it keeps the script parseable; in a URL it is valid Postman syntax.
 * A secret that is a whole value becomes '' instead (as redact.ts does).
 */
export declare const REDACTED_PLACEHOLDER = "{{REDACTED}}";
export interface SecretScanOptions {
    /** Default 'redact'. */
    policy?: SecretScanPolicy;
    /** Known false positives, by rule id or pointer glob (see allow-list.ts). */
    allow?: readonly AllowEntry[];
    /** The run's own credentials (Postman API key, GitHub token): removed whatever the policy. */
    ownCredentials?: ReadonlyArray<string | undefined>;
}
export type SecretFindingKind = 'pattern' | 'structure' | 'own-credential';
export type SecretFindingAction = 'redacted' | 'kept' | 'allowed';
export interface SecretFinding {
    /** JSON pointer of the string that holds the secret. */
    pointer: string;
    /** For a property of a raw JSON body: its pointer inside the body, e.g. /auth/password. */
    inner?: string;
    rule: string;
    kind: SecretFindingKind;
    action: SecretFindingAction;
}
export interface SecretScanResult<T> {
    /** The document to write: a redacted copy, or the input itself when nothing changed. */
    document: T;
    findings: SecretFinding[];
    /** Findings that were not allowed, by rule id. */
    counts: Record<string, number>;
    /** Policy 'fail' and at least one finding not allowed: write nothing for this document. */
    refused: boolean;
}
/**
 * Scans every string of a JSON document (a collection, an environment, any later kind) and
 * applies the policy. The input is never mutated. The run's own credentials are removed whatever
 * the policy, even 'off'.
 */
export declare function scanDocument<T>(doc: T, options?: SecretScanOptions): Promise<SecretScanResult<T>>;
/**
 * Only the always-on part: removes the run's own credentials (by value, in every known
 * encoding) from every string of `doc`. Synchronous, for callers that need it outside a scan.
 */
export declare function removeOwnCredentials<T>(doc: T, credentials: ReadonlyArray<string | undefined>): {
    document: T;
    findings: SecretFinding[];
};
export interface TextSecretFinding {
    /** 1-based line number. */
    line: number;
    rule: string;
    kind: SecretFindingKind;
    action: SecretFindingAction;
}
export interface TextScanResult {
    text: string;
    findings: TextSecretFinding[];
    counts: Record<string, number>;
    refused: boolean;
}
/**
 * Scans a plain text file (a YAML or other spec) with the pattern rules and the run's own
 * credentials. The text is linted as a whole, so a multi-line PEM key is found; findings name
 * the line where the secret starts. The allow-list applies by rule id; pointer globs match
 * `/line/<n>`.
 */
export declare function scanText(text: string, options?: SecretScanOptions): Promise<TextScanResult>;
