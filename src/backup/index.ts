// The backup pipeline (see pipeline.ts): its stages and its one result type.
export {
  runBackup,
  backupWorkspace,
  backupCollection,
  isLoneDocument,
  isSingleCollection,
  type BackupWorkspaceOptions,
  type BackupCollectionOptions,
  type BackupWriter
} from './pipeline.js'
export {
  DEFAULTS,
  VALIDATION_MODES,
  REDACT_MODES,
  checkChoice,
  cleanReferences,
  createPostmanClient,
  prepareBackup,
  type CommonBackupOptions,
  type PostmanConnectionOptions,
  type PreparedBackup
} from './prepare.js'
export {
  serializeDocument,
  assertValidDocument,
  prepareDocument,
  holdsNewerVersion,
  DocumentTooLargeError
} from './document.js'
export type { BackupResult, BackupRunResult, FileReport, WorkspaceBackupResult } from './result.js'
