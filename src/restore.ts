// Restore: the way back from a backed-up file to Postman. Load the file (a local path or a file
// in a GitHub repository), validate it like a backup, compare it with what Postman holds now,
// and only with `yes` write it: PUT to replace an existing collection or environment, POST to
// create one in a workspace. Blanked secrets stay blank; the plan counts them.
import { readFile } from 'node:fs/promises'
import {
  assertValidDocument,
  checkChoice,
  createPostmanClient,
  DEFAULTS,
  VALIDATION_MODES,
  type PostmanConnectionOptions
} from './backup.js'
import { CollectionValidationError, GitHubNotFoundError, GitHubApiError, InputError } from './errors.js'
import { gitBlobSha } from './git-blob-sha.js'
import { parseRepository } from './github/names.js'
import { createOctokit, type Octokit } from './github/octokit.js'
import { contextFor, readBlob } from './github/repository.js'
import { statusOf, translateGitHubError } from './github/request-errors.js'
import { silentLogger, type Logger } from './logger.js'
import type { DocumentKind } from './manifest.js'
import { checkPath } from './paths.js'
import type { WrittenDocument } from './postman/client.js'
import { assertWorkspaceExists, referenceKind } from './postman/lookup.js'
import { redactCollection, redactEnvironment, type RedactedField } from './redact.js'
import { detectCollectionVersion, type ValidationMode } from './schema/index.js'
import { isObject, parseJsonText, type Json } from './util/json.js'
import { idFromReference } from './postman/ids.js'

/** Where the backed-up document is: a local file, or a file in a GitHub repository. */
export type RestoreSource = { file: string } | { repository: string; path: string; ref?: string }

export interface LoadBackupOptions {
  /** A ready Octokit; otherwise one is made from githubToken (none: anonymous, public repositories only). */
  octokit?: Octokit
  githubToken?: string
  githubApiUrl?: string
  logger?: Logger
}

export interface RestoreOptions extends LoadBackupOptions, PostmanConnectionOptions {
  source: RestoreSource
  /** ID or UID of the collection (environment) to replace with the backup: PUT. */
  to?: string
  /** Workspace ID to create the collection (environment) in: POST. Exactly one of `to` and `workspace`. */
  workspace?: string
  validation?: ValidationMode
  /** Write only when true; otherwise plan only, with no request that writes. */
  yes?: boolean
}

