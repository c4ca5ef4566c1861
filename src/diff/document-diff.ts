// The diff engine of two versions of one Postman document, shared by restore plans and backup
// changelogs. Folders and requests are matched by ID when both sides have one, else by path of
// names; variables by key; examples (saved responses) per request, by ID else by name. Fields the
// API manages (IDs, timestamps, owner) and key order never count.
import { isObject, type Json } from '../util/json.js'
import type { DiffKind } from './kinds.js'
import { deleteOwnManagedFields, forEachItem, MANAGED_ITEM_FIELDS } from './managed-fields.js'

/** One folder or request: its path of names, and its ID when it has one. */
export interface DiffEntry {
  path: string[]
  id?: string
  /** Restore's view: when matched under another path, where it was (renamed or moved, itself or a folder above). */
  from?: string[]
}

export interface DiffCounts<T> {
  added: T[]
  removed: T[]
  changed: T[]
  unchanged: number
}

/** What writing the backup would change in the document Postman holds now. */
export interface RestoreDiff {
  requests: DiffCounts<DiffEntry>
  folders: DiffCounts<DiffEntry>
  /** Collection variables, or an environment's values, by key. */
  variables: DiffCounts<string>
  /** Other properties that differ: name, description, auth, event, … */
  properties: string[]
  changed: boolean
}

/** A folder or request in a changelog diff. */
export interface ItemEntry {
  /** Its path of names: in the new version, or in the previous one when removed. */
  path: string[]
  id?: string
  /** Added or removed with a folder above it: that (outermost) folder's path. */
  within?: string[]
}

export interface FolderEntry extends ItemEntry {
  /** Requests inside it, at any depth. */
  requests: number
}

/** Matched across the versions under another name: `path` is the new one, `from` the previous name. */
export interface RenamedItem extends ItemEntry {
  from: string
}

/** Matched across the versions under another parent folder (`[]`: the top level of the collection). */
export interface MovedItem extends ItemEntry {
  fromFolder: string[]
  toFolder: string[]
}

export interface ItemChanges<T extends ItemEntry = ItemEntry> {
  added: T[]
  removed: T[]
  /** Its own content changed (not its name, place, children or examples). */
  changed: T[]
  renamed: RenamedItem[]
  moved: MovedItem[]
  /** Matched and none of the above. */
  unchanged: number
}

/** A saved example (response) of a request. */
export interface ExampleEntry {
  /** The request's path (in the new version). */
  request: string[]
  name: string
  id?: string
}

export interface ExampleChanges {
  added: ExampleEntry[]
  removed: ExampleEntry[]
  changed: ExampleEntry[]
  renamed: Array<ExampleEntry & { from: string }>
  unchanged: number
}

/** What changed from one version of a document to the next, names only (never values). */
export interface DocumentDiff {
  kind: DiffKind
  /** The document's name in the previous version, when it differs from the new one. */
  renamedFrom?: string
  requests: ItemChanges
  folders: ItemChanges<FolderEntry>
  /** Examples of requests present in both versions (those of added or removed requests go with them). */
  examples: ExampleChanges
  /** Collection variables, or an environment's (globals') values, by key: names only. */
  variables: DiffCounts<string>
  /** Other properties that differ, e.g. `description`, `auth`, `event`, `info.schema`. */
  properties: string[]
  /** Whether anything above differs: false when only formatting, key order or managed fields did. */
  changed: boolean
}

/** What a document holds: for a document created or removed as a whole. */
export interface DocumentTotals {
  requests: number
  folders: number
  examples: number
  variables: number
}

/** JSON with sorted keys, so key order (which Postman does not keep) never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]])
        )
      : v
  )
}

const unmanaged = (o: Json) => Object.fromEntries(Object.entries(o).filter(([k]) => !MANAGED_ITEM_FIELDS.includes(k)))

interface Node {
  kind: 'folder' | 'request'
  id?: string
  name: string
  path: string[]
  parent?: Node
  /** Kind, path and occurrence: how items without a shared ID are matched. */
  key: string
  /**
   * What the view compares (flatten's `compare`), children and managed fields left out: restore's
   * the item's own fields and examples; the changelog's the same without the name and examples,
   * which it reports apart. '' when only counting.
   */
  compared: string
  responses: unknown[]
  requests: number
}

