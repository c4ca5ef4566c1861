// The backup pipeline (see pipeline.ts): its stages and its one result type.
export { runBackup, backupWorkspace, backupCollection, isLoneDocument, isSingleCollection } from './pipeline.js';
export { VALIDATION_MODES, REDACT_MODES, cleanReferences, createPostmanClient, prepareBackup } from './prepare.js';
export { serializeDocument, assertValidDocument, prepareDocument, holdsNewerVersion, DocumentTooLargeError } from './document.js';
export { failureMessage, secretsNote } from './result.js';
export { parseDuration, stopOnSignals } from './stop.js';