/** One folder or request in a diff: its path of names, and its ID when it has one. */
export interface DiffEntry {
  path: string[]
  id?: string
  /** When matched by ID under another path: where it is now (renamed or moved). */
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

export interface RestorePlan extends RestoreDiff {
  kind: DocumentKind
  /** `update`: PUT over `target.id`; `create`: POST into `target.workspace`. */
  action: 'update' | 'create'
  /** The backed-up document's name. */
  name: string
  /** Where the backup was read from, e.g. `octo/backups:Postman collections/Orders.postman_collection.json@main`. */
  source: string
  target: { id?: string; name?: string; workspace?: string }
  /** Whether item IDs are sent (same collection: items keep their history) or dropped (a copy: Postman requires it). */
  keepIds: boolean
  /** Secret values that are blank in the backup (redacted) and so will be blank in Postman: pointers and kinds only. */
  redacted: RedactedField[]
  /** Validation warnings and other things worth knowing before writing. */
  warnings: string[]
}

export interface RestoreResult {
  plan: RestorePlan
  /** True when Postman was written to. */
  written: boolean
  /** The collection or environment written (when written). */
  document?: WrittenDocument
  /** Why nothing was written: `not-confirmed` (no `yes`) or `unchanged` (Postman already holds the backup). */
  skipped?: 'not-confirmed' | 'unchanged'
  /** Requests made to the Postman API. */
  postmanRequests: number
}

export interface LoadedBackup {
  document: unknown
  /** Where it came from, for messages. */
  source: string
  bytes: number
}

/** Fields the Postman API sets itself: never compared, never sent. */
const MANAGED_INFO_FIELDS = ['_postman_id', 'uid', 'createdAt', 'updatedAt', 'lastUpdatedBy']
const MANAGED_ITEM_FIELDS = ['id', 'uid', 'createdAt', 'updatedAt', 'lastUpdatedBy']
const MANAGED_ENVIRONMENT_FIELDS = [
  'id',
  'uid',
  'owner',
  'createdAt',
  'updatedAt',
  'isPublic',
  '_postman_exported_at',
  '_postman_exported_using',
  '_postman_variable_scope'
]
/** Above this size a collection is replaced asynchronously, so a slow update cannot time out and be sent twice. */
const ASYNC_UPDATE_BYTES = 5 * 1024 * 1024

// ---- loading ----

/** Reads the backed-up document from a local file or a GitHub repository (files over 1 MB included). */
export async function loadBackup(source: RestoreSource, options: LoadBackupOptions = {}): Promise<LoadedBackup> {
  if ('file' in source) {
    const bytes = await readFile(source.file).catch((error: NodeJS.ErrnoException) => {
      throw new InputError('file', `${source.file} cannot be read (${error.code ?? error.message}).`)
    })
    return { document: parseJson(bytes, source.file), source: source.file, bytes: bytes.length }
  }
  const { owner, repo } = parseRepository(source.repository)
  const path = source.path.trim().replace(/^\/+/, '')
  if (path === '') throw new InputError('path', 'is empty. Give the repository path of the backed-up file.')
  checkPath(path, 'path')
  const ref = source.ref?.trim() || undefined
  const label = `${owner}/${repo}:${path}${ref ? `@${ref}` : ''}`
  const octokit =
    options.octokit ??
    createOctokit({
      token: options.githubToken ?? '',
      baseUrl: options.githubApiUrl || DEFAULTS.githubApiUrl,
      logger: options.logger
    })
  const bytes = await readRepositoryFile(octokit, { owner, repo, path, ref }, label)
  return { document: parseJson(bytes, label), source: label, bytes: bytes.length }
}

/**
 * GET contents with the object media type (file metadata and, up to 1 MB, its bytes; up to
 * 100 MB otherwise), then the blob for larger files. Bytes are checked against the blob SHA.
 */
async function readRepositoryFile(
  octokit: Octokit,
  file: { owner: string; repo: string; path: string; ref?: string },
  label: string
): Promise<Buffer> {
  const { owner, repo, path, ref } = file
  const context = contextFor(octokit, owner, repo)
  let data: { type?: string; sha?: string; encoding?: string; content?: string; size?: number }
  try {
    const answer = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path,
      ...(ref ? { ref } : {}),
      mediaType: { format: 'object' }
    })
    data = (Array.isArray(answer.data) ? { type: 'dir' } : answer.data) as typeof data
  } catch (error) {
    if (statusOf(error) === 404) {
      throw new GitHubNotFoundError(
        `${path} does not exist in ${owner}/${repo} ${ref ? `at ${ref}` : 'on the default branch'} (or the token cannot see the repository). Check path${ref ? ' and ref' : ''}; paths are case-sensitive.`
      )
    }
    throw translateGitHubError(error, context(`reading ${label}`))
  }
  if (data.type !== 'file' || !data.sha)
    throw new InputError(
      'path',
      `${label} is a ${data.type === 'dir' ? 'folder' : (data.type ?? 'thing')}, not a file.`
    )
  if (data.encoding === 'base64' && (data.content !== '' || data.size === 0)) {
    const bytes = Buffer.from(data.content ?? '', 'base64')
    if (gitBlobSha(bytes) !== data.sha)
      throw new GitHubApiError(
        `GitHub answered ${label} with other bytes than its blob ${data.sha}; try again.`,
        undefined
      )
    return bytes
  }
  // Over 1 MB the contents API leaves the bytes out: read (and verify) the blob.
  return readBlob(octokit, { owner, repo, sha: data.sha, what: label, action: `reading ${label}` }, context)
}

function parseJson(bytes: Buffer, label: string): unknown {
  const text = bytes.toString('utf8')
  try {
    return parseJsonText(text)
  } catch (error) {
    throw new CollectionValidationError(`${label} is not JSON (${(error as Error).message}); nothing was written.`, [
      { pointer: '', message: 'must be JSON' }
    ])
  }
}

// ---- what the document is ----

/**
 * Collection or environment, by shape; unwraps the Postman API's `{collection: …}` and
 * `{environment: …}` envelopes. Undefined when it is neither.
 */
