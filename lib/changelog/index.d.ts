export { describeChanges, describeDocumentChange, DOCUMENT_REMOVED, PREVIOUS_UNKNOWN } from './changes.js';
export type { ChangeStatus, DiffListCounts, DocumentChange, DocumentVersions } from './changes.js';
export { renderChangesMarkdown, renderChangesSummary, renderCommitBody } from './render.js';
export type { CommitBodyOptions, MarkdownOptions } from './render.js';
export { changesOutput, compactChange, MAX_LISTED_NAMES } from './output.js';
export type { ChangeCounts, ChangeNames, ChangesOutputEntry } from './output.js';
export { displayName, escapeMarkdown, oneLine } from './text.js';
