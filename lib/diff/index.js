// Diffs of two versions of a Postman document: one engine for restore plans and backup changelogs.
// The bottom layer: it imports only src/util.
export { countContents, diffDocuments, documentName, planRestore } from './document-diff.js';
export { forEachItem, MANAGED_INFO_FIELDS, MANAGED_ITEM_FIELDS, stripItem, withoutManagedFields } from './managed-fields.js';
