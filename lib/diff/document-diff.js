// The diff engine of two versions of one Postman document, shared by restore plans and backup
// changelogs. Folders and requests are matched by ID when both sides have one, else by path of
// names; variables by key; examples (saved responses) per request, by ID else by name. Fields the
// API manages (IDs, timestamps, owner) and key order never count.
import { isObject } from '../util/json.js';
import { deleteOwnManagedFields, forEachItem, MANAGED_ITEM_FIELDS } from './managed-fields.js';
/** JSON with sorted keys, so key order (which Postman does not keep) never counts as a change. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => isObject(v)
        ? Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]))
        : v);
}
const unmanaged = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => !MANAGED_ITEM_FIELDS.includes(k)));
/** A collection's folders and requests; `compare` says which view's comparison to compute (none: counting). */
function flatten(document, compare) {
    const nodes = [];
    if (!isObject(document))
        return nodes;
    const seen = new Map();
    const byItem = new Map();
    const parents = new Map();
    forEachItem(document, (item, path) => {
        if (Array.isArray(item.item))
            for (const child of item.item)
                if (isObject(child))
                    parents.set(child, item);
        const kind = Array.isArray(item.item) ? 'folder' : 'request';
        const base = `${kind}\u0000${path.join('\u0000')}`;
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        const parentItem = parents.get(item);
        const node = {
            kind,
            id: typeof item.id === 'string' ? item.id : undefined,
            name: path[path.length - 1],
            path,
            parent: parentItem ? byItem.get(parentItem) : undefined,
            key: `${base}#${occurrence}`,
            compared: compare ? comparedFields(item, compare) : '',
            responses: Array.isArray(item.response) ? item.response : [],
            requests: 0
        };
        byItem.set(item, node);
        nodes.push(node);
        if (kind === 'request')
            for (let p = node.parent; p; p = p.parent)
                p.requests++;
    });
    return nodes;
}
/** An item's fields a view compares, as canonical JSON (shallow copies: the documents compared must not change). */
function comparedFields(item, compare) {
    const own = unmanaged(item);
    delete own.item;
    if (compare === 'changelog') {
        delete own.name;
        delete own.response;
    }
    else if (Array.isArray(own.response))
        own.response = own.response.map((r) => (isObject(r) ? unmanaged(r) : r));
    return canonical(own);
}
function emptyCounts() {
    return { added: [], removed: [], changed: [], unchanged: 0 };
}
/** Pairs each item of `after` with one of `before`: by `id` when both sides have it, else by path of names. */
function matchItems(after, before) {
    const byId = new Map(before.filter((n) => n.id).map((n) => [`${n.kind}\u0000${n.id}`, n]));
    const byKey = new Map(before.map((n) => [n.key, n]));
    const used = new Set();
    const pairs = new Map();
    for (const node of after) {
        const hit = node.id ? byId.get(`${node.kind}\u0000${node.id}`) : undefined;
        if (hit && !used.has(hit)) {
            used.add(hit);
            pairs.set(node, hit);
        }
    }
    for (const node of after) {
        if (pairs.has(node))
            continue;
        const hit = byKey.get(node.key);
        if (hit && !used.has(hit)) {
            used.add(hit);
            pairs.set(node, hit);
        }
    }
    return pairs;
}
/** Restore's view: a matched item under another path (its own or a folder's rename or move) is "changed", with `from`. */
function restoreItems(backup, current) {
    const out = { requests: emptyCounts(), folders: emptyCounts() };
    const counts = (kind) => (kind === 'folder' ? out.folders : out.requests);
    const entry = (node) => ({ path: node.path, ...(node.id ? { id: node.id } : {}) });
    const pairs = matchItems(backup, current);
    const used = new Set(pairs.values());
    for (const node of backup) {
        const bucket = counts(node.kind);
        const match = pairs.get(node);
        if (!match)
            bucket.added.push(entry(node));
        else if (match.key !== node.key && match.path.join('\u0000') !== node.path.join('\u0000'))
            bucket.changed.push({ ...entry(node), from: match.path });
        else if (match.compared !== node.compared)
            bucket.changed.push(entry(node));
        else
            bucket.unchanged++;
    }
    for (const node of current)
        if (!used.has(node))
            counts(node.kind).removed.push(entry(node));
    return out;
}
function emptyItemChanges() {
    return { added: [], removed: [], changed: [], renamed: [], moved: [], unchanged: 0 };
}
/** The changelog's view: renames and moves apart from content changes; children follow their folder silently. */
function changelogItems(after, before) {
    const requests = emptyItemChanges();
    const folders = emptyItemChanges();
    const examples = { added: [], removed: [], changed: [], renamed: [], unchanged: 0 };
    const pairs = matchItems(after, before);
    const used = new Set(pairs.values());
    const matched = (node) => pairs.has(node) || used.has(node);
    const entry = (node) => {
        let outermost;
        for (let p = node.parent; p; p = p.parent)
            if (!matched(p))
                outermost = p;
        return {
            path: node.path,
            ...(node.id ? { id: node.id } : {}),
            ...(outermost ? { within: outermost.path } : {}),
            ...(node.kind === 'folder' ? { requests: node.requests } : {})
        };
    };
    const push = (node, list) => node.kind === 'folder' ? folders[list].push(entry(node)) : requests[list].push(entry(node));
    for (const node of after) {
        const match = pairs.get(node);
        if (!match) {
            push(node, 'added');
            continue;
        }
        const changes = node.kind === 'folder' ? folders : requests;
        const id = node.id ? { id: node.id } : {};
        let same = true;
        if (match.name !== node.name) {
            changes.renamed.push({ path: node.path, ...id, from: match.name });
            same = false;
        }
        const sameParent = node.parent ? pairs.get(node.parent) === match.parent : !match.parent;
        if (!sameParent) {
            changes.moved.push({
                path: node.path,
                ...id,
                fromFolder: match.path.slice(0, -1),
                toFolder: node.path.slice(0, -1)
            });
            same = false;
        }
        if (match.compared !== node.compared) {
            push(node, 'changed');
            same = false;
        }
        if (same)
            changes.unchanged++;
        if (node.kind === 'request')
            diffExamples(node, match, examples);
    }
    for (const node of before)
        if (!used.has(node))
            push(node, 'removed');
    return { requests, folders, examples };
}
function examplesOf(responses) {
    const seen = new Map();
    return responses.filter(isObject).map((response) => {
        const name = typeof response.name === 'string' ? response.name : '';
        const occurrence = seen.get(name) ?? 0;
        seen.set(name, occurrence + 1);
        const body = unmanaged(response);
        delete body.name;
        return {
            id: typeof response.id === 'string' ? response.id : undefined,
            name,
            key: `${name}#${occurrence}`,
            body: canonical(body)
        };
    });
}
/** Examples of one request in both versions: by `id` when both have one, else by name (and occurrence). */
function diffExamples(after, before, out) {
    const now = examplesOf(after.responses);
    const then = examplesOf(before.responses);
    const byId = new Map(then.filter((e) => e.id).map((e) => [e.id, e]));
    const byKey = new Map(then.map((e) => [e.key, e]));
    const used = new Set();
    const pairs = new Map();
    for (const example of now) {
        const hit = example.id ? byId.get(example.id) : undefined;
        if (hit && !used.has(hit)) {
            pairs.set(example, hit);
            used.add(hit);
        }
    }
    for (const example of now) {
        const hit = pairs.has(example) ? undefined : byKey.get(example.key);
        if (hit && !used.has(hit)) {
            pairs.set(example, hit);
            used.add(hit);
        }
    }
    const entry = (e) => ({ request: after.path, name: e.name, ...(e.id ? { id: e.id } : {}) });
    for (const example of now) {
        const match = pairs.get(example);
        if (!match) {
            out.added.push(entry(example));
            continue;
        }
        if (match.name !== example.name)
            out.renamed.push({ ...entry(example), from: match.name });
        if (match.body !== example.body)
            out.changed.push(entry(example));
        if (match.name === example.name && match.body === example.body)
            out.unchanged++;
    }
    for (const example of then)
        if (!used.has(example))
            out.removed.push(entry(example));
}
/** Variables by key (a repeated key counts as `key (2)`, …); only whether each differs, never how. */
function diffVariables(after, before) {
    const out = emptyCounts();
    const keyed = (list) => {
        const map = new Map();
        for (const variable of Array.isArray(list) ? list : []) {
            if (!isObject(variable))
                continue;
            const name = String(variable.key ?? variable.id ?? '');
            let key = name;
            for (let n = 2; map.has(key); n++)
                key = `${name} (${n})`;
            map.set(key, canonical(variable));
        }
        return map;
    };
    const then = keyed(before);
    const now = keyed(after);
    for (const [key, value] of now) {
        if (!then.has(key))
            out.added.push(key);
        else if (then.get(key) !== value)
            out.changed.push(key);
        else
            out.unchanged++;
    }
    for (const key of then.keys())
        if (!now.has(key))
            out.removed.push(key);
    return out;
}
function diffProperties(after, before, skip) {
    const changed = [];
    for (const key of [...new Set([...Object.keys(after), ...Object.keys(before)])].sort()) {
        if (skip.includes(key))
            continue;
        if (key === 'info' && isObject(after.info) && isObject(before.info)) {
            for (const field of [...new Set([...Object.keys(after.info), ...Object.keys(before.info)])].sort()) {
                if (canonical(after.info[field]) !== canonical(before.info[field]))
                    changed.push(field === 'name' || field === 'description' ? field : `info.${field}`);
            }
        }
        else if (canonical(after[key]) !== canonical(before[key]))
            changed.push(key);
    }
    return changed;
}
const asObject = (value) => (isObject(value) ? value : {});
const variablesOf = (kind, document) => (kind === 'collection' ? document.variable : document.values);
const childrenKey = (kind) => (kind === 'collection' ? ['item', 'variable'] : ['values']);
const moved = (c) => c.added.length + c.removed.length + c.changed.length;
/**
 * What the property and variable diffs read: the document's own fields, managed ones left out. A
 * shallow copy: a collection's items are flatten's to compare, and are never copied whole.
 */
