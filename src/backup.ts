// Kept for modules that import the pipeline's pieces from here; the pipeline lives in src/backup/.
export {
  DEFAULTS,
  VALIDATION_MODES,
  REDACT_MODES,
  checkChoice,
  createPostmanClient,
  prepareBackup,
  serializeDocument,
  assertValidDocument,
  prepareDocument,
  holdsNewerVersion,
  backupCollection,
  type CommonBackupOptions,
  type PostmanConnectionOptions,
  type PreparedBackup,
  type BackupCollectionOptions,
  type BackupResult
} from './backup/index.js'
