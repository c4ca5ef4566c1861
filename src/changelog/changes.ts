// The change record of each backed-up document: what a backup changes against the version on the
// branch, computed with the same diff engine as restore plans. Names only, never values.
import { countContents, diffDocuments, type DiffKind, type DocumentDiff, type DocumentTotals } from '../diff/index.js'
import { isObject } from '../util/json.js'

/** `after` of a document the backup deletes (undefined and null say the same). */
export const DOCUMENT_REMOVED: unique symbol = Symbol('document removed')
/** `before` of a document whose previous version could not be read (too large, not JSON): it is reported as updated, without detail. */
export const PREVIOUS_UNKNOWN: unique symbol = Symbol('previous version unknown')

/** One document a backup writes or deletes. */
export interface DocumentVersions {
  kind: DiffKind
  /** The name to show: the document's name in Postman. */
  name: string
  /** The file in the repository, e.g. `Postman collections/Orders API.postman_collection.json`. */
  path?: string
  /** The version on the branch, parsed; undefined when the backup creates the file. */
  before?: unknown
  /** The version the backup writes, parsed; DOCUMENT_REMOVED (or undefined) when it deletes the file. */
  after?: unknown
}

/**
 * `created`/`removed`: the file is new / deleted; `changed`: its content differs; `formatting`:
 * only formatting, key order or fields Postman manages (IDs, timestamps) differ; `updated`: the
 * previous version could not be compared.
 */
export type ChangeStatus = 'created' | 'removed' | 'changed' | 'formatting' | 'updated'

export interface DocumentChange {
  kind: DiffKind
  name: string
  path?: string
  status: ChangeStatus
  /** The document's previous name, when renamed. */
  renamedFrom?: string
  /** What changed. For `created` everything is added, for `removed` everything removed; absent for `updated`. */
  diff?: DocumentDiff
  /** What the document holds (`created`) or held (`removed`). */
  totals?: DocumentTotals
  /** The diff's full counts, when its lists were cut to a few names (compactChange). */
  counts?: DiffListCounts
}

/** How many entries each list of a diff had (the `changes` output's `counts`). */
export interface DiffListCounts {
  requests: ChangeCounts
  folders: ChangeCounts
  examples: Omit<ChangeCounts, 'moved'>
  variables: Pick<ChangeCounts, 'added' | 'removed' | 'changed'>
}

export interface ChangeCounts {
  added: number
  removed: number
  changed: number
  renamed: number
  moved: number
}

/** The document itself when a backup file wraps it, as the API's answers do ({collection: …}, {environment: …}). */
function unwrap(kind: DiffKind, document: unknown): unknown {
  if (!isObject(document)) return document
  const wrapper = kind === 'collection' ? document.collection : (document.environment ?? document.globals)
  const bare = kind === 'collection' ? 'info' in document : 'values' in document
  return !bare && isObject(wrapper) ? wrapper : document
}

/** The change record of one document. */
export function describeDocumentChange(document: DocumentVersions): DocumentChange {
  const { kind } = document
  const base = { kind, name: document.name, ...(document.path !== undefined ? { path: document.path } : {}) }
  const removed = document.after === undefined || document.after === null || document.after === DOCUMENT_REMOVED
  if (document.before === PREVIOUS_UNKNOWN) return { ...base, status: removed ? 'removed' : 'updated' }
  const before = unwrap(kind, document.before)
  if (removed) {
    return {
      ...base,
      status: 'removed',
      diff: diffDocuments(kind, before, undefined),
      totals: countContents(kind, before)
    }
  }
  const after = unwrap(kind, document.after)
  if (before === undefined) {
    return {
      ...base,
      status: 'created',
      diff: diffDocuments(kind, undefined, after),
      totals: countContents(kind, after)
    }
  }
  const diff = diffDocuments(kind, before, after)
  return {
    ...base,
    status: diff.changed ? 'changed' : 'formatting',
    ...(diff.renamedFrom !== undefined ? { renamedFrom: diff.renamedFrom } : {}),
    diff
  }
}

/** The change records of the documents a backup writes or deletes, in the order given. */
export function describeChanges(documents: DocumentVersions[]): DocumentChange[] {
  return documents.filter((d) => d.before !== undefined || d.after !== undefined).map(describeDocumentChange)
}