export function detectKind(document: unknown): { kind: DocumentKind; document: Json } | undefined {
  if (!isObject(document)) return undefined
  if (isObject(document.collection) && Object.keys(document).length === 1) return detectKind(document.collection)
  if (isObject(document.environment) && Object.keys(document).length === 1) return detectKind(document.environment)
  if (isObject(document.info) || Array.isArray(document.item)) return { kind: 'collection', document }
  if (Array.isArray(document.values) || (typeof document.name === 'string' && !('info' in document)))
    return { kind: 'environment', document }
  return undefined
}

/** A copy without the fields the Postman API manages (IDs, timestamps, owner): what a restore compares. */
export function withoutManagedFields<T>(kind: DocumentKind, document: T): T {
  const copy = structuredClone(document) as unknown
  if (!isObject(copy)) return copy as T
  if (kind === 'environment') {
    for (const field of MANAGED_ENVIRONMENT_FIELDS) delete copy[field]
    return copy as T
  }
  if (isObject(copy.info)) for (const field of MANAGED_INFO_FIELDS) delete copy.info[field]
  forEachItem(copy, (item) => stripItem(item, true))
  return copy as T
}

function stripItem(item: Json, ids: boolean): void {
  for (const field of MANAGED_ITEM_FIELDS) if (ids || field !== 'id') delete item[field]
  if (Array.isArray(item.response)) {
    for (const response of item.response)
      if (isObject(response)) for (const field of MANAGED_ITEM_FIELDS) if (ids || field !== 'id') delete response[field]
  }
}

function forEachItem(node: Json, visit: (item: Json, path: string[]) => void, path: string[] = []): void {
  if (!Array.isArray(node.item)) return
  for (const item of node.item) {
    if (!isObject(item)) continue
    const itemPath = [...path, typeof item.name === 'string' ? item.name : '']
    visit(item, itemPath)
    forEachItem(item, visit, itemPath)
  }
}

/**
 * Secret values blank in a document: the places redaction blanks (secret variables, auth
 * credential fields) that hold ''. Found with redactCollection/redactEnvironment themselves, so
 * the two always agree on what a secret is: mark every '' and see which marks get blanked.
 */
export function blankSecrets(kind: DocumentKind, document: unknown): RedactedField[] {
  const MARK = '\u0000blank\u0000'
  const marked = JSON.parse(JSON.stringify(document), (_key, value: unknown) =>
    value === '' ? MARK : value
  ) as unknown
  const { redacted } = kind === 'collection' ? redactCollection(marked) : redactEnvironment(marked)
  return redacted.filter((field) => valueAt(document, field.pointer) === '')
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~')
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined
  }
  return node
}

// ---- the diff ----

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

interface Node {
  kind: 'folder' | 'request'
  id?: string
  path: string[]
  /** Kind, path and occurrence: how items without a shared ID are matched. */
  key: string
  /** The item's own content (children and managed fields left out). */
  content: string
}

function flatten(document: Json): Node[] {
  const nodes: Node[] = []
  const seen = new Map<string, number>()
  forEachItem(document, (item, path) => {
    const kind = Array.isArray(item.item) ? 'folder' : 'request'
    const base = `${kind}\u0000${path.join('\u0000')}`
    const occurrence = seen.get(base) ?? 0
    seen.set(base, occurrence + 1)
    // Shallow copies: the documents compared must not change.
    const unmanaged = (o: Json) =>
      Object.fromEntries(Object.entries(o).filter(([k]) => !MANAGED_ITEM_FIELDS.includes(k)))
    const own = unmanaged(item)
    delete own.item
    if (Array.isArray(own.response)) own.response = own.response.map((r) => (isObject(r) ? unmanaged(r) : r))
    nodes.push({
      kind,
      id: typeof item.id === 'string' ? item.id : undefined,
      path,
      key: `${base}#${occurrence}`,
      content: canonical(own)
    })
  })
  return nodes
}

function emptyCounts<T>(): DiffCounts<T> {
  return { added: [], removed: [], changed: [], unchanged: 0 }
}