function ownFields(kind, document) {
    const copy = { ...asObject(document) };
    if (kind === 'collection') {
        delete copy.item;
        if (isObject(copy.info))
            copy.info = { ...copy.info };
    }
    deleteOwnManagedFields(kind, copy);
    return copy;
}
/** A document's name: a collection's `info.name`, an environment's `name`. */
export function documentName(kind, document) {
    const holder = kind === 'collection' ? asObject(asObject(document).info) : asObject(document);
    return typeof holder.name === 'string' ? holder.name : undefined;
}
/**
 * What writing `backup` over `current` changes (all of it is "added" when `current` is
 * undefined, i.e. a new document). Fields the API manages (IDs, timestamps, owner) are not
 * compared; after a restore, planning again gives `changed: false`.
 */
export function planRestore(kind, backup, current) {
    const after = ownFields(kind, backup);
    const before = ownFields(kind, current);
    const properties = current === undefined ? [] : diffProperties(after, before, childrenKey(kind));
    const variables = diffVariables(variablesOf(kind, after), variablesOf(kind, before));
    // IDs are matched on the documents as they are; managed fields are gone from `compared` already.
    const items = kind === 'collection'
        ? restoreItems(flatten(backup, 'restore'), flatten(current, 'restore'))
        : { requests: emptyCounts(), folders: emptyCounts() };
    const diff = { ...items, variables, properties, changed: false };
    diff.changed =
        current === undefined ||
            moved(diff.requests) + moved(diff.folders) + moved(diff.variables) + diff.properties.length > 0;
    return diff;
}
/**
 * What changed from `before` to `after`, two versions of one document (parsed JSON), for a
 * changelog: renames and moves reported as such, a folder's children not repeated when it is
 * renamed or moved, examples per request, variables by key. Names only, never values.
 * `before` undefined: everything is added (a new document); `after` undefined: everything removed.
 */
