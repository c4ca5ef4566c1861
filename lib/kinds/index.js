// The registry of document kinds: the pipeline, list, manifest, summary and restore iterate over
// KINDS instead of branching on a kind. To add a kind: a module like collection.ts, and an entry here.
import { collectionKind } from './collection.js';
import { environmentKind } from './environment.js';
import { globalsKind } from './globals.js';
import { specKind } from './spec.js';
export { serializeJson } from './types.js';
export { GLOBALS_NAME } from './globals.js';
export { SPEC_META_NAME } from './spec.js';
/** Every kind, in the order runs list them, files are reported and counts are told. */
export const KINDS = [collectionKind, environmentKind, globalsKind, specKind];
const byKind = new Map(KINDS.map((k) => [k.kind, k]));
/** The module of a kind. */
export function kindOf(kind) {
    const found = byKind.get(kind);
    if (!found)
        throw new Error(`Unknown document kind "${kind}".`);
    return found;
}
/** Whether a manifest's `kind` is one this version knows. */
export function isDocumentKind(value) {
    return typeof value === 'string' && byKind.has(value);
}
/** `2 collections`, `1 environment`, `1 globals`. */
export function countLabel(kind, n) {
    const module = kindOf(kind);
    return `${n} ${n === 1 ? module.label : module.plural}`;
}
/** Counts per kind, for results and summaries: every kind, 0 included. */
export function countByKind(documents) {
    const counts = Object.fromEntries(KINDS.map((k) => [k.kind, 0]));
    for (const { kind } of documents)
        counts[kind] += 1;
    return counts;
}
