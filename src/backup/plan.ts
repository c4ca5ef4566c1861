// Stage "plan" of the backup pipeline: what the branch already holds decides what to fetch, what
// to keep, what the manifest records next and which files go away.
import { renderChangesSummary, renderCommitBody, type DocumentChange } from '../changelog/index.js'
import { oneLine, plural } from '../changelog/text.js'
import { joinRepoPath, renderText } from '../paths.js'
import { countLabel, KINDS, kindOf } from '../kinds/index.js'
import { defaultOf } from '../options/index.js'
import type { Manifest, ManifestEntry, PendingReason } from '../manifest.js'
import type { FileStatus } from '../github/tree-writer.js'
import type { FileReport } from './result.js'
import type { Selected } from './select.js'

/** Whether a document can be skipped: the manifest records this very version, and the file on the branch is the one recorded. */
export function isCurrent(
  doc: Selected,
  entry: ManifestEntry | undefined,
  branchSha: string | undefined,
  settings: { full: boolean; redact: string; secretScan?: string }
): boolean {
  return (
    !settings.full &&
    entry !== undefined &&
    doc.updatedAt !== undefined &&
    entry.updatedAt === doc.updatedAt &&
    entry.redact === settings.redact &&
    // A file written under another scan policy (or before the scan) is fetched and scanned again.
    entry.secretScan === settings.secretScan &&
    entry.name === doc.name &&
    entry.pending === undefined &&
    branchSha === entry.sha
  )
}

/** Whether the manifest records a later `updatedAt` for the document than this run's list. */
export function isNewer(entry: ManifestEntry, doc: Selected): boolean {
  const recorded = Date.parse(String(entry.updatedAt))
  const listed = Date.parse(String(doc.updatedAt))
  return Number.isFinite(recorded) && Number.isFinite(listed) && recorded > listed
}

/** A document ready to be written (or found current), with its manifest entry. */
export interface ReadyDocument {
  doc: Selected
  path: string
  fetched: boolean
  entry: ManifestEntry
  /** How the commit took the file, when it took it as it came (TreeWriter.openCommit). */
  status?: FileStatus
  /** Repository paths of the files stored beside the main one (a spec's), when fetched. */
  extraPaths?: string[]
  /** How the commit took each of them (as `status`), in `extraPaths` order. */
  extraStatuses?: FileStatus[]
  /** Their bytes, held like `content`. */
  extra?: Array<{ path: string; content: string }>
  /**
   * The bytes, held until the commit only where the writer cannot take them as they come (a
   * local folder, a lone document); undefined when not fetched or already handed to the commit.
   */
  content?: string
}

/** A selected document this run could not back up: its previous file stays, marked pending. */
export interface FailedPlan {
  doc: Selected
  /** Where this run would have written it (used when the manifest has no entry yet). */
  path: string
  reason: PendingReason
  redact: string
}

/**
 * The manifest after this run: entries of this run, plus those of documents not selected this
 * time (kept unless `isGone` says Postman no longer has them). Files of documents that moved
 * (renamed) or are gone are deleted, unless this run writes the same path.
 */
export async function planManifest(
  manifest: Manifest,
  ready: ReadyDocument[],
  request: {
    directory: string
    branchFiles: ReadonlyMap<string, string>
    isGone: (entry: ManifestEntry) => Promise<boolean>
    /** Documents not backed up this run: their entries are kept (or made) and marked pending. */
    failed?: FailedPlan[]
  }
): Promise<{ next: Manifest; deletions: Set<string> }> {
  const { directory } = request
  const relative = (path: string) => (directory ? path.slice(directory.length + 1) : path)
  const next: Manifest = { version: 1, files: {} }
  const deletions = new Set<string>()
  const claimed = new Set(ready.map((o) => o.path))
  for (const o of ready) next.files[relative(o.path)] = o.entry
  for (const [rel, entry] of Object.entries(manifest.files)) {
    const full = joinRepoPath(directory, rel)
    const moved = ready.some((o) => o.doc.kind === entry.kind && o.doc.id === entry.id)
    if (moved || (await request.isGone(entry))) {
      // An entry without a file (sha '') never wrote one: nothing of ours to remove.
      if (!claimed.has(full) && request.branchFiles.has(full) && entry.sha !== '') deletions.add(full)
      continue
    }
    if (!claimed.has(full)) next.files[rel] = entry
  }
  for (const { doc, path, reason, redact } of request.failed ?? []) {
    const kept = Object.entries(next.files).find(([, e]) => e.kind === doc.kind && e.id === doc.id)
    if (kept) next.files[kept[0]] = { ...kept[1], pending: reason }
    else if (!claimed.has(path) && next.files[relative(path)] === undefined)
      // First time: no file yet; the entry only says the next run must fetch it.
      next.files[relative(path)] = {
        kind: doc.kind,
        id: doc.id,
        uid: doc.uid,
        name: doc.name,
        sha: '',
        redact,
        redacted: 0,
        pending: reason
      }
  }
  return { next, deletions }
}

/** The default `commit-message`, the subject Postman's own integration writes for one collection. */
const DEFAULT_TEMPLATE = defaultOf('commitMessage')

/**
 * The default template's subject, said right for what the commit holds: `Back up Postman collection
 * Orders API` as before, `Back up Postman environment Staging`, `Back up Postman 2 collections and 1
 * environment`, `Back up Postman globals`.
 */
function defaultSubject(named: FileReport | undefined, name: string): string {
  if (!named) return `Back up Postman ${name}`
  if (named.kind === 'globals') return 'Back up Postman globals'
  return `Back up Postman ${kindOf(named.kind).title.toLowerCase()} ${name}`
}

/** A commit body longer than this is cut at a line (renderCommitBody caps names and documents already). */
const MAX_BODY_CHARS = 20000

/**
 * The commit message: the template as the subject (`{changes}`: the changelog in one line), then
 * the changelog (renderCommitBody) as the body; without change records, the files for several.
 */
export function commitMessage(
  template: string,
  changed: FileReport[],
  removed: number,
  changes: DocumentChange[] = []
): string {
  const named = changed.length === 1 ? changed[0] : undefined
  const counts = KINDS.map(({ kind }) => {
    const n = changed.filter((f) => f.kind === kind).length
    return n ? countLabel(kind, n) : ''
  }).filter(Boolean)
  // Names are untrusted: one line, so a line break cannot forge a trailer.
  const name = named ? oneLine(named.name) : counts.join(' and ') || plural(removed, 'removed file')
  const subject =
    template === DEFAULT_TEMPLATE
      ? defaultSubject(named, name)
      : renderText(
          template,
          { name, id: named?.id ?? '', uid: named?.uid ?? '', changes: renderChangesSummary(changes) },
          'commit-message'
        )
  if (changes.length) {
    let body = renderCommitBody(changes)
    if (body.length > MAX_BODY_CHARS) body = `${body.slice(0, body.lastIndexOf('\n', MAX_BODY_CHARS))}\n…`
    return `${subject}\n\n${body}\n`
  }
  if (changed.length + removed <= 1) return subject
  return `${subject}\n\n${changed.map((f) => `- ${oneLine(f.path, 1000)}`).join('\n')}${removed ? `\n- ${removed} file(s) removed` : ''}\n`
}
