// What the key can see, so users can find the IDs to back up or restore to.
import { createPostmanClient } from './backup/prepare.js';
import { KINDS } from './kinds/index.js';
import { resolveListOptions } from './options/index.js';
import { assertWorkspaceExists } from './postman/lookup.js';
/** The kinds a listing shows: those named by references (globals are one per workspace). */
const LISTED_KINDS = KINDS.filter((k) => k.referencesOption !== undefined);
/**
 * Every document visible to the key (in `workspace` when given), kind by kind in the registry's
 * order (collections first), each sorted by name. Kinds Postman lists per workspace only (specs)
 * are shown when `workspace` is given.
 */
export async function listDocuments(given) {
    const options = resolveListOptions(given);
    const workspace = options.workspace;
    const client = createPostmanClient(options, options.logger);
    const kinds = LISTED_KINDS.filter((k) => !k.needsWorkspace || workspace !== undefined);
    const lists = await Promise.all(kinds.map((k) => k.list(client, workspace)));
    // Postman lists an unknown workspace as empty: tell that apart from an empty workspace.
    if (workspace && lists.every((l) => l.length === 0))
        await assertWorkspaceExists(client, workspace);
    const byName = (a, b) => a.name.localeCompare(b.name);
    const row = (kind) => (d) => ({
        kind,
        id: d.id,
        uid: d.uid,
        name: d.name,
        ...(d.updatedAt ? { updatedAt: d.updatedAt } : {})
    });
    return kinds.flatMap((k, i) => [...lists[i]].sort(byName).map(row(k.kind)));
}