/** A collection's folders and requests; `compare` says which view's comparison to compute (none: counting). */
function flatten(document: unknown, compare?: 'restore' | 'changelog'): Node[] {
  const nodes: Node[] = []
  if (!isObject(document)) return nodes
  const seen = new Map<string, number>()
  const byItem = new Map<Json, Node>()
  const parents = new Map<Json, Json>()
  forEachItem(document, (item, path) => {
    if (Array.isArray(item.item)) for (const child of item.item) if (isObject(child)) parents.set(child, item)
    const kind = Array.isArray(item.item) ? 'folder' : 'request'
    const base = `${kind}\u0000${path.join('\u0000')}`
    const occurrence = seen.get(base) ?? 0
    seen.set(base, occurrence + 1)
    const parentItem = parents.get(item)
    const node: Node = {
      kind,
      id: typeof item.id === 'string' ? item.id : undefined,
      name: path[path.length - 1],
      path,
      parent: parentItem ? byItem.get(parentItem) : undefined,
      key: `${base}#${occurrence}`,
      compared: compare ? comparedFields(item, compare) : '',
      responses: Array.isArray(item.response) ? item.response : [],
      requests: 0
    }
    byItem.set(item, node)
    nodes.push(node)
    if (kind === 'request') for (let p = node.parent; p; p = p.parent) p.requests++
  })
  return nodes
}

/** An item's fields a view compares, as canonical JSON (shallow copies: the documents compared must not change). */
function comparedFields(item: Json, compare: 'restore' | 'changelog'): string {
  const own = unmanaged(item)
  delete own.item
  if (compare === 'changelog') {
    delete own.name
    delete own.response
  } else if (Array.isArray(own.response)) own.response = own.response.map((r) => (isObject(r) ? unmanaged(r) : r))
  return canonical(own)
}

function emptyCounts<T>(): DiffCounts<T> {
  return { added: [], removed: [], changed: [], unchanged: 0 }
}

/** Pairs each item of `after` with one of `before`: by `id` when both sides have it, else by path of names. */
function matchItems(after: Node[], before: Node[]): Map<Node, Node> {
  const byId = new Map(before.filter((n) => n.id).map((n) => [`${n.kind}\u0000${n.id}`, n]))
  const byKey = new Map(before.map((n) => [n.key, n]))
  const used = new Set<Node>()
  const pairs = new Map<Node, Node>()
  for (const node of after) {
    const hit = node.id ? byId.get(`${node.kind}\u0000${node.id}`) : undefined
    if (hit && !used.has(hit)) {
      used.add(hit)
      pairs.set(node, hit)
    }
  }
  for (const node of after) {
    if (pairs.has(node)) continue
    const hit = byKey.get(node.key)
    if (hit && !used.has(hit)) {
      used.add(hit)
      pairs.set(node, hit)
    }
  }
  return pairs
}

/** Restore's view: a matched item under another path (its own or a folder's rename or move) is "changed", with `from`. */
function restoreItems(backup: Node[], current: Node[]): Pick<RestoreDiff, 'requests' | 'folders'> {
  const out = { requests: emptyCounts<DiffEntry>(), folders: emptyCounts<DiffEntry>() }
  const counts = (kind: Node['kind']) => (kind === 'folder' ? out.folders : out.requests)
  const entry = (node: Node): DiffEntry => ({ path: node.path, ...(node.id ? { id: node.id } : {}) })
  const pairs = matchItems(backup, current)
  const used = new Set(pairs.values())
  for (const node of backup) {
    const bucket = counts(node.kind)
    const match = pairs.get(node)
    if (!match) bucket.added.push(entry(node))
    else if (match.key !== node.key && match.path.join('\u0000') !== node.path.join('\u0000'))
      bucket.changed.push({ ...entry(node), from: match.path })
    else if (match.compared !== node.compared) bucket.changed.push(entry(node))
    else bucket.unchanged++
  }
  for (const node of current) if (!used.has(node)) counts(node.kind).removed.push(entry(node))
  return out
}

function emptyItemChanges<T extends ItemEntry>(): ItemChanges<T> {
  return { added: [], removed: [], changed: [], renamed: [], moved: [], unchanged: 0 }
}

