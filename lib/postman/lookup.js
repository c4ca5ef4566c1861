import { AmbiguousNameError, PostmanNotFoundError } from '../errors.js';
import { idFromReference } from './ids.js';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ID_PATTERN = new RegExp(`^${UUID}$`, 'i');
// A UID is the owner's numeric user ID, a dash, and the ID.
const UID_PATTERN = new RegExp(`^\\d+-${UUID}$`, 'i');
/** Tells whether a `collection` value is an ID, a UID or a name. */
export function referenceKind(reference) {
    if (UID_PATTERN.test(reference))
        return 'uid';
    if (ID_PATTERN.test(reference))
        return 'id';
    return 'name';
}
function levenshtein(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The names closest to `wanted`, best first, for "did you mean" hints. */
export function closestNames(wanted, names, count = 3) {
    const target = wanted.toLowerCase();
    return [...new Set(names)]
        .map((name) => {
        const lower = name.toLowerCase();
        const distance = lower.includes(target) || target.includes(lower) ? 0 : levenshtein(target, lower);
        return { name, distance };
    })
        .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
        .slice(0, count)
        .map((entry) => entry.name);
}
/** The documents a name denotes: exact matches first, else case-insensitive ones. */
export function matchByName(reference, documents) {
    const exact = documents.filter((c) => c.name === reference);
    if (exact.length > 0)
        return exact;
    const lower = reference.toLowerCase();
    return documents.filter((c) => c.name.toLowerCase() === lower);
}
/** Throws PostmanNotFoundError when `workspace` does not exist (Postman lists an unknown workspace as empty). */
export async function assertWorkspaceExists(client, workspace) {
    await client.getWorkspace(workspace).catch((error) => {
        if (error instanceof PostmanNotFoundError) {
            throw new PostmanNotFoundError(`Workspace "${workspace}" does not exist or is not visible to this API key. Set workspace to a workspace ID (Postman: the workspace's Overview > Info), or leave it empty to search all workspaces.`, { cause: error });
        }
        throw error;
    });
}
/**
 * The one document `reference` names in `listed`, or an error a user can act on: the IDs when
 * several share the name, the closest names when none matches.
 */
export async function pickByName(client, reference, listed, options) {
    const { kind, workspace } = options;
    const matches = matchByName(reference, listed);
    if (matches.length > 1) {
        const list = matches.map((c) => `"${c.name}" (ID ${c.id})`).join(', ');
        throw new AmbiguousNameError(`${matches.length} ${kind}s are named "${reference}": ${list}. Set ${kind} to the ID of the one to back up${workspace ? '' : ', or set workspace to narrow the search'}.`, matches.map((c) => ({ id: c.id, name: c.name })));
    }
    if (matches.length === 1)
        return matches[0];
    if (workspace)
        await assertWorkspaceExists(client, workspace);
    const scope = workspace ? `workspace "${workspace}"` : 'the workspaces visible to this API key';
    const suggestions = closestNames(reference, listed.map((c) => c.name));
    const hint = suggestions.length > 0
        ? ` Closest names: ${suggestions.map((n) => `"${n}"`).join(', ')}.`
        : ` There are no ${kind}s in ${scope}.`;
    throw new PostmanNotFoundError(`No ${kind} named "${reference}" in ${scope}.${hint} Names must match exactly (case aside); or set ${kind} to the ${kind}'s ID.`);
}
/**
 * Resolves a collection reference (name, ID or UID) and fetches its document.
 * An ID or UID is fetched directly; a name is looked up in the list (scoped to `workspace`).
 */
export async function resolveCollection(client, reference, options = {}) {
    const ref = reference.trim();
    if (referenceKind(ref) !== 'name') {
        const document = await client.getCollection(ref).catch((error) => {
            if (error instanceof PostmanNotFoundError) {
                throw new PostmanNotFoundError(`No collection with ID "${ref}" is visible to this Postman API key. Check the ID (Postman: the collection's Info panel) and that the key's user can see it.`, { cause: error });
            }
            throw error;
        });
        const info = (document.info ?? {});
        const id = String(info._postman_id ?? (referenceKind(ref) === 'id' ? ref : idFromReference(ref)));
        return { id, uid: String(info.uid ?? ref), name: String(info.name ?? id), document };
    }
    const collections = await client.listCollections(options.workspace);
    const match = await pickByName(client, ref, collections, { kind: 'collection', workspace: options.workspace });
    const document = await client.getCollection(match.uid || match.id);
    return { id: match.id, uid: match.uid, name: match.name, document };
}
