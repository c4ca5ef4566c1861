// The `changes` output: per document its kind, name, file, status, and the counts and names of
// what changed, as plain JSON. Names are one line each; lists are capped, counts are not.
import type { DocumentChange } from './changes.js'
import { oneLine } from './text.js'

export interface ChangeCounts {
  added: number
  removed: number
  changed: number
  renamed: number
  moved: number
}

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
  counts: {
    requests: ChangeCounts
    folders: ChangeCounts
    examples: Omit<ChangeCounts, 'moved'>
    variables: Pick<ChangeCounts, 'added' | 'removed' | 'changed'>
  }
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

/**
 * The change records as JSON-able data for the `changes` output. Counts are complete (a created
 * collection counts all its requests as added); each list of names holds at most `maxNames`.
 */
export function changesOutput(changes: DocumentChange[], options: { maxNames?: number } = {}): ChangesOutputEntry[] {
  const { maxNames = 100 } = options
  const cap = <T>(list: T[]) => list.slice(0, maxNames)
  return changes.map((change) => {
    const d = change.diff
    const items = (c: NonNullable<typeof d>['requests'] | undefined) => ({
      counts: {
        added: c?.added.length ?? 0,
        removed: c?.removed.length ?? 0,
        changed: c?.changed.length ?? 0,
        renamed: c?.renamed.length ?? 0,
        moved: c?.moved.length ?? 0
      },
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
      counts: {
        requests: requests.counts,
        folders: folders.counts,
        examples: {
          added: x?.added.length ?? 0,
          removed: x?.removed.length ?? 0,
          changed: x?.changed.length ?? 0,
          renamed: x?.renamed.length ?? 0
        },
        variables: { added: v?.added.length ?? 0, removed: v?.removed.length ?? 0, changed: v?.changed.length ?? 0 }
      },
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
