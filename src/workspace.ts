import pLimit from 'p-limit'
import { DEFAULTS, prepareBackup, prepareDocument, type CommonBackupOptions } from './backup.js'
import { CollectionValidationError, InputError, PostmanNotFoundError } from './errors.js'
import { gitBlobSha } from './git-blob-sha.js'
import { blobUrl } from './github/names.js'
import type { Octokit } from './github/octokit.js'
import { TreeWriter, type TreeSnapshot } from './github/tree-writer.js'
import {
  emptyManifest,
  findEntry,
  MANIFEST_NAME,
  parseManifest,
  serializeManifest,
  type DocumentKind,
  type Manifest,
  type ManifestEntry
} from './manifest.js'
import { checkFileNameTemplate, joinRepoPath, renderFileName, renderText, sanitizeNamePart } from './paths.js'
import type { PostmanClient } from './postman/client.js'
import { assertWorkspaceExists, pickByName, referenceKind } from './postman/lookup.js'
import type { ValidationIssue } from './schema/index.js'
import { idFromReference } from './postman/ids.js'

export interface BackupWorkspaceOptions extends CommonBackupOptions {
  /** Collections by name, ID or UID; `*` for every collection visible to the key (in `workspace` when given). */
  collections?: string[]
  /** Environments, likewise. */
  environments?: string[]
  /** Names or glob patterns (`*`, `?`) of documents to skip; IDs work too. */
  exclude?: string[]
  /** File name template for environments: {name}, {id}, {uid}. */
  environmentFilename?: string
  /** Parallel Postman fetches (default 4). */
  concurrency?: number
  /** Remove files (recorded in the manifest) of documents that no longer exist in Postman. */
  prune?: boolean
  /** Fetch every document, not only those changed since the last backup. */
  full?: boolean
  /** Where the files go; a TreeWriter on `repository` when omitted (e.g. a LocalDirectoryWriter instead). */
  writer?: BackupWriter
  /** Called as each document is ready (fetched, or found unchanged). */
  onProgress?: (progress: { done: number; total: number; kind: DocumentKind; name: string; fetched: boolean }) => void
}

/** What backupWorkspace needs of a writer: TreeWriter (GitHub) or a local folder. */
export type BackupWriter = Pick<TreeWriter, 'readBranch' | 'readFile' | 'commitFiles'> & {
  /** Link to a written file; a GitHub blob link when the writer has none of its own. */
  fileUrl?(snapshot: TreeSnapshot, path: string): string
}

export interface FileReport {
  kind: DocumentKind
  id: string
  uid: string
  name: string
  /** Repository path. */
  path: string
  /** Link to the file on the branch. */
  url: string
  changed: boolean
  /** Fields blanked by redaction. */
  redacted: number
  /** False when the document was not fetched because Postman reports it unchanged since the last backup. */
  fetched: boolean
}

export interface WorkspaceBackupResult {
  changed: boolean
  dryRun: boolean
  repository: string
  branch: string
  commitSha?: string
  commitUrl?: string
  files: FileReport[]
  /** Repository paths removed (renamed documents, and pruned ones). */
  deleted: string[]
  collections: number
  environments: number
  changedFiles: number
  warnings: Array<ValidationIssue & { path: string }>
  /** GET requests made to the Postman API. */
  postmanRequests: number
}

/** A document chosen for backup, as the list endpoint (or a direct fetch) describes it. */
interface Selected {
  kind: DocumentKind
  id: string
  uid: string
  name: string
  updatedAt?: string
  /** Fetched already (an ID that the list did not show). */
  document?: Record<string, unknown>
}

interface Listed {
  id: string
  uid: string
  name: string
  updatedAt?: string
}

