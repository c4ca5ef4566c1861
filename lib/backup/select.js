// Stage "select" of the backup pipeline: which documents a run backs up, and the repository path
// of each. One list call per kind (src/kinds); IDs the list does not show are fetched directly.
import { InputError, PostmanNotFoundError } from '../errors.js';
import { KINDS, kindOf } from '../kinds/index.js';
import { joinRepoPath, sanitizeNamePart } from '../paths.js';
import { assertWorkspaceExists, pickByName, referenceKind, resolveCollection } from '../postman/lookup.js';
// Exclude patterns match whole names, not paths, so `*` may cross "/": a glob library's path
// semantics would be wrong here.
function globToRegExp(pattern) {
    const source = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${source}$`, 'i');
}
export function isExcluded(doc, patterns, exact) {
    return exact.has(doc.id) || exact.has(doc.uid) || exact.has(doc.name) || patterns.some((p) => p.test(doc.name));
}
export async function fetchDocument(client, kind, idOrUid) {
    return kindOf(kind).fetch(client, idOrUid);
}
/** Resolves references of one kind against one list call; IDs the list lacks are fetched directly. */
async function selectKind(client, kind, references, workspace) {
    if (references.length === 0)
        return { selected: [], listed: undefined };
    const module = kindOf(kind);
    // A kind listed per workspace only, named by IDs alone, needs no list call.
    const listed = module.needsWorkspace &&
        workspace === undefined &&
        references.every((r) => r !== '*' && referenceKind(r) !== 'name')
        ? []
        : await module.list(client, workspace);
    const byId = new Map();
    const add = (doc) => {
        if (!byId.has(doc.id))
            byId.set(doc.id, doc);
    };
    for (const reference of references) {
        if (reference === '*') {
            // Postman lists an unknown workspace as empty (globals, fetched, would have said so).
            if (listed.length === 0 && workspace && module.referencesOption)
                await assertWorkspaceExists(client, workspace);
            for (const doc of listed)
                add({ kind, ...doc });
            continue;
        }
        if (referenceKind(reference) !== 'name') {
            const hit = listed.find((d) => d.id === reference || d.uid === reference);
            if (hit) {
                add({ kind, ...hit });
                continue;
            }
            // Not in this list (another workspace, say): fetch it directly.
            const document = await fetchDocument(client, kind, reference).catch((error) => {
                if (error instanceof PostmanNotFoundError) {
                    throw new PostmanNotFoundError(`No ${module.label} with ID "${reference}" is visible to this Postman API key.`, { cause: error });
                }
                throw error;
            });
            add({ kind, ...module.describe(document, reference), document });
            continue;
        }
        add({ kind, ...(await pickByName(client, reference, listed, { kind: module.label, workspace })) });
    }
    return { selected: [...byId.values()], listed };
}
/**
 * Selects what to back up. A lone collection is resolved the cheapest way (an ID or UID is
 * fetched directly, a name costs one list call) and comes back fetched.
 */
export async function selectDocuments(client, request) {
    const { workspace, references } = request;
    const collections = references.collection ?? [];
    if (request.lone && collections.length === 1) {
        const resolved = await resolveCollection(client, collections[0], { workspace });
        const { id, uid, name, document } = resolved;
        const info = document.info;
        const updatedAt = typeof info?.updatedAt === 'string' ? info.updatedAt : undefined;
        const documents = [{ kind: 'collection', id, uid, name, updatedAt, document }];
        return { documents, listedIds: new Set(), listedKinds: new Set() };
    }
    const excludePatterns = request.exclude.filter((p) => /[*?]/.test(p)).map(globToRegExp);
    const excludeExact = new Set(request.exclude.filter((p) => !/[*?]/.test(p)));
    const kinds = await Promise.all(KINDS.map((module) => selectKind(client, module.kind, references[module.kind] ?? [], workspace)));
    return {
        documents: kinds.flatMap((k) => k.selected).filter((doc) => !isExcluded(doc, excludePatterns, excludeExact)),
        listedIds: new Set(kinds.flatMap((k) => (k.listed ?? []).map((d) => d.id))),
        listedKinds: new Set(KINDS.filter((_, i) => kinds[i].listed !== undefined).map((k) => k.kind))
    };
}
/**
 * Gives each document its repository path. Documents whose paths collide (the same name, or
 * names equal but for case, which break checkouts on macOS and Windows) all get a short ID
 * suffix, so the result does not depend on the order Postman lists them in.
 */
export function assignPaths(docs, directory, templates) {
    const render = (doc, name) => joinRepoPath(directory, kindOf(doc.kind).fileName(templates[doc.kind] ?? '', { name, id: doc.id, uid: doc.uid }));
    const first = new Map(docs.map((doc) => [doc, render(doc, doc.name)]));
    const groups = new Map();
    for (const [doc, path] of first)
        groups.set(path.toLowerCase(), [...(groups.get(path.toLowerCase()) ?? []), doc]);
    const paths = new Map();
    for (const [doc, path] of first) {
        const clash = (groups.get(path.toLowerCase()) ?? []).length > 1;
        paths.set(doc, clash ? render(doc, `${sanitizeNamePart(doc.name)} (${doc.id.slice(0, 8)})`) : path);
    }
    const seen = new Map();
    for (const [doc, path] of paths) {
        const other = seen.get(path.toLowerCase());
        if (other) {
            throw new InputError(kindOf(doc.kind).template?.input ?? doc.kind, `"${other.name}" and "${doc.name}" would both be written to ${path}. Include {id} in the file name template.`);
        }
        seen.set(path.toLowerCase(), doc);
    }
    return paths;
}
/**
 * Whether Postman no longer has a document the manifest records. Not being in this run's list
 * is not enough (it may live in another workspace), so ask for it directly.
 */
export async function isGone(client, entry) {
    try {
        await fetchDocument(client, entry.kind, entry.uid || entry.id);
        return false;
    }
    catch (error) {
        if (error instanceof PostmanNotFoundError)
            return true;
        throw error;
    }
}
