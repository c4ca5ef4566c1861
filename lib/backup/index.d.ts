export { runBackup, backupWorkspace, backupCollection, isLoneDocument, isSingleCollection, type BackupWorkspaceOptions, type BackupCollectionOptions, type BackupWriter } from './pipeline.js';
export { VALIDATION_MODES, REDACT_MODES, cleanReferences, createPostmanClient, prepareBackup, type BackupOptions, type CommonBackupOptions, type PostmanConnectionOptions, type PreparedBackup } from './prepare.js';
export { serializeDocument, assertValidDocument, prepareDocument, holdsNewerVersion, DocumentTooLargeError } from './document.js';
export { failureMessage, secretsNote } from './result.js';
export type { BackupResult, BackupRunResult, FailedDocument, FileReport, PullRequestReport, WorkspaceBackupResult } from './result.js';
export { parseDuration, stopOnSignals, type RunStop, type StopReason } from './stop.js';
