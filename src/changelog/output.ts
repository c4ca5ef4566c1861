// The `changes` output: per document its kind, name, file, status, and the counts and names of
// what changed, as plain JSON. Names are one line each; lists are capped, counts are not.
import type { ChangeCounts, DiffListCounts, DocumentChange } from './changes.js'
import { oneLine } from './text.js'

export type { ChangeCounts }

export interface ChangeNames {
  /** Paths of names joined with " / ". */
  added: string[]
  removed: string[]
  changed: string[]
  renamed: Array<{ name: string; from: string }>
  moved: Array<{ name: string; from: string; to: string }>
}

export interface ChangesOutputEntry {
  kind: DocumentChange['kind']
  name: string
  path?: string
  status: DocumentChange['status']
  renamedFrom?: string
  counts: DiffListCounts
  names: {
    requests: ChangeNames
    folders: ChangeNames
    examples: Omit<ChangeNames, 'moved'>
    variables: Pick<ChangeNames, 'added' | 'removed' | 'changed'>
  }
  /** Other properties that changed, e.g. `description`, `auth`, `event`. */
  properties: string[]
}

const path = (p: string[]) => p.map((n) => oneLine(n)).join(' / ')

/** The number of names each list of a change record keeps (compactChange) and the output shows. */
export const MAX_LISTED_NAMES = 100

type Diff = NonNullable<DocumentChange['diff']>

/** How many folders, requests, examples and variables a diff adds, removes, changes, renames, moves. */
function countsOf(d: Diff | undefined): DiffListCounts {
  const items = (c: Diff['requests'] | undefined) => ({
    added: c?.added.length ?? 0,
    removed: c?.removed.length ?? 0,
    changed: c?.changed.length ?? 0,
    renamed: c?.renamed.length ?? 0,
    moved: c?.moved.length ?? 0
  })
  const x = d?.examples
  const v = d?.variables
  return {
    requests: items(d?.requests),
    folders: items(d?.folders),
    examples: {
      added: x?.added.length ?? 0,
      removed: x?.removed.length ?? 0,
      changed: x?.changed.length ?? 0,
      renamed: x?.renamed.length ?? 0
    },
    variables: { added: v?.added.length ?? 0, removed: v?.removed.length ?? 0, changed: v?.changed.length ?? 0 }
  }
}

/**
 * A created or removed document's record with its lists cut to `maxNames` names and their full
 * counts kept: a first backup of a large workspace lists every request of every document, and the
 * run keeps the records until its end. What the output and the renderers show stays the same
 * (they show a created or removed document by its totals, and at most `maxNames` names).
 */
export function compactChange(change: DocumentChange, maxNames = MAX_LISTED_NAMES): DocumentChange {
  const d = change.diff
  if (!d || (change.status !== 'created' && change.status !== 'removed')) return change
  const cut = <T>(list: T[]) => list.slice(0, maxNames)
  const items = <T extends Diff['requests']>(c: T): T => ({
    ...c,
    added: cut(c.added),
    removed: cut(c.removed),
    changed: cut(c.changed),
    renamed: cut(c.renamed),
    moved: cut(c.moved)
  })
  return {
    ...change,
    counts: countsOf(d),
    diff: {
      ...d,
      requests: items(d.requests),
      folders: items(d.folders),
      examples: {
        ...d.examples,
        added: cut(d.examples.added),
        removed: cut(d.examples.removed),
        changed: cut(d.examples.changed),
        renamed: cut(d.examples.renamed)
      },
      variables: {
        ...d.variables,
        added: cut(d.variables.added),
        removed: cut(d.variables.removed),
        changed: cut(d.variables.changed)
      }
    }
  }
}

/**
 * The change records as JSON-able data for the `changes` output. Counts are complete (a created
 * collection counts all its requests as added); each list of names holds at most `maxNames`.
 */
export function changesOutput(changes: DocumentChange[], options: { maxNames?: number } = {}): ChangesOutputEntry[] {
  const { maxNames = MAX_LISTED_NAMES } = options
  const cap = <T>(list: T[]) => list.slice(0, maxNames)
  return changes.map((change) => {
    const d = change.diff
    const items = (c: NonNullable<typeof d>['requests'] | undefined) => ({
      names: {
        added: cap(c?.added ?? []).map((e) => path(e.path)),
        removed: cap(c?.removed ?? []).map((e) => path(e.path)),
        changed: cap(c?.changed ?? []).map((e) => path(e.path)),
        renamed: cap(c?.renamed ?? []).map((e) => ({ name: path(e.path), from: oneLine(e.from) })),
        moved: cap(c?.moved ?? []).map((e) => ({ name: path(e.path), from: path(e.fromFolder), to: path(e.toFolder) }))
      }
    })
    const requests = items(d?.requests)
    const folders = items(d?.folders)
    const example = (e: { request: string[]; name: string }) => path([...e.request, e.name])
    const x = d?.examples
    const v = d?.variables
    return {
      kind: change.kind,
      name: oneLine(change.name),
      ...(change.path !== undefined ? { path: oneLine(change.path) } : {}),
      status: change.status,
      ...(change.renamedFrom !== undefined ? { renamedFrom: oneLine(change.renamedFrom) } : {}),
      // A compacted record (compactChange) keeps its full counts beside its cut lists.
      counts: change.counts ?? countsOf(d),
      names: {
        requests: requests.names,
        folders: folders.names,
        examples: {
          added: cap(x?.added ?? []).map(example),
          removed: cap(x?.removed ?? []).map(example),
          changed: cap(x?.changed ?? []).map(example),
          renamed: cap(x?.renamed ?? []).map((e) => ({ name: example(e), from: oneLine(e.from) }))
        },
        variables: {
          added: cap(v?.added ?? []).map((k) => oneLine(k)),
          removed: cap(v?.removed ?? []).map((k) => oneLine(k)),
          changed: cap(v?.changed ?? []).map((k) => oneLine(k))
        }
      },
      properties: (d?.properties ?? []).map((p) => oneLine(p))
    }
  })
}