/** The changelog's view: renames and moves apart from content changes; children follow their folder silently. */
function changelogItems(
  after: Node[],
  before: Node[]
): { requests: ItemChanges; folders: ItemChanges<FolderEntry>; examples: ExampleChanges } {
  const requests = emptyItemChanges<ItemEntry>()
  const folders = emptyItemChanges<FolderEntry>()
  const examples: ExampleChanges = { added: [], removed: [], changed: [], renamed: [], unchanged: 0 }
  const pairs = matchItems(after, before)
  const used = new Set(pairs.values())
  const matched = (node: Node) => pairs.has(node) || used.has(node)
  const entry = (node: Node): FolderEntry | ItemEntry => {
    let outermost: Node | undefined
    for (let p = node.parent; p; p = p.parent) if (!matched(p)) outermost = p
    return {
      path: node.path,
      ...(node.id ? { id: node.id } : {}),
      ...(outermost ? { within: outermost.path } : {}),
      ...(node.kind === 'folder' ? { requests: node.requests } : {})
    }
  }
  const push = (node: Node, list: 'added' | 'removed' | 'changed') =>
    node.kind === 'folder' ? folders[list].push(entry(node) as FolderEntry) : requests[list].push(entry(node))
  for (const node of after) {
    const match = pairs.get(node)
    if (!match) {
      push(node, 'added')
      continue
    }
    const changes = node.kind === 'folder' ? folders : requests
    const id = node.id ? { id: node.id } : {}
    let same = true
    if (match.name !== node.name) {
      changes.renamed.push({ path: node.path, ...id, from: match.name })
      same = false
    }
    const sameParent = node.parent ? pairs.get(node.parent) === match.parent : !match.parent
    if (!sameParent) {
      changes.moved.push({
        path: node.path,
        ...id,
        fromFolder: match.path.slice(0, -1),
        toFolder: node.path.slice(0, -1)
      })
      same = false
    }
    if (match.compared !== node.compared) {
      push(node, 'changed')
      same = false
    }
    if (same) changes.unchanged++
    if (node.kind === 'request') diffExamples(node, match, examples)
  }
  for (const node of before) if (!used.has(node)) push(node, 'removed')
  return { requests, folders, examples }
}

interface Example {
  id?: string
  name: string
  key: string
  body: string
}

function examplesOf(responses: unknown[]): Example[] {
  const seen = new Map<string, number>()
  return responses.filter(isObject).map((response) => {
    const name = typeof response.name === 'string' ? response.name : ''
    const occurrence = seen.get(name) ?? 0
    seen.set(name, occurrence + 1)
    const body = unmanaged(response)
    delete body.name
    return {
      id: typeof response.id === 'string' ? response.id : undefined,
      name,
      key: `${name}#${occurrence}`,
      body: canonical(body)
    }
  })
}

/** Examples of one request in both versions: by `id` when both have one, else by name (and occurrence). */
function diffExamples(after: Node, before: Node, out: ExampleChanges): void {
  const now = examplesOf(after.responses)
  const then = examplesOf(before.responses)
  const byId = new Map(then.filter((e) => e.id).map((e) => [e.id, e]))
  const byKey = new Map(then.map((e) => [e.key, e]))
  const used = new Set<Example>()
  const pairs = new Map<Example, Example>()
  for (const example of now) {
    const hit = example.id ? byId.get(example.id) : undefined
    if (hit && !used.has(hit)) {
      pairs.set(example, hit)
      used.add(hit)
    }
  }
  for (const example of now) {
    const hit = pairs.has(example) ? undefined : byKey.get(example.key)
    if (hit && !used.has(hit)) {
      pairs.set(example, hit)
      used.add(hit)
    }
  }
  const entry = (e: Example): ExampleEntry => ({ request: after.path, name: e.name, ...(e.id ? { id: e.id } : {}) })
  for (const example of now) {
    const match = pairs.get(example)
    if (!match) {
      out.added.push(entry(example))
      continue
    }
    if (match.name !== example.name) out.renamed.push({ ...entry(example), from: match.name })
    if (match.body !== example.body) out.changed.push(entry(example))
    if (match.name === example.name && match.body === example.body) out.unchanged++
  }
  for (const example of then) if (!used.has(example)) out.removed.push(entry(example))
}

/** Variables by key (a repeated key counts as `key (2)`, …); only whether each differs, never how. */
function diffVariables(after: unknown, before: unknown): DiffCounts<string> {
  const out = emptyCounts<string>()
  const keyed = (list: unknown) => {
    const map = new Map<string, string>()
    for (const variable of Array.isArray(list) ? list : []) {
      if (!isObject(variable)) continue
      const name = String(variable.key ?? variable.id ?? '')
      let key = name
      for (let n = 2; map.has(key); n++) key = `${name} (${n})`
      map.set(key, canonical(variable))
    }
    return map
  }
  const then = keyed(before)
  const now = keyed(after)
  for (const [key, value] of now) {
    if (!then.has(key)) out.added.push(key)
    else if (then.get(key) !== value) out.changed.push(key)
    else out.unchanged++
  }
  for (const key of then.keys()) if (!now.has(key)) out.removed.push(key)
  return out
}

function diffProperties(after: Json, before: Json, skip: string[]): string[] {
  const changed: string[] = []
  for (const key of [...new Set([...Object.keys(after), ...Object.keys(before)])].sort()) {
    if (skip.includes(key)) continue
    if (key === 'info' && isObject(after.info) && isObject(before.info)) {
      for (const field of [...new Set([...Object.keys(after.info), ...Object.keys(before.info)])].sort()) {
        if (canonical(after.info[field]) !== canonical(before.info[field]))
          changed.push(field === 'name' || field === 'description' ? field : `info.${field}`)
      }
    } else if (canonical(after[key]) !== canonical(before[key])) changed.push(key)
  }
  return changed
}