/** Matches items by `id` when both sides have it, else by path of names; then compares content. */
function diffItems(backup: Node[], current: Node[]): Pick<RestoreDiff, 'requests' | 'folders'> {
  const out = { requests: emptyCounts<DiffEntry>(), folders: emptyCounts<DiffEntry>() }
  const counts = (kind: Node['kind']) => (kind === 'folder' ? out.folders : out.requests)
  const entry = (node: Node): DiffEntry => ({ path: node.path, ...(node.id ? { id: node.id } : {}) })
  const byId = new Map(current.filter((n) => n.id).map((n) => [`${n.kind}\u0000${n.id}`, n]))
  const byKey = new Map(current.map((n) => [n.key, n]))
  const used = new Set<Node>()
  const pairs: Array<[Node, Node | undefined]> = backup.map((node) => {
    const hit = node.id ? byId.get(`${node.kind}\u0000${node.id}`) : undefined
    if (hit && !used.has(hit)) {
      used.add(hit)
      return [node, hit]
    }
    return [node, undefined]
  })
  for (const pair of pairs) {
    if (pair[1]) continue
    const hit = byKey.get(pair[0].key)
    if (hit && !used.has(hit)) {
      used.add(hit)
      pair[1] = hit
    }
  }
  for (const [node, match] of pairs) {
    const bucket = counts(node.kind)
    if (!match) bucket.added.push(entry(node))
    else if (match.key !== node.key && match.path.join('\u0000') !== node.path.join('\u0000'))
      bucket.changed.push({ ...entry(node), from: match.path })
    else if (match.content !== node.content) bucket.changed.push(entry(node))
    else bucket.unchanged++
  }
  for (const node of current) if (!used.has(node)) counts(node.kind).removed.push(entry(node))
  return out
}

function diffVariables(backup: unknown, current: unknown): DiffCounts<string> {
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
  const before = keyed(current)
  const after = keyed(backup)
  for (const [key, value] of after) {
    if (!before.has(key)) out.added.push(key)
    else if (before.get(key) !== value) out.changed.push(key)
    else out.unchanged++
  }
  for (const key of before.keys()) if (!after.has(key)) out.removed.push(key)
  return out
}

function diffProperties(backup: Json, current: Json, skip: string[]): string[] {
  const changed: string[] = []
  for (const key of [...new Set([...Object.keys(backup), ...Object.keys(current)])].sort()) {
    if (skip.includes(key)) continue
    if (key === 'info' && isObject(backup.info) && isObject(current.info)) {
      for (const field of [...new Set([...Object.keys(backup.info), ...Object.keys(current.info)])].sort()) {
        if (canonical(backup.info[field]) !== canonical(current.info[field]))
          changed.push(field === 'name' || field === 'description' ? field : `info.${field}`)
      }
    } else if (canonical(backup[key]) !== canonical(current[key])) changed.push(key)
  }
  return changed
}

/**
 * What writing `backup` over `current` changes (all of it is "added" when `current` is
 * undefined, i.e. a new document). Fields the API manages (IDs, timestamps, owner) are not
 * compared; after a restore, planning again gives `changed: false`.
 */
export function planRestore(kind: DocumentKind, backup: unknown, current?: unknown): RestoreDiff {
  const after = withoutManagedFields(kind, isObject(backup) ? backup : {})
  const before = withoutManagedFields(kind, isObject(current) ? current : {})
  let diff: RestoreDiff
  if (kind === 'collection') {
    // IDs are matched on the documents as they are; managed fields are gone from `content` already.
    const items = diffItems(flatten(isObject(backup) ? backup : {}), flatten(isObject(current) ? current : {}))
    const properties = current === undefined ? [] : diffProperties(after, before, ['item', 'variable'])
    diff = { ...items, variables: diffVariables(after.variable, before.variable), properties, changed: false }
  } else {
    const properties = current === undefined ? [] : diffProperties(after, before, ['values'])
    diff = {
      requests: emptyCounts(),
      folders: emptyCounts(),
      variables: diffVariables(after.values, before.values),
      properties,
      changed: false
    }
  }
  const moved = (c: DiffCounts<unknown>) => c.added.length + c.removed.length + c.changed.length
  diff.changed =
    current === undefined ||
    moved(diff.requests) + moved(diff.folders) + moved(diff.variables) + diff.properties.length > 0
  return diff
}

// ---- the request body ----

/**
 * The body to send. A collection keeps its item IDs only when it goes back over itself (items
 * keep their history); written over another collection, or created anew, every ID is dropped:
 * Postman refuses IDs that belong to another collection or already exist.
 */
export function restorePayload(kind: DocumentKind, document: Json, keepIds: { targetId: string } | false): Json {
  if (kind === 'environment') {
    return { name: document.name, values: Array.isArray(document.values) ? structuredClone(document.values) : [] }
  }
  const payload = structuredClone(document)
  const info: Json = isObject(payload.info) ? payload.info : {}
  for (const field of MANAGED_INFO_FIELDS) delete info[field]
  if (keepIds) info._postman_id = keepIds.targetId
  payload.info = info
  forEachItem(payload, (item) => stripItem(item, !keepIds))
  return payload
}

