import type { DocumentKind, DocumentRecord } from './kinds/index.js'
import type { Logger } from './logger.js'

/** Every kind a backup and its manifest hold (src/kinds); restore takes them through the registry too. */
export type { DocumentKind }

/** The manifest sits in the backup directory and records what each file there holds. */
export const MANIFEST_NAME = '.postman-backup.json'

/**
 * Why a document is waiting for the next run: it failed validation (or would be too large), it
 * could not be fetched, or the run stopped (signal, max-duration, quota) before reaching it.
 */
export type PendingReason = 'invalid' | 'fetch-failed' | 'not-reached'

export interface ManifestEntry extends DocumentRecord {
  /** `updatedAt` as Postman's list endpoint reported it when the file was written. */
  updatedAt?: string
  /** Git blob SHA of the file as written; a different SHA on the branch means it was edited. */
  sha: string
  /** Redaction mode the file was written with, and how many fields it blanked. */
  redact: string
  redacted: number
  /** The secret scan's policy the file was written with (absent: written before the scan, or without one). */
  secretScan?: string
  /**
   * JSON pointers of the values blanked in the file (never the values): restore keeps Postman's
   * current values there. Absent when nothing was blanked.
   */
  redactedPointers?: string[]
  /**
   * Set when the last run could not back the document up: the next run fetches it first and
   * never skips it. `sha` and `updatedAt` stay those of the file on the branch (the previous
   * backup, untouched); `sha` is '' when there is no file yet.
   */
  pending?: PendingReason
}

export interface Manifest {
  version: 1
  /** Keyed by path relative to the backup directory. */
  files: Record<string, ManifestEntry>
}

export const emptyManifest = (): Manifest => ({ version: 1, files: {} })

/** Reads a manifest; an unreadable one is treated as absent (every document is then fetched). */
export function parseManifest(bytes: Buffer | undefined, logger: Logger): Manifest {
  if (!bytes) return emptyManifest()
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as Partial<Manifest>
    if (parsed.version !== 1 || !parsed.files || typeof parsed.files !== 'object')
      throw new Error('unknown manifest version')
    return { version: 1, files: parsed.files }
  } catch (error) {
    logger.warn(
      `${MANIFEST_NAME} could not be read (${(error as Error).message}); doing a full backup and writing a new one.`
    )
    return emptyManifest()
  }
}

/**
 * Deterministic bytes: sorted paths and fixed key order, no timestamps of the run, so a run
 * where nothing changed leaves the manifest byte-identical.
 */
export function serializeManifest(manifest: Manifest): string {
  const files: Record<string, ManifestEntry> = {}
  for (const path of Object.keys(manifest.files).sort()) {
    const e = manifest.files[path]
    files[path] = {
      kind: e.kind,
      id: e.id,
      uid: e.uid,
      name: e.name,
      ...(e.updatedAt ? { updatedAt: e.updatedAt } : {}),
      sha: e.sha,
      redact: e.redact,
      redacted: e.redacted,
      ...(e.secretScan ? { secretScan: e.secretScan } : {}),
      ...(e.redactedPointers?.length ? { redactedPointers: e.redactedPointers } : {}),
      ...(e.pending ? { pending: e.pending } : {})
    }
  }
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`
}

/** An entry found by kind and ID, with its path (the manifest's key). */
export type FoundEntry = { path: string; entry: ManifestEntry }

/** Finds the entry of a document by kind and ID. */
export function findEntry(manifest: Manifest, kind: DocumentKind, id: string): FoundEntry | undefined {
  return indexEntries(manifest)(kind, id)
}

/**
 * findEntry for a run's many look-ups: the manifest indexed once (a scan per look-up made sorting
 * thousands of documents quadratic). The first entry of a kind and ID wins, as a scan finds it.
 */
export function indexEntries(manifest: Manifest): (kind: DocumentKind, id: string) => FoundEntry | undefined {
  const byKey = new Map<string, FoundEntry>()
  for (const [path, entry] of Object.entries(manifest.files)) {
    const key = `${entry.kind}\u0000${entry.id}`
    if (!byKey.has(key)) byKey.set(key, { path, entry })
  }
  return (kind, id) => byKey.get(`${kind}\u0000${id}`)
}
