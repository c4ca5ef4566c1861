/** The manifest sits in the backup directory and records what each file there holds. */
export const MANIFEST_NAME = '.postman-backup.json';
export const emptyManifest = () => ({ version: 1, files: {} });
/** Reads a manifest; an unreadable one is treated as absent (every document is then fetched). */
export function parseManifest(bytes, logger) {
    if (!bytes)
        return emptyManifest();
    try {
        const parsed = JSON.parse(bytes.toString('utf8'));
        if (parsed.version !== 1 || !parsed.files || typeof parsed.files !== 'object')
            throw new Error('unknown manifest version');
        return { version: 1, files: parsed.files };
    }
    catch (error) {
        logger.warn(`${MANIFEST_NAME} could not be read (${error.message}); doing a full backup and writing a new one.`);
        return emptyManifest();
    }
}
/**
 * Deterministic bytes: sorted paths and fixed key order, no timestamps of the run, so a run
 * where nothing changed leaves the manifest byte-identical.
 */
export function serializeManifest(manifest) {
    const files = {};
    for (const path of Object.keys(manifest.files).sort()) {
        const e = manifest.files[path];
        files[path] = {
            kind: e.kind,
            id: e.id,
            uid: e.uid,
            name: e.name,
            ...(e.updatedAt ? { updatedAt: e.updatedAt } : {}),
            sha: e.sha,
            redact: e.redact,
            redacted: e.redacted,
            ...(e.secretScan ? { secretScan: e.secretScan } : {}),
            ...(e.redactedPointers?.length ? { redactedPointers: e.redactedPointers } : {}),
            ...(e.pending ? { pending: e.pending } : {})
        };
    }
    return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}
/** Finds the entry of a document by kind and ID. */
export function findEntry(manifest, kind, id) {
    return indexEntries(manifest)(kind, id);
}
/**
 * findEntry for a run's many look-ups: the manifest indexed once (a scan per look-up made sorting
 * thousands of documents quadratic). The first entry of a kind and ID wins, as a scan finds it.
 */
export function indexEntries(manifest) {
    const byKey = new Map();
    for (const [path, entry] of Object.entries(manifest.files)) {
        const key = `${entry.kind}\u0000${entry.id}`;
        if (!byKey.has(key))
            byKey.set(key, { path, entry });
    }
    return (kind, id) => byKey.get(`${kind}\u0000${id}`);
}
