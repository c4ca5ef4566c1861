// The change record of each backed-up document: what a backup changes against the version on the
// branch, computed with the same diff engine as restore plans. Names only, never values.
import { countContents, diffDocuments } from '../diff/index.js';
import { isObject } from '../util/json.js';
/** `after` of a document the backup deletes (undefined and null say the same). */
export const DOCUMENT_REMOVED = Symbol('document removed');
/** `before` of a document whose previous version could not be read (too large, not JSON): it is reported as updated, without detail. */
export const PREVIOUS_UNKNOWN = Symbol('previous version unknown');
/** The document itself when a backup file wraps it, as the API's answers do ({collection: …}, {environment: …}). */
function unwrap(kind, document) {
    if (!isObject(document))
        return document;
    const wrapper = kind === 'collection' ? document.collection : (document.environment ?? document.globals);
    const bare = kind === 'collection' ? 'info' in document : 'values' in document;
    return !bare && isObject(wrapper) ? wrapper : document;
}
/** The change record of one document. */
export function describeDocumentChange(document) {
    const { kind } = document;
    const base = { kind, name: document.name, ...(document.path !== undefined ? { path: document.path } : {}) };
    const removed = document.after === undefined || document.after === null || document.after === DOCUMENT_REMOVED;
    if (document.before === PREVIOUS_UNKNOWN)
        return { ...base, status: removed ? 'removed' : 'updated' };
    const before = unwrap(kind, document.before);
    if (removed) {
        return {
            ...base,
            status: 'removed',
            diff: diffDocuments(kind, before, undefined),
            totals: countContents(kind, before)
        };
    }
    const after = unwrap(kind, document.after);
    if (before === undefined) {
        return {
            ...base,
            status: 'created',
            diff: diffDocuments(kind, undefined, after),
            totals: countContents(kind, after)
        };
    }
    const diff = diffDocuments(kind, before, after);
    return {
        ...base,
        status: diff.changed ? 'changed' : 'formatting',
        ...(diff.renamedFrom !== undefined ? { renamedFrom: diff.renamedFrom } : {}),
        diff
    };
}
/** The change records of the documents a backup writes or deletes, in the order given. */
export function describeChanges(documents) {
    return documents.filter((d) => d.before !== undefined || d.after !== undefined).map(describeDocumentChange);
}
