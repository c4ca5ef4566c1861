// Public API of the postman-backup library.
export {
  backupCollection,
  assertValidDocument,
  serializeDocument,
  VALIDATION_MODES,
  REDACT_MODES
} from './backup/index.js'
export type { BackupCollectionOptions, CommonBackupOptions, BackupOptions, BackupResult } from './backup/index.js'
export { PostmanClient, DEFAULT_POSTMAN_API_URL } from './postman/client.js'
export type {
  PostmanClientOptions,
  RetryOptions,
  CollectionSummary,
  EnvironmentSummary,
  WorkspaceDetails
} from './postman/client.js'
export { resolveCollection, referenceKind } from './postman/lookup.js'
export type { ResolvedCollection } from './postman/lookup.js'
export { validateCollection } from './schema/index.js'
export type { ValidationMode, ValidationIssue, ValidationResult, Collection } from './schema/index.js'
export { ContentsWriter } from './github/contents-writer.js'
export type { WriteFileRequest, WriteFileResult } from './github/contents-writer.js'
export { TreeWriter, TREE_REQUEST_BUDGET_BYTES, MAX_FILE_BYTES } from './github/tree-writer.js'
export type {
  TreeSnapshot,
  FileChange,
  FileStatus,
  CommitFilesRequest,
  CommitFilesResult,
  ReadBranchTarget,
  WriteStrategy
} from './github/tree-writer.js'
export { createOctokit, octokitPluginOptions } from './github/octokit.js'
export { checkBranchName, parseRepository } from './github/names.js'
export { gitBlobSha } from './git-blob-sha.js'
export { renderFileName, checkPath } from './paths.js'
export type { Logger } from './logger.js'
export * from './errors.js'
export { backupWorkspace, DocumentTooLargeError } from './backup/index.js'
export type { BackupWorkspaceOptions, WorkspaceBackupResult, BackupRunResult, FileReport } from './backup/index.js'
export { redactCollection, redactEnvironment } from './redact.js'
export type { RedactMode, RedactedField, RedactionResult } from './redact.js'
export { validateEnvironment } from './schema/index.js'
export type { Environment } from './schema/index.js'
export { MANIFEST_NAME } from './manifest.js'
export type { Manifest, ManifestEntry, DocumentKind } from './manifest.js'
export { runBackup, isSingleCollection, isLoneDocument } from './backup/index.js'
export type { BackupWriter } from './backup/index.js'
export type { PullRequestReport } from './backup/index.js'
// What a backup changed, per document (result.changes), and its renderings.
export { changesOutput, renderChangesMarkdown, renderChangesSummary, renderCommitBody } from './changelog/index.js'
export type { ChangesOutputEntry, DocumentChange } from './changelog/index.js'
export type { WrittenDocument } from './postman/client.js'
export { LocalDirectoryWriter } from './local-writer.js'
export { listDocuments } from './list.js'
export type { ListDocumentsOptions, ListedDocument } from './list.js'
export {
  restoreBackup,
  restoreCollection,
  restoreEnvironment,
  planRestore,
  loadBackup,
  describeRestore,
  restoreWorkspace,
  describeWorkspaceRestore
} from './restore/index.js'
export type {
  RestoreOptions,
  RestoreSource,
  RestoreResult,
  RestorePlan,
  RestoreDiff,
  DiffEntry,
  DiffCounts,
  LoadedBackup,
  LoadBackupOptions,
  WorkspaceRestoreItem,
  WorkspaceRestoreOptions,
  WorkspaceRestoreResult,
  WorkspaceRestoreSource
} from './restore/index.js'