// ---- the use case ----

/** Restores a backed-up collection or environment (whichever the file holds). */
export function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  return restoreDocument(options, undefined)
}

/** Restores a backed-up collection; refuses a file that holds an environment. */
export function restoreCollection(options: RestoreOptions): Promise<RestoreResult> {
  return restoreDocument(options, 'collection')
}

/** Restores a backed-up environment; refuses a file that holds a collection. */
export function restoreEnvironment(options: RestoreOptions): Promise<RestoreResult> {
  return restoreDocument(options, 'environment')
}

function checkTarget(options: RestoreOptions): { to?: string; workspace?: string } {
  const to = options.to?.trim() || undefined
  const workspace = options.workspace?.trim() || undefined
  if (to && workspace)
    throw new InputError(
      'to',
      'and workspace are both set. Give to (the ID to replace) or workspace (to create a new one), not both.'
    )
  if (!to && !workspace)
    throw new InputError(
      'to',
      'is empty. Give the ID of the collection or environment to replace, or a workspace ID to create it in.'
    )
  if (to && referenceKind(to) === 'name')
    throw new InputError(
      'to',
      `"${to}" is not an ID or UID. Restore writes only to an ID (postman-backup list shows them).`
    )
  return { to, workspace }
}

async function restoreDocument(options: RestoreOptions, expected: DocumentKind | undefined): Promise<RestoreResult> {
  // Every option is checked before the first request.
  const logger = options.logger ?? silentLogger
  const { to, workspace } = checkTarget(options)
  const validation = checkChoice(options.validation ?? DEFAULTS.validation, VALIDATION_MODES, 'validation')
  const client = createPostmanClient(options, logger)

  const loaded = await loadBackup(options.source, options)
  const detected = detectKind(loaded.document)
  if (!detected) {
    throw new CollectionValidationError(
      `${loaded.source} holds neither a Postman collection nor an environment; nothing was written.`,
      [{ pointer: '', message: 'must be a collection ({info, item}) or an environment ({name, values})' }]
    )
  }
  const { kind, document } = detected
  if (expected && kind !== expected) {
    throw new CollectionValidationError(
      `${loaded.source} holds a Postman ${kind}, not a ${expected}; nothing was written.`,
      [{ pointer: '', message: `must be a ${expected}` }]
    )
  }
  const warnings = assertValidDocument(kind, document, validation, loaded.source, logger).map(
    (w) => `${w.pointer}: ${w.message}`
  )
  if (kind === 'collection' && detectCollectionVersion(document) === '2.0.0') {
    warnings.push(
      "The backup is Collection Format v2.0.0; Postman's API documents v2.1.0 only. If Postman refuses it, import the file in the Postman app."
    )
  }
  const name = String((kind === 'collection' ? (document.info as Json | undefined)?.name : document.name) ?? '')

  let current: Json | undefined
  let target: RestorePlan['target']
  let keepIds = false
  if (to) {
    current = kind === 'collection' ? await client.getCollection(to) : await client.getEnvironment(to)
    const info = (kind === 'collection' ? current.info : current) as Json | undefined
    const id = String((kind === 'collection' ? info?._postman_id : info?.id) ?? idFromReference(to))
    target = { id, name: String(info?.name ?? '') }
    const backupId = kind === 'collection' ? (document.info as Json | undefined)?._postman_id : undefined
    keepIds = kind === 'collection' && backupId === id
  } else {
    await assertWorkspaceExists(client, workspace as string)
    target = { workspace }
    const listed =
      kind === 'collection' ? await client.listCollections(workspace) : await client.listEnvironments(workspace)
    const namesakes = listed.filter((d) => d.name === name)
    if (namesakes.length > 0) {
      warnings.push(
        `Workspace ${workspace} already has a ${kind} named "${name}" (${namesakes.map((d) => d.id).join(', ')}); this creates another one. To replace it, restore to its ID instead.`
      )
    }
  }

  const redacted = blankSecrets(kind, document)
  const plan: RestorePlan = {
    kind,
    action: to ? 'update' : 'create',
    name,
    source: loaded.source,
    target,
    keepIds,
    ...planRestore(kind, document, current),
    redacted,
    warnings
  }
  const requests = () => client.calls.length
  if (!options.yes) {
    logger.info(`Plan only: nothing written to Postman.`)
    return { plan, written: false, skipped: 'not-confirmed', postmanRequests: requests() }
  }
  if (!plan.changed) {
    logger.info(`Postman's ${kind} ${target.id} already equals the backup; nothing written.`)
    return { plan, written: false, skipped: 'unchanged', postmanRequests: requests() }
  }

  const payload = restorePayload(kind, document, keepIds ? { targetId: target.id as string } : false)
  let written: WrittenDocument
  if (kind === 'collection') {
    written = to
      ? await client.updateCollection(target.id as string, payload, {
          async: Buffer.byteLength(JSON.stringify(payload)) > ASYNC_UPDATE_BYTES
        })
      : await client.createCollection(payload, workspace)
  } else {
    const environment = payload as { name: string; values: unknown[] }
    written = to
      ? await client.updateEnvironment(target.id as string, environment)
      : await client.createEnvironment(environment, workspace)
  }
  logger.info(`${to ? 'Replaced' : 'Created'} ${kind} "${written.name}" (${written.id}) from ${loaded.source}.`)
  return { plan, written: true, document: written, postmanRequests: requests() }
}

