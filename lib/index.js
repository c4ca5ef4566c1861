// Public API of the postman-backup library.
export { backupCollection, assertValidDocument, serializeDocument, VALIDATION_MODES, REDACT_MODES } from './backup/index.js';
export { PostmanClient, DEFAULT_POSTMAN_API_URL } from './postman/client.js';
export { resolveCollection, referenceKind } from './postman/lookup.js';
export { validateCollection } from './schema/index.js';
export { ContentsWriter } from './github/contents-writer.js';
export { TreeWriter, TREE_REQUEST_BUDGET_BYTES, MAX_FILE_BYTES } from './github/tree-writer.js';
export { createOctokit, octokitPluginOptions } from './github/octokit.js';
export { checkBranchName, parseRepository } from './github/names.js';
export { gitBlobSha } from './git-blob-sha.js';
export { renderFileName, checkPath } from './paths.js';
export * from './errors.js';
export { backupWorkspace, DocumentTooLargeError } from './backup/index.js';
export { redactCollection, redactEnvironment } from './redact.js';
export { validateEnvironment } from './schema/index.js';
export { MANIFEST_NAME } from './manifest.js';
export { runBackup, isSingleCollection, isLoneDocument } from './backup/index.js';
// What a backup changed, per document (result.changes), and its renderings.
export { changesOutput, renderChangesMarkdown, renderChangesSummary, renderCommitBody } from './changelog/index.js';
export { LocalDirectoryWriter } from './local-writer.js';
export { listDocuments } from './list.js';
export { restoreBackup, restoreCollection, restoreEnvironment, planRestore, loadBackup, describeRestore, restoreWorkspace, describeWorkspaceRestore } from './restore/index.js';
