// The one result of a backup run, whatever was selected and however it was written; and the
// one-collection view of it that backupCollection returns.
import type { DocumentChange } from '../changelog/index.js'
import { plural } from '../changelog/text.js'
import type { DocumentKind } from '../kinds/index.js'
import type { PendingReason } from '../manifest.js'
import type { RedactedField } from '../redact.js'
import type { ValidationIssue } from '../schema/index.js'

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
  /** Literal secrets the secret scan removed, by rule id (absent when none). Never the values. */
  secrets?: Record<string, number>
  /** JSON pointers of the values they were in (a spec file: `/files/<i>/content`). */
  secretPointers?: string[]
  /** False when the document was not fetched because Postman reports it unchanged since the last backup. */
  fetched: boolean
  /**
   * `ok`: backed up (or found current). Otherwise why not, and the file on the branch (the
   * previous backup, if any) was left as it was: the manifest marks it pending for the next run.
   */
  status: 'ok' | PendingReason
  /** What went wrong, when `status` is not `ok` (`not-reached`: why the run stopped). */
  error?: string
}

/** `3 literal secrets removed: github/token 2, postman/api-key 1` (rule ids and counts, never values). */
export function secretsNote(secrets: Record<string, number>): string {
  const total = Object.values(secrets).reduce((a, b) => a + b, 0)
  const rules = Object.entries(secrets)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rule, n]) => `${rule} ${n}`)
  return `${plural(total, 'literal secret')} removed: ${rules.join(', ')}`
}

/** A document this run could not back up; the next run retries it first. */
export interface FailedDocument {
  kind: DocumentKind
  id: string
  name: string
  reason: PendingReason
  /** The error, in words. */
  message: string
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
  /** Documents reported per kind (collections and environments as above, globals, specs). */
  counts: Record<DocumentKind, number>
  changedFiles: number
  warnings: Array<ValidationIssue & { path: string }>
  /** GET requests made to the Postman API. */
  postmanRequests: number
  /**
   * Documents not backed up (failed validation or fetching, or not reached before the run
   * stopped). Empty when the run backed up everything it selected. The others were committed.
   */
  failed: FailedDocument[]
  /** Set when the run stopped early (cancelled, max-duration, Postman's quota): the next run continues. */
  stopped?: { reason: 'signal' | 'max-duration' | 'quota'; message: string }
  /**
   * What each document the run wrote or deleted changed against the branch's version (names only,
   * never values), ordered by path; empty when nothing changed. `changesOutput` (src/changelog)
   * turns it into the JSON of the action's `changes` output.
   */
  changes: DocumentChange[]
  /** The commit message (in a dry run: the one that would be used); undefined when nothing changed. */
  commitMessage?: string
  /** Pull-request mode (`pullRequest`): the pull request into the base branch; see PullRequestReport. */
  pullRequest?: PullRequestReport
}

/**
 * The pull request of a run in pull-request mode: the one opened or updated (`created` says which);
 * in a dry run, the open one the run would update, or (no `number`) the one it would open. Absent
 * when the run changed nothing: the pull request is left alone.
 */
export interface PullRequestReport {
  number?: number
  url?: string
  created: boolean
  /** The branch it goes into, and the backup's own branch the run committed to. */
  base: string
  head: string
}

/**
 * The run's failures in one line ("N of M backed up; the next run continues" when it stopped),
 * or undefined when every document was backed up.
 */
export function failureMessage(result: WorkspaceBackupResult): string | undefined {
  if (result.failed.length === 0 && !result.stopped) return undefined
  const total = result.files.length
  const done = total - result.failed.length
  const failures = result.failed.filter((f) => f.reason !== 'not-reached')
  const parts = [
    result.stopped ? `${result.stopped.message} ${done} of ${total} documents backed up; the next run continues.` : '',
    failures.length
      ? `${failures.length} of ${total} documents could not be backed up${done ? ' (the others were)' : ''}; their previous backups are untouched and the next run retries them: ${failures.map((f) => f.message).join(' ')}`
      : ''
  ]
  return parts.filter(Boolean).join(' ')
}

/** The result of any backup run (the name WorkspaceBackupResult predates the one pipeline). */
export type BackupRunResult = WorkspaceBackupResult

/** backupCollection's result: the run's result seen through its one collection. */
export interface BackupResult {
  changed: boolean
  dryRun: boolean
  repository: string
  branch: string
  /** Repository path of the backup file. */
  filePath: string
  fileUrl: string
  commitSha?: string
  commitUrl?: string
  collection: { id: string; uid: string; name: string }
  /** Lenient-mode deviations from the Collection Format that were accepted. */
  warnings: ValidationIssue[]
  /** Fields blanked by redaction (pointers only, never values). */
  redacted: RedactedField[]
  /** Size of the stored file in bytes. */
  bytes: number
  /** GET requests made to the Postman API. */
  postmanRequests: number
  /** What the collection changed against the branch's version (at most one record; names only). */
  changes: DocumentChange[]
  /** Pull-request mode: the pull request opened or updated. */
  pullRequest?: PullRequestReport
}

/** What the pipeline knows of each prepared file beyond the report (backupCollection's details). */
export interface PreparedDetails {
  redacted: RedactedField[]
  warnings: ValidationIssue[]
  bytes: number
}

/** The one-collection view of a run's result. */
export function asCollectionResult(result: WorkspaceBackupResult, details: Map<string, PreparedDetails>): BackupResult {
  const [file] = result.files
  const prepared = details.get(file.path)
  return {
    changed: result.changed,
    dryRun: result.dryRun,
    repository: result.repository,
    branch: result.branch,
    filePath: file.path,
    fileUrl: file.url,
    ...(result.commitSha ? { commitSha: result.commitSha, commitUrl: result.commitUrl } : {}),
    collection: { id: file.id, uid: file.uid, name: file.name },
    warnings: prepared?.warnings ?? [],
    redacted: prepared?.redacted ?? [],
    bytes: prepared?.bytes ?? 0,
    postmanRequests: result.postmanRequests,
    changes: result.changes,
    ...(result.pullRequest ? { pullRequest: result.pullRequest } : {})
  }
}
