// Restore: the way back from a backed-up file to Postman. What the library and the front ends use;
// the parts (loading, the diff, the plan, applying it) are in the modules beside this one.
export { restoreBackup, restoreCollection, restoreEnvironment } from './restore.js';
export { loadBackup } from './load.js';
export { planRestore } from '../diff/document-diff.js';
export { describeRestore, redactedNote } from './plan.js';
export { describeWorkspaceRestore, isBackupFolderPath, restoreWorkspace, RESTORE_JOURNAL_NAME } from './workspace.js';
export { blankedFields, keepTargetSecrets } from './secrets.js';
