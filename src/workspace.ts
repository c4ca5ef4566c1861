// Kept for modules that import the pipeline's pieces from here; the pipeline lives in src/backup/.
export {
  backupWorkspace,
  cleanReferences,
  type BackupWorkspaceOptions,
  type BackupWriter,
  type FileReport,
  type WorkspaceBackupResult
} from './backup/index.js'