const asObject = (value: unknown): Json => (isObject(value) ? value : {})
const variablesOf = (kind: DiffKind, document: Json) => (kind === 'collection' ? document.variable : document.values)
const childrenKey = (kind: DiffKind) => (kind === 'collection' ? ['item', 'variable'] : ['values'])
const moved = (c: { added: unknown[]; removed: unknown[]; changed: unknown[] }) =>
  c.added.length + c.removed.length + c.changed.length

/**
 * What the property and variable diffs read: the document's own fields, managed ones left out. A
 * shallow copy: a collection's items are flatten's to compare, and are never copied whole.
 */
function ownFields(kind: DiffKind, document: unknown): Json {
  const copy = { ...asObject(document) }
  if (kind === 'collection') {
    delete copy.item
    if (isObject(copy.info)) copy.info = { ...copy.info }
  }
  deleteOwnManagedFields(kind, copy)
  return copy
}

/** A document's name: a collection's `info.name`, an environment's `name`. */
export function documentName(kind: DiffKind, document: unknown): string | undefined {
  const holder = kind === 'collection' ? asObject(asObject(document).info) : asObject(document)
  return typeof holder.name === 'string' ? holder.name : undefined
}

/**
 * What writing `backup` over `current` changes (all of it is "added" when `current` is
 * undefined, i.e. a new document). Fields the API manages (IDs, timestamps, owner) are not
 * compared; after a restore, planning again gives `changed: false`.
 */
export function planRestore(kind: DiffKind, backup: unknown, current?: unknown): RestoreDiff {
  const after = ownFields(kind, backup)
  const before = ownFields(kind, current)
  const properties = current === undefined ? [] : diffProperties(after, before, childrenKey(kind))
  const variables = diffVariables(variablesOf(kind, after), variablesOf(kind, before))
  // IDs are matched on the documents as they are; managed fields are gone from `compared` already.
  const items =
    kind === 'collection'
      ? restoreItems(flatten(backup, 'restore'), flatten(current, 'restore'))
      : { requests: emptyCounts<DiffEntry>(), folders: emptyCounts<DiffEntry>() }
  const diff: RestoreDiff = { ...items, variables, properties, changed: false }
  diff.changed =
    current === undefined ||
    moved(diff.requests) + moved(diff.folders) + moved(diff.variables) + diff.properties.length > 0
  return diff
}

/**
 * What changed from `before` to `after`, two versions of one document (parsed JSON), for a
 * changelog: renames and moves reported as such, a folder's children not repeated when it is
 * renamed or moved, examples per request, variables by key. Names only, never values.
 * `before` undefined: everything is added (a new document); `after` undefined: everything removed.
 */
export function diffDocuments(kind: DiffKind, before: unknown, after: unknown): DocumentDiff {
  const now = ownFields(kind, after)
  const then = ownFields(kind, before)
  const items =
    kind === 'collection'
      ? changelogItems(flatten(after, 'changelog'), flatten(before, 'changelog'))
      : {
          requests: emptyItemChanges<ItemEntry>(),
          folders: emptyItemChanges<FolderEntry>(),
          examples: { added: [], removed: [], changed: [], renamed: [], unchanged: 0 }
        }
  const properties =
    before === undefined || after === undefined ? [] : diffProperties(now, then, [...childrenKey(kind), 'name'])
  const oldName = documentName(kind, before)
  const newName = documentName(kind, after)
  const diff: DocumentDiff = {
    kind,
    ...(oldName !== undefined && newName !== undefined && oldName !== newName ? { renamedFrom: oldName } : {}),
    ...items,
    variables: diffVariables(variablesOf(kind, now), variablesOf(kind, then)),
    properties,
    changed: false
  }
  const itemChanges = (c: ItemChanges<ItemEntry>) => moved(c) + c.renamed.length + c.moved.length
  diff.changed =
    diff.renamedFrom !== undefined ||
    itemChanges(diff.requests) +
      itemChanges(diff.folders) +
      moved(diff.examples) +
      diff.examples.renamed.length +
      moved(diff.variables) +
      diff.properties.length >
      0
  return diff
}

/** What a document holds: its requests, folders, examples and variables. */
export function countContents(kind: DiffKind, document: unknown): DocumentTotals {
  const nodes = kind === 'collection' ? flatten(document) : []
  const variables = variablesOf(kind, asObject(document))
  return {
    requests: nodes.filter((n) => n.kind === 'request').length,
    folders: nodes.filter((n) => n.kind === 'folder').length,
    examples: nodes.reduce((sum, n) => sum + n.responses.filter(isObject).length, 0),
    variables: Array.isArray(variables) ? variables.filter(isObject).length : 0
  }
}
