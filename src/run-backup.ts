import { backupCollection, type BackupResult } from './backup.js'
import {
  backupWorkspace,
  cleanReferences,
  type BackupWorkspaceOptions,
  type WorkspaceBackupResult
} from './workspace.js'

/**
 * One collection, no environments, no pruning, written to GitHub: the contents API writes the
 * one file (2-4 requests, no manifest). Anything else goes through backupWorkspace.
 */
export function isSingleCollection(options: BackupWorkspaceOptions): boolean {
  const collections = cleanReferences(options.collections)
  const environments = cleanReferences(options.environments)
  return (
    collections.length === 1 &&
    collections[0] !== '*' &&
    environments.length === 0 &&
    !options.prune &&
    !options.writer &&
    !(options.exclude ?? []).length
  )
}

/** A single-file result in the shape of a workspace result, so callers have one shape to handle. */
export function asWorkspaceResult(result: BackupResult): WorkspaceBackupResult {
  const { collection } = result
  return {
    changed: result.changed,
    dryRun: result.dryRun,
    repository: result.repository,
    branch: result.branch,
    commitSha: result.commitSha,
    commitUrl: result.commitUrl,
    files: [
      {
        kind: 'collection',
        ...collection,
        path: result.filePath,
        url: result.fileUrl,
        changed: result.changed,
        redacted: result.redacted.length,
        fetched: true
      }
    ],
    deleted: [],
    collections: 1,
    environments: 0,
    changedFiles: result.changed ? 1 : 0,
    warnings: result.warnings.map((w) => ({ ...w, path: result.filePath })),
    postmanRequests: result.postmanRequests
  }
}

/** Backs up what the options name, choosing the cheapest way: the use case behind the action and the CLI. */
export async function runBackup(options: BackupWorkspaceOptions): Promise<WorkspaceBackupResult> {
  if (isSingleCollection(options)) {
    const [collection] = cleanReferences(options.collections)
    return asWorkspaceResult(await backupCollection({ ...options, collection }))
  }
  return backupWorkspace(options)
}