export function diffDocuments(kind, before, after) {
    const now = ownFields(kind, after);
    const then = ownFields(kind, before);
    const items = kind === 'collection'
        ? changelogItems(flatten(after, 'changelog'), flatten(before, 'changelog'))
        : {
            requests: emptyItemChanges(),
            folders: emptyItemChanges(),
            examples: { added: [], removed: [], changed: [], renamed: [], unchanged: 0 }
        };
    const properties = before === undefined || after === undefined ? [] : diffProperties(now, then, [...childrenKey(kind), 'name']);
    const oldName = documentName(kind, before);
    const newName = documentName(kind, after);
    const diff = {
        kind,
        ...(oldName !== undefined && newName !== undefined && oldName !== newName ? { renamedFrom: oldName } : {}),
        ...items,
        variables: diffVariables(variablesOf(kind, now), variablesOf(kind, then)),
        properties,
        changed: false
    };
    const itemChanges = (c) => moved(c) + c.renamed.length + c.moved.length;
    diff.changed =
        diff.renamedFrom !== undefined ||
            itemChanges(diff.requests) +
                itemChanges(diff.folders) +
                moved(diff.examples) +
                diff.examples.renamed.length +
                moved(diff.variables) +
                diff.properties.length >
                0;
    return diff;
}
/** What a document holds: its requests, folders, examples and variables. */
export function countContents(kind, document) {
    const nodes = kind === 'collection' ? flatten(document) : [];
    const variables = variablesOf(kind, asObject(document));
    return {
        requests: nodes.filter((n) => n.kind === 'request').length,
        folders: nodes.filter((n) => n.kind === 'folder').length,
        examples: nodes.reduce((sum, n) => sum + n.responses.filter(isObject).length, 0),
        variables: Array.isArray(variables) ? variables.filter(isObject).length : 0
    };
}
