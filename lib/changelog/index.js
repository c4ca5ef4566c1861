// Changelogs of backups: what each backed-up document changed against the version on the branch
// (src/diff computes it), told as a commit message body, a `{changes}` one-liner, Markdown for the
// job summary and pull request body, and JSON for the `changes` output.
export { describeChanges, describeDocumentChange, DOCUMENT_REMOVED, PREVIOUS_UNKNOWN } from './changes.js';
export { renderChangesMarkdown, renderChangesSummary, renderCommitBody } from './render.js';
export { changesOutput, compactChange, MAX_LISTED_NAMES } from './output.js';
export { displayName, escapeMarkdown, oneLine } from './text.js';