// Exclude patterns match whole names, not paths, so `*` may cross "/": a glob library's path
// semantics would be wrong here.
function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${source}$`, 'i')
}

export function isExcluded(
  doc: { id: string; uid: string; name: string },
  patterns: RegExp[],
  exact: Set<string>
): boolean {
  return exact.has(doc.id) || exact.has(doc.uid) || exact.has(doc.name) || patterns.some((p) => p.test(doc.name))
}

async function listKind(client: PostmanClient, kind: DocumentKind, workspace: string | undefined): Promise<Listed[]> {
  const listed =
    kind === 'collection' ? await client.listCollections(workspace) : await client.listEnvironments(workspace)
  return listed.map((d) => ({ id: d.id, uid: d.uid, name: d.name, updatedAt: d.updatedAt }))
}

async function fetchDocument(
  client: PostmanClient,
  kind: DocumentKind,
  idOrUid: string
): Promise<Record<string, unknown>> {
  return kind === 'collection' ? client.getCollection(idOrUid) : client.getEnvironment(idOrUid)
}

/** Resolves references of one kind against one list call; IDs the list lacks are fetched directly. */
async function selectKind(
  client: PostmanClient,
  kind: DocumentKind,
  references: string[],
  workspace: string | undefined
): Promise<{ selected: Selected[]; listed: Listed[] | undefined }> {
  if (references.length === 0) return { selected: [], listed: undefined }
  const listed = await listKind(client, kind, workspace)
  const byId = new Map<string, Selected>()
  const add = (doc: Selected) => {
    if (!byId.has(doc.id)) byId.set(doc.id, doc)
  }
  for (const reference of references) {
    if (reference === '*') {
      if (listed.length === 0 && workspace) await assertWorkspaceExists(client, workspace)
      for (const doc of listed) add({ kind, ...doc })
      continue
    }
    if (referenceKind(reference) !== 'name') {
      const hit = listed.find((d) => d.id === reference || d.uid === reference)
      if (hit) {
        add({ kind, ...hit })
        continue
      }
      // Not in this list (another workspace, say): fetch it directly.
      const document = await fetchDocument(client, kind, reference).catch((error: unknown) => {
        if (error instanceof PostmanNotFoundError) {
          throw new PostmanNotFoundError(`No ${kind} with ID "${reference}" is visible to this Postman API key.`, {
            cause: error
          })
        }
        throw error
      })
      const info = (kind === 'collection' ? document.info : document) as Record<string, unknown>
      const id = String((kind === 'collection' ? info?._postman_id : info?.id) ?? idFromReference(reference))
      add({ kind, id, uid: String(info?.uid ?? reference), name: String(info?.name ?? id), document })
      continue
    }
    add({ kind, ...(await pickByName(client, reference, listed, { kind, workspace })) })
  }
  return { selected: [...byId.values()], listed }
}

/**
 * Gives each document its repository path. Documents whose paths collide (the same name, or
 * names equal but for case, which break checkouts on macOS and Windows) all get a short ID
 * suffix, so the result does not depend on the order Postman lists them in.
 */
function assignPaths(
  docs: Selected[],
  directory: string,
  templates: Record<DocumentKind, string>
): Map<Selected, string> {
  const render = (doc: Selected, name: string) =>
    joinRepoPath(
      directory,
      renderFileName(
        templates[doc.kind],
        { name, id: doc.id, uid: doc.uid },
        doc.kind === 'collection' ? 'filename' : 'environment-filename'
      )
    )
  const first = new Map(docs.map((doc) => [doc, render(doc, doc.name)]))
  const groups = new Map<string, Selected[]>()
  for (const [doc, path] of first) groups.set(path.toLowerCase(), [...(groups.get(path.toLowerCase()) ?? []), doc])
  const paths = new Map<Selected, string>()
  for (const [doc, path] of first) {
    const clash = (groups.get(path.toLowerCase()) ?? []).length > 1
    paths.set(doc, clash ? render(doc, `${sanitizeNamePart(doc.name)} (${doc.id.slice(0, 8)})`) : path)
  }
  const seen = new Map<string, Selected>()
  for (const [doc, path] of paths) {
    const other = seen.get(path.toLowerCase())
    if (other) {
      throw new InputError(
        doc.kind === 'collection' ? 'filename' : 'environment-filename',
        `"${other.name}" and "${doc.name}" would both be written to ${path}. Include {id} in the file name template.`
      )
    }
    seen.set(path.toLowerCase(), doc)
  }
  return paths
}

function commitMessage(template: string, changed: FileReport[], removed: number): string {
  const named = changed.length === 1 ? changed[0] : undefined
  const counts = (['collection', 'environment'] as const)
    .map((kind) => {
      const n = changed.filter((f) => f.kind === kind).length
      return n ? `${n} ${kind}${n === 1 ? '' : 's'}` : ''
    })
    .filter(Boolean)
  const name = named ? named.name : counts.join(' and ') || `${removed} removed file${removed === 1 ? '' : 's'}`
  const subject = renderText(template, { name, id: named?.id ?? '', uid: named?.uid ?? '' }, 'commit-message')
  if (changed.length + removed <= 1) return subject
  return `${subject}\n\n${changed.map((f) => `- ${f.path}`).join('\n')}${removed ? `\n- ${removed} file(s) removed` : ''}\n`
}

/** Whether the manifest records a later `updatedAt` for the document than this run's list. */
function isNewer(entry: ManifestEntry, doc: Selected): boolean {
  const recorded = Date.parse(String(entry.updatedAt))
  const listed = Date.parse(String(doc.updatedAt))
  return Number.isFinite(recorded) && Number.isFinite(listed) && recorded > listed
}

/**
 * Whether Postman no longer has a document the manifest records. Not being in this run's list
 * is not enough (it may live in another workspace), so ask for it directly.
 */
async function isGone(client: PostmanClient, entry: ManifestEntry): Promise<boolean> {
  try {
    await fetchDocument(client, entry.kind, entry.uid || entry.id)
    return false
  } catch (error) {
    if (error instanceof PostmanNotFoundError) return true
    throw error
  }
}

function checkConcurrency(value: number | undefined): number {
  const concurrency = value ?? DEFAULTS.concurrency
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new InputError('concurrency', `"${value}" is not a whole number from 1 to 32.`)
  }
  return concurrency
}

/** References as given, trimmed, without blanks and repeats. */
export function cleanReferences(references: string[] | undefined): string[] {
  return [...new Set((references ?? []).map((r) => r.trim()).filter((r) => r !== ''))]
}

/**
 * Backs up many collections and environments in one commit through the Git Data API:
 * incremental (only documents Postman reports changed since the last backup are fetched),
 * all-or-nothing (every document is validated before anything is written), with secrets
 * redacted and a manifest that lets renamed documents move instead of duplicating.
 */
export async function backupWorkspace(options: BackupWorkspaceOptions): Promise<WorkspaceBackupResult> {
  const prepared = prepareBackup(options, { github: options.writer === undefined })
  const { owner, repo, directory, client, logger, workspace } = prepared
  const environmentTemplate = options.environmentFilename ?? DEFAULTS.environmentFilename
  checkFileNameTemplate(environmentTemplate, 'environment-filename')
  const concurrency = checkConcurrency(options.concurrency)
  const collectionRefs = cleanReferences(options.collections)
  const environmentRefs = cleanReferences(options.environments)
  if (collectionRefs.length === 0 && environmentRefs.length === 0) {
    throw new InputError('collection', 'and environment are both empty. Name what to back up, or use * for everything.')
  }
  const excludeList = cleanReferences(options.exclude)
  const excludePatterns = excludeList.filter((p) => /[*?]/.test(p)).map(globToRegExp)
  const excludeExact = new Set(excludeList.filter((p) => !/[*?]/.test(p)))
  const templates: Record<DocumentKind, string> = {
    collection: prepared.filenameTemplate,
    environment: environmentTemplate
  }
  const manifestPath = joinRepoPath(directory, MANIFEST_NAME)

  // 1. What to back up: one list call per kind.
  logger.info(
    `Listing Postman ${[collectionRefs.length ? 'collections' : '', environmentRefs.length ? 'environments' : ''].filter(Boolean).join(' and ')}${workspace ? ` in workspace ${workspace}` : ''}.`
  )
  const kinds = await Promise.all([
    selectKind(client, 'collection', collectionRefs, workspace),
    selectKind(client, 'environment', environmentRefs, workspace)
  ])
  const selected = kinds.flatMap((k) => k.selected).filter((doc) => !isExcluded(doc, excludePatterns, excludeExact))
  const listedIds = new Set(kinds.flatMap((k) => (k.listed ?? []).map((d) => d.id)))
  const listedKinds = new Set((['collection', 'environment'] as const).filter((_, i) => kinds[i].listed !== undefined))
  const paths = assignPaths(selected, directory, templates)

  // 2. What the branch holds: its tree and our manifest.
  const writer: BackupWriter = options.writer ?? new TreeWriter(prepared.octokit as Octokit, { logger })
  const snapshot = await writer.readBranch({
    owner,
    repo,
    branch: prepared.branch,
    createBranch: options.createBranch,
    dryRun: options.dryRun
  })
  const manifest = snapshot.files.has(manifestPath)
    ? parseManifest(await writer.readFile(snapshot, manifestPath), logger)
    : emptyManifest()

  // 3. Fetch only what changed since the last backup (or everything with `full`).
  const relative = (path: string) => (directory ? path.slice(directory.length + 1) : path)
  const isCurrent = (doc: Selected, path: string, entry: ManifestEntry | undefined): boolean =>
    !options.full &&
    entry !== undefined &&
    doc.updatedAt !== undefined &&
    entry.updatedAt === doc.updatedAt &&
    entry.redact === prepared.redact &&
    entry.name === doc.name &&
    snapshot.files.get(path) === entry.sha
  const limit = pLimit(concurrency)
  let done = 0
  const progress = (doc: Selected, fetched: boolean) =>
    options.onProgress?.({ done: ++done, total: selected.length, kind: doc.kind, name: doc.name, fetched })
  const failures: CollectionValidationError[] = []
  const warnings: WorkspaceBackupResult['warnings'] = []
  const outcomes = await Promise.all(
    selected.map((doc) =>
      limit(async () => {
        const path = paths.get(doc) as string
        const previous = findEntry(manifest, doc.kind, doc.id)
        if (previous && isCurrent(doc, path, previous.entry) && previous.path === relative(path)) {
          progress(doc, false)
          return { doc, path, fetched: false, entry: previous.entry, content: undefined as string | undefined }
        }
        if (
          previous &&
          isNewer(previous.entry, doc) &&
          snapshot.files.get(joinRepoPath(directory, previous.path)) === previous.entry.sha
        ) {
          // An overlapping run that listed later already stored a newer version: never undo it.
          logger.warn(
            `The branch holds a newer version of ${doc.kind} "${doc.name}" (updated ${previous.entry.updatedAt}) than Postman listed to this run (${doc.updatedAt}); keeping it.`
          )
          progress(doc, false)
          return {
            doc,
            path: joinRepoPath(directory, previous.path),
            fetched: false,
            entry: previous.entry,
            content: undefined as string | undefined
          }
        }
        let document = doc.document
        if (!document) {
          try {
            document = await fetchDocument(client, doc.kind, doc.uid || doc.id)
          } catch (error) {
            // Deleted in Postman between the list and the fetch: nothing to back up any more.
            if (!(error instanceof PostmanNotFoundError)) throw error
            logger.warn(
              `${doc.kind === 'collection' ? 'Collection' : 'Environment'} "${doc.name}" (${doc.id}) was listed but is gone now; skipped.`
            )
            progress(doc, false)
            return null
          }
        }
        const label = `${doc.kind === 'collection' ? 'Collection' : 'Environment'} "${doc.name}" (${doc.id})`
        try {
          const prepared2 = prepareDocument(doc.kind, document, prepared, label, logger)
          warnings.push(...prepared2.warnings.map((w) => ({ ...w, path })))
          const entry: ManifestEntry = {
            kind: doc.kind,
            id: doc.id,
            uid: doc.uid,
            name: doc.name,
            updatedAt: doc.updatedAt,
            sha: gitBlobSha(prepared2.content),
            redact: prepared.redact,
            redacted: prepared2.redacted.length
          }
          progress(doc, true)
          return { doc, path, fetched: true, entry, content: prepared2.content }
        } catch (error) {
          if (!(error instanceof CollectionValidationError)) throw error
          failures.push(error)
          return undefined
        }
      })
    )
  )
  if (failures.length > 0) {
    throw new CollectionValidationError(
      `${failures.length} of ${selected.length} documents failed validation, so nothing was written (all or nothing). ${failures.map((f) => f.message).join(' ')}`,
      failures.flatMap((f) => f.issues)
    )
  }
  const ready = outcomes.filter((o): o is NonNullable<typeof o> => o !== undefined && o !== null)

  // 4. The new manifest: entries of this run, plus those of documents not selected this time
  // (kept unless pruned because Postman no longer has them).
  const next: Manifest = emptyManifest()
  const deletions = new Set<string>()
  const claimed = new Set(ready.map((o) => o.path))
  for (const o of ready) next.files[relative(o.path)] = o.entry
  for (const [rel, entry] of Object.entries(manifest.files)) {
    const full = joinRepoPath(directory, rel)
    const moved = ready.some((o) => o.doc.kind === entry.kind && o.doc.id === entry.id)
    const gone =
      options.prune && listedKinds.has(entry.kind) && !listedIds.has(entry.id) && (await isGone(client, entry))
    if (moved || gone) {
      if (!claimed.has(full) && snapshot.files.has(full)) deletions.add(full)
      continue
    }
    if (!claimed.has(full)) next.files[rel] = entry
  }
  const manifestContent = serializeManifest(next)

  // 5. One commit with every changed file.
  const changes = ready
    .filter((o) => o.content !== undefined)
    .map((o) => ({ path: o.path, content: o.content as string }))
  const pending: FileReport[] = ready.map((o) => ({
    kind: o.doc.kind,
    id: o.doc.id,
    uid: o.doc.uid,
    name: o.doc.name,
    path: o.path,
    url: writer.fileUrl?.(snapshot, o.path) ?? blobUrl(snapshot.htmlUrl, snapshot.branch, o.path),
    changed: o.content !== undefined && snapshot.files.get(o.path) !== o.entry.sha,
    redacted: o.entry.redacted,
    fetched: o.fetched
  }))
  const message = commitMessage(
    prepared.messageTemplate,
    pending.filter((f) => f.changed),
    deletions.size
  )
  const committed = await writer.commitFiles(snapshot, {
    message,
    files: [...changes, { path: manifestPath, content: manifestContent }],
    deletions: [...deletions],
    dryRun: options.dryRun
  })
  const status = new Map(committed.files.map((f) => [f.path, f.status]))
  const files = pending.map((f) => ({ ...f, changed: status.has(f.path) ? status.get(f.path) !== 'unchanged' : false }))
  const changedFiles = files.filter((f) => f.changed).length
  logger.info(
    committed.changed
      ? `${options.dryRun ? 'Would commit' : 'Committed'} ${changedFiles} changed file(s)${deletions.size ? ` and ${deletions.size} removal(s)` : ''}${committed.commitSha ? `: ${committed.commitSha.slice(0, 7)}` : ''}.`
      : `All ${files.length} backed-up documents are unchanged; no commit made.`
  )
  return {
    changed: committed.changed,
    dryRun: options.dryRun ?? false,
    repository: `${owner}/${repo}`,
    branch: committed.branch,
    commitSha: committed.commitSha,
    commitUrl: committed.commitUrl,
    files,
    deleted: [...deletions].sort(),
    collections: files.filter((f) => f.kind === 'collection').length,
    environments: files.filter((f) => f.kind === 'environment').length,
    changedFiles,
    warnings,
    postmanRequests: client.calls.length
  }
}