/** The sentence every front end shows about blank secrets. */
export function redactedNote(count: number): string {
  return `${count} redacted value${count === 1 ? '' : 's'} stay${count === 1 ? 's' : ''} blank; set ${count === 1 ? 'it' : 'them'} in Postman.`
}

// ---- reporting ----

const SHOWN_ENTRIES = 20

function entryLines(counts: DiffCounts<DiffEntry>): string[] {
  const show = (sign: string, list: DiffEntry[]) =>
    list
      .slice(0, SHOWN_ENTRIES)
      .map((e) => `  ${sign} ${e.path.join(' / ')}${e.from ? `  (was ${e.from.join(' / ')})` : ''}`)
      .concat(list.length > SHOWN_ENTRIES ? [`    … and ${list.length - SHOWN_ENTRIES} more`] : [])
  return [...show('+', counts.added), ...show('-', counts.removed), ...show('~', counts.changed)]
}

const countLine = (label: string, c: DiffCounts<unknown>) =>
  `${label.padEnd(11)}${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed, ${c.unchanged} unchanged`

/** The plan and what was done, as lines for a terminal or a log; `howToApply` says how to write ("run again with --yes to apply"). */
export function describeRestore(result: RestoreResult, howToApply: string): string[] {
  const { plan } = result
  const lines = [`Restore ${plan.kind} "${plan.name}" from ${plan.source}`]
  lines.push(
    plan.action === 'update'
      ? `  over ${plan.kind} "${plan.target.name}" (${plan.target.id}) in Postman`
      : `  as a new ${plan.kind} in workspace ${plan.target.workspace}`
  )
  if (!plan.keepIds && plan.action === 'update' && plan.kind === 'collection')
    lines.push('  (the backup is of another collection: its items are recreated with new IDs)')
  if (plan.kind === 'collection') {
    lines.push(countLine('Requests:', plan.requests), ...entryLines(plan.requests))
    lines.push(countLine('Folders:', plan.folders), ...entryLines(plan.folders))
  }
  const v = plan.variables
  lines.push(countLine('Variables:', v))
  for (const [sign, list] of [
    ['+', v.added],
    ['-', v.removed],
    ['~', v.changed]
  ] as const)
    if (list.length) lines.push(`  ${sign} ${list.join(', ')}`)
  if (plan.properties.length) lines.push(`Also changes: ${plan.properties.join(', ')}`)
  if (plan.redacted.length) lines.push(redactedNote(plan.redacted.length))
  for (const warning of plan.warnings) lines.push(`warning: ${warning}`)
  if (result.written && result.document) {
    const { id, name } = result.document
    lines.push(
      plan.action === 'update'
        ? `Replaced ${plan.kind} "${name}" (${id}) in Postman.`
        : `Created ${plan.kind} "${name}" (${id}) in workspace ${plan.target.workspace}.`
    )
  } else if (result.skipped === 'unchanged' || !plan.changed) {
    lines.push(`Postman's ${plan.kind} already equals the backup; nothing to restore.`)
  } else {
    lines.push(`Nothing written: ${howToApply}.`)
  }
  return lines
}
