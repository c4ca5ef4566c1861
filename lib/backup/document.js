// Stages validate → redact → serialize of the backup pipeline: one fetched document in, the bytes
// to store out. The same bytes whatever else the run selected.
import { CollectionValidationError, PostmanBackupError } from '../errors.js';
import { MAX_FILE_BYTES } from '../github/tree-writer.js';
import { kindOf, serializeJson } from '../kinds/index.js';
import { silentLogger } from '../logger.js';
/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export const serializeDocument = serializeJson;
/** Rejects a document that must not become a backup, with the first problems and their JSON pointers. */
export function assertValidDocument(kind, document, mode, label, logger = silentLogger) {
    const module = kindOf(kind);
    const result = module.validate(document, mode);
    if (!result.valid) {
        const shown = result.errors.slice(0, 5).map((e) => `${e.pointer || '/'}: ${e.message}`);
        throw new CollectionValidationError(`${label} is not a valid ${module.formatName(result.version)} document (validation: ${mode}); nothing was written. ` +
            `First problems: ${shown.join('; ')}.` +
            (module.validationHint?.(mode) ?? ''), result.errors);
    }
    // A collection full of secret variables would otherwise print thousands of lines.
    const shownWarnings = 10;
    for (const warning of result.warnings.slice(0, shownWarnings))
        logger.warn(`${label}: ${warning.pointer}: ${warning.message}`);
    if (result.warnings.length > shownWarnings)
        logger.warn(`${label}: ${result.warnings.length - shownWarnings} more warnings of the same kinds.`);
    return result.warnings;
}
/** A document whose file would exceed GitHub's 100 MB limit: only that document fails. */
export class DocumentTooLargeError extends PostmanBackupError {
    bytes;
    name = 'DocumentTooLargeError';
    constructor(message, bytes) {
        super(message);
        this.bytes = bytes;
    }
}
/** A document the scan refused (`secretScan: fail`): only that document fails, naming where, never what. */
export class SecretsFoundError extends PostmanBackupError {
    findings;
    name = 'SecretsFoundError';
    constructor(message, findings) {
        super(message);
        this.findings = findings;
    }
}
const where = (f) => `${f.pointer || '/'}${f.line ? ` line ${f.line}` : ''} (${f.rule})`;
/**
 * Validates, redacts and serializes one fetched document. A file GitHub would refuse (over
 * 100 MB) fails here, before anything is written, naming the document.
 */
export function prepareDocument(kind, document, settings, label, logger) {
    const { warnings, redaction } = validateAndRedact(kind, document, settings, label, logger);
    return serializePrepared(kind, redaction.document, label, { warnings, redacted: redaction.redacted, secrets: [] });
}
/**
 * prepareDocument with the secret scan between redaction and serialization (the pipeline's):
 * literal secrets replaced, reported, or the document refused, by policy; the run's own
 * credentials removed whatever the policy.
 */
export async function prepareScannedDocument(kind, document, settings, label, logger) {
    const { warnings, redaction } = validateAndRedact(kind, document, settings, label, logger);
    const scan = await kindOf(kind).scan(redaction.document, {
        policy: settings.secretScan,
        allow: settings.secretScanAllow,
        ownCredentials: settings.ownCredentials
    });
    const kept = scan.findings.filter((f) => f.action === 'kept');
    if (scan.refused) {
        const shown = kept.slice(0, 10).map(where);
        throw new SecretsFoundError(`${label} holds ${kept.length} literal secret(s) (secret-scan: fail); nothing was written. ` +
            `At: ${shown.join('; ')}${kept.length > shown.length ? `; and ${kept.length - shown.length} more` : ''}. ` +
            'Replace them with variables in Postman, list known false positives in secret-scan-allow, or use secret-scan: redact.', kept.map(({ pointer, rule, line }) => ({ pointer, rule, ...(line ? { line } : {}) })));
    }
    for (const finding of kept.slice(0, 10))
        logger.warn(`${label}: literal secret kept at ${where(finding)} (secret-scan: warn).`);
    if (kept.length > 10)
        logger.warn(`${label}: ${kept.length - 10} more literal secrets kept.`);
    const removed = scan.findings.filter((f) => f.action === 'redacted');
    if (removed.length > 0)
        logger.info(`${label}: removed ${removed.length} literal secret(s) (secret-scan).`);
    return serializePrepared(kind, scan.document, label, { warnings, redacted: redaction.redacted, secrets: removed });
}
function validateAndRedact(kind, document, settings, label, logger) {
    const warnings = assertValidDocument(kind, document, settings.validation, label, logger);
    const redaction = kindOf(kind).redact(document, settings.redact);
    if (redaction.redacted.length > 0)
        logger.info(`${label}: blanked ${redaction.redacted.length} secret value(s) (redact: ${settings.redact}).`);
    return { warnings, redaction };
}
/** Serializes a checked document; a file GitHub would refuse (over 100 MB) fails here. */
function serializePrepared(kind, document, label, found) {
    const module = kindOf(kind);
    const { content, extra } = module.serialize(document);
    const sizes = [content, ...extra.map((f) => f.content)].map((text) => Buffer.byteLength(text, 'utf8'));
    const largest = Math.max(...sizes);
    if (largest > MAX_FILE_BYTES) {
        throw new DocumentTooLargeError(`${label} would be a file of ${(largest / 1024 / 1024).toFixed(1)} MB; GitHub refuses files over 100 MB, so it was not backed up (its previous backup stays as it is). Split it into smaller ${module.plural}.`, largest);
    }
    const bytes = sizes.reduce((a, b) => a + b, 0);
    return { content, extra, bytes, document, ...found };
}
/**
 * Whether `existing` (a stored backup) holds a newer version of the same document than
 * `fetched`: an overlapping run that fetched later already wrote it, and must not be undone.
 */
export function holdsNewerVersion(kind, existing, fetched) {
    const stamp = (doc) => {
        const { id, updatedAt } = kindOf(kind).stamp(doc);
        return { id, updatedAt: Date.parse(String(updatedAt)) };
    };
    let stored;
    try {
        stored = JSON.parse(existing.toString('utf8'));
    }
    catch {
        return false;
    }
    const a = stamp(stored);
    const b = stamp(fetched);
    return (a.id !== undefined &&
        a.id === b.id &&
        Number.isFinite(a.updatedAt) &&
        Number.isFinite(b.updatedAt) &&
        a.updatedAt > b.updatedAt);
}
