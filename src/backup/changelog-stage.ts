// Stage "changelog" of the backup pipeline: what each changed document changed against the version
// on the branch (src/changelog). Memory stays bounded: the previous file is read only for a document
// whose bytes changed, parsed, compared at once, and both texts dropped; only the record is kept.
import {
  compactChange,
  describeDocumentChange,
  DOCUMENT_REMOVED,
  PREVIOUS_UNKNOWN,
  renderChangesMarkdown,
  type DocumentChange
} from '../changelog/index.js'
import type { DiffKind } from '../diff/index.js'
import type { Logger } from '../logger.js'
import { parseJsonText } from '../util/json.js'

/** Reads the file a document had on the branch (the writer's readFile); undefined when there is none. */
export type ReadPrevious = () => Promise<Buffer | undefined>

const isDiffKind = (kind: string): kind is DiffKind =>
  kind === 'collection' || kind === 'environment' || kind === 'globals'

/** The previous version, parsed; PREVIOUS_UNKNOWN when it cannot be read or is not JSON. */
async function previousVersion(read: ReadPrevious, path: string, logger: Logger): Promise<unknown> {
  try {
    const bytes = await read()
    return bytes === undefined ? undefined : parseJsonText(bytes.toString('utf8'))
  } catch (error) {
    // The changelog describes the backup; it never stops it.
    logger.debug(
      `The previous version of ${path} could not be compared: ${error instanceof Error ? error.message : String(error)}`
    )
    return PREVIOUS_UNKNOWN
  }
}

/**
 * The change record of a document the run writes: `content` (the new file) against the branch's
 * file, which `read` fetches. Undefined for a kind the diff engine does not know.
 */
export async function describeWrittenDocument(
  doc: { kind: string; name: string },
  path: string,
  content: string,
  read: ReadPrevious,
  logger: Logger,
  /** The document `content` serializes, when the caller still has it: saves parsing it again. */
  written?: unknown
): Promise<DocumentChange | undefined> {
  if (!isDiffKind(doc.kind)) return undefined
  const before = await previousVersion(read, path, logger)
  let after: unknown = written
  try {
    after ??= parseJsonText(content)
  } catch {
    return describeDocumentChange({ kind: doc.kind, name: doc.name, path, before: PREVIOUS_UNKNOWN, after: {} })
  }
  // The run keeps the record to its end: a created document's list of every request is cut.
  return compactChange(describeDocumentChange({ kind: doc.kind, name: doc.name, path, before, after }))
}

/** The change record of a document whose file the run deletes (pruned: gone from Postman). */
export async function describeRemovedDocument(
  doc: { kind: string; name: string },
  path: string,
  read: ReadPrevious,
  logger: Logger
): Promise<DocumentChange | undefined> {
  if (!isDiffKind(doc.kind)) return undefined
  const before = await previousVersion(read, path, logger)
  return compactChange(
    describeDocumentChange({
      kind: doc.kind,
      name: doc.name,
      path,
      before: before ?? PREVIOUS_UNKNOWN,
      after: DOCUMENT_REMOVED
    })
  )
}

/** Documents in a stable order: by path, as the commit lists them. */
export function sortChanges(changes: DocumentChange[]): DocumentChange[] {
  return [...changes].sort((a, b) => (a.path ?? a.name).localeCompare(b.path ?? b.name))
}

/** The changelog as Markdown (job summary, pull request body), each file linked by `urlOf`. */
export function changesMarkdown(changes: DocumentChange[], urlOf: (path: string) => string | undefined): string {
  return renderChangesMarkdown(changes, { linkFor: (c) => (c.path === undefined ? undefined : urlOf(c.path)) })
}
