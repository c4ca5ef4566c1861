export { countContents, diffDocuments, documentName, planRestore } from './document-diff.js';
export type { DiffCounts, DiffEntry, DocumentDiff, DocumentTotals, ExampleChanges, ExampleEntry, FolderEntry, ItemChanges, ItemEntry, MovedItem, RenamedItem, RestoreDiff } from './document-diff.js';
export type { DiffKind } from './kinds.js';
export { forEachItem, MANAGED_INFO_FIELDS, MANAGED_ITEM_FIELDS, stripItem, withoutManagedFields } from './managed-fields.js';
