// Stages validate → redact → serialize of the backup pipeline: one fetched document in, the bytes
// to store out. The same bytes whatever else the run selected.
import { CollectionValidationError, PostmanBackupError } from '../errors.js'
import { MAX_FILE_BYTES } from '../github/tree-writer.js'
import { silentLogger, type Logger } from '../logger.js'
import type { DocumentKind } from '../manifest.js'
import { redactCollection, redactEnvironment, type RedactedField, type RedactMode } from '../redact.js'
import { validateCollection, validateEnvironment, type ValidationIssue, type ValidationMode } from '../schema/index.js'

/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export function serializeDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Rejects a document that must not become a backup, with the first problems and their JSON pointers. */
export function assertValidDocument(
  kind: DocumentKind,
  document: unknown,
  mode: ValidationMode,
  label: string,
  logger: Logger = silentLogger
): ValidationIssue[] {
  const result = kind === 'collection' ? validateCollection(document, mode) : validateEnvironment(document, mode)
  if (!result.valid) {
    const shown = result.errors.slice(0, 5).map((e) => `${e.pointer || '/'}: ${e.message}`)
    const format =
      kind === 'collection' ? `Postman Collection${result.version ? ` v${result.version}` : ''}` : 'Postman environment'
    throw new CollectionValidationError(
      `${label} is not a valid ${format} document (validation: ${mode}); nothing was written. ` +
        `First problems: ${shown.join('; ')}.` +
        (kind === 'collection' && mode === 'strict'
          ? ' Postman itself emits some deviations; validation: lenient accepts the known ones.'
          : ''),
      result.errors
    )
  }
  // A collection full of secret variables would otherwise print thousands of lines.
  const shownWarnings = 10
  for (const warning of result.warnings.slice(0, shownWarnings))
    logger.warn(`${label}: ${warning.pointer}: ${warning.message}`)
  if (result.warnings.length > shownWarnings)
    logger.warn(`${label}: ${result.warnings.length - shownWarnings} more warnings of the same kinds.`)
  return result.warnings
}

/** A document whose file would exceed GitHub's 100 MB limit: only that document fails. */
export class DocumentTooLargeError extends PostmanBackupError {
  override readonly name = 'DocumentTooLargeError'
  constructor(
    message: string,
    readonly bytes: number
  ) {
    super(message)
  }
}

/** A document ready to store: its bytes and what was done to them. */
export interface PreparedDocument {
  content: string
  /** Byte length of `content`. */
  bytes: number
  warnings: ValidationIssue[]
  redacted: RedactedField[]
}

/**
 * Validates, redacts and serializes one fetched document. A file GitHub would refuse (over
 * 100 MB) fails here, before anything is written, naming the document.
 */
export function prepareDocument(
  kind: DocumentKind,
  document: Record<string, unknown>,
  settings: { validation: ValidationMode; redact: RedactMode },
  label: string,
  logger: Logger
): PreparedDocument {
  const warnings = assertValidDocument(kind, document, settings.validation, label, logger)
  const redaction =
    kind === 'collection' ? redactCollection(document, settings.redact) : redactEnvironment(document, settings.redact)
  if (redaction.redacted.length > 0)
    logger.info(`${label}: blanked ${redaction.redacted.length} secret value(s) (redact: ${settings.redact}).`)
  const content = serializeDocument(redaction.document)
  const bytes = Buffer.byteLength(content, 'utf8')
  if (bytes > MAX_FILE_BYTES) {
    throw new DocumentTooLargeError(
      `${label} would be a file of ${(bytes / 1024 / 1024).toFixed(1)} MB; GitHub refuses files over 100 MB, so it was not backed up (its previous backup stays as it is). Split it into smaller ${kind}s.`,
      bytes
    )
  }
  return { content, bytes, warnings, redacted: redaction.redacted }
}

/**
 * Whether `existing` (a stored backup) holds a newer version of the same document than
 * `fetched`: an overlapping run that fetched later already wrote it, and must not be undone.
 */
export function holdsNewerVersion(kind: DocumentKind, existing: Buffer, fetched: Record<string, unknown>): boolean {
  const stamp = (doc: Record<string, unknown> | undefined) => {
    const holder = (kind === 'collection' ? doc?.info : doc) as Record<string, unknown> | undefined
    return {
      id: holder?.[kind === 'collection' ? '_postman_id' : 'id'],
      updatedAt: Date.parse(String(holder?.updatedAt))
    }
  }
  let stored: Record<string, unknown> | undefined
  try {
    stored = JSON.parse(existing.toString('utf8')) as Record<string, unknown>
  } catch {
    return false
  }
  const a = stamp(stored)
  const b = stamp(fetched)
  return (
    a.id !== undefined &&
    a.id === b.id &&
    Number.isFinite(a.updatedAt) &&
    Number.isFinite(b.updatedAt) &&
    a.updatedAt > b.updatedAt
  )
}
