import { PostmanBackupError } from '../errors.js';
import { serializeJson, type DocumentKind, type ExtraFile, type KindSecretFinding } from '../kinds/index.js';
import type { SecretScanPolicy } from '../scan/index.js';
import { type Logger } from '../logger.js';
import type { RedactedField, RedactMode } from '../redact.js';
import type { ValidationIssue, ValidationMode } from '../schema/index.js';
/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export declare const serializeDocument: typeof serializeJson;
/** Rejects a document that must not become a backup, with the first problems and their JSON pointers. */
export declare function assertValidDocument(kind: DocumentKind, document: unknown, mode: ValidationMode, label: string, logger?: Logger): ValidationIssue[];
/** A document whose file would exceed GitHub's 100 MB limit: only that document fails. */
export declare class DocumentTooLargeError extends PostmanBackupError {
    readonly bytes: number;
    readonly name = "DocumentTooLargeError";
    constructor(message: string, bytes: number);
}
/** A document ready to store: its bytes and what was done to them. */
export interface PreparedDocument {
    content: string;
    /** Files stored beside the main one (a spec's files), relative to its folder. */
    extra: ExtraFile[];
    /** Byte length of `content` and of the extra files. */
    bytes: number;
    warnings: ValidationIssue[];
    redacted: RedactedField[];
    /** Literal secrets the scan removed (pointers and rules, never values); empty without a scan. */
    secrets: KindSecretFinding[];
    /** The document `content` serializes, for the changelog; the pipeline drops it once used. */
    document?: unknown;
}
/** The secret scan's settings for one run (options `secretScan`, `secretScanAllow`). */
export interface SecretScanSettings {
    secretScan: SecretScanPolicy;
    secretScanAllow: readonly string[];
    /** The run's own Postman key and GitHub token: removed by value whatever the policy. */
    ownCredentials: ReadonlyArray<string | undefined>;
}
/** A document the scan refused (`secretScan: fail`): only that document fails, naming where, never what. */
export declare class SecretsFoundError extends PostmanBackupError {
    readonly findings: ReadonlyArray<{
        pointer: string;
        rule: string;
        line?: number;
    }>;
    readonly name = "SecretsFoundError";
    constructor(message: string, findings: ReadonlyArray<{
        pointer: string;
        rule: string;
        line?: number;
    }>);
}
/**
 * Validates, redacts and serializes one fetched document. A file GitHub would refuse (over
 * 100 MB) fails here, before anything is written, naming the document.
 */
export declare function prepareDocument(kind: DocumentKind, document: Record<string, unknown>, settings: {
    validation: ValidationMode;
    redact: RedactMode;
}, label: string, logger: Logger): PreparedDocument;
/**
 * prepareDocument with the secret scan between redaction and serialization (the pipeline's):
 * literal secrets replaced, reported, or the document refused, by policy; the run's own
 * credentials removed whatever the policy.
 */
export declare function prepareScannedDocument(kind: DocumentKind, document: Record<string, unknown>, settings: {
    validation: ValidationMode;
    redact: RedactMode;
} & SecretScanSettings, label: string, logger: Logger): Promise<PreparedDocument>;
/**
 * Whether `existing` (a stored backup) holds a newer version of the same document than
 * `fetched`: an overlapping run that fetched later already wrote it, and must not be undone.
 */
export declare function holdsNewerVersion(kind: DocumentKind, existing: Buffer, fetched: Record<string, unknown>): boolean;
