import { kindOf } from '../kinds/index.js';
import { escapePointerToken } from '../schema/explain.js';
import { isObject } from '../util/json.js';
/**
 * The places redaction blanked in a backed-up document (pointers, kinds). With `pointers` (the
 * manifest's record) those, where the backup still holds ''; without, the places the
 * redaction rules would blank that hold '' (the kind's own `redact`, so the two always agree on
 * what a secret is: mark every '' and see which marks get blanked).
 */
export function blankedFields(kind, document, pointers) {
    const MARK = '\u0000blank\u0000';
    const marked = JSON.parse(JSON.stringify(document), (_key, value) => value === '' ? MARK : value);
    const { redacted } = kindOf(kind).redact(marked, 'secrets');
    const blank = redacted.filter((field) => valueAt(document, field.pointer) === '');
    if (pointers === undefined)
        return blank;
    const kinds = new Map(blank.map((f) => [f.pointer, f.kind]));
    return [...new Set(pointers)]
        .filter((pointer) => valueAt(document, pointer) === '')
        .map((pointer) => ({ pointer, kind: kinds.get(pointer) ?? 'redacted value' }));
}
/**
 * The document to write: the backup, with the target's current value at each blanked place
 * where the target has one (unless `overwriteSecrets`), and what happens at each place.
 */
export function keepTargetSecrets(kind, backup, current, blanked, options = {}) {
    const document = blanked.length > 0 && current !== undefined ? structuredClone(backup) : backup;
    const itemsById = current !== undefined && holdsItems(kind) ? indexItems(current) : new Map();
    const secrets = blanked.map((field) => {
        const tokens = parsePointer(field.pointer);
        const label = labelOf(kind, backup, tokens);
        const targetValue = current === undefined ? undefined : counterpart(backup, current, tokens, itemsById);
        if (typeof targetValue !== 'string' || targetValue === '')
            return { ...field, label, outcome: 'blank' };
        if (options.overwriteSecrets)
            return { ...field, label, outcome: 'overwritten' };
        setAt(document, tokens, targetValue);
        return { ...field, label, outcome: 'kept' };
    });
    return { document, secrets };
}
/** The sentence for one place, as plans show it. */
export function secretOutcomeText(outcome) {
    switch (outcome) {
        case 'kept':
            return "keeps Postman's value";
        case 'blank':
            return 'stays blank: set it in Postman';
        case 'overwritten':
            return "Postman's value is overwritten with a blank (overwriteSecrets)";
    }
}
// ---- matching places ----
/** Whether the kind's documents hold folders and requests (matched by ID, labelled by path). */
const holdsItems = (kind) => kindOf(kind).restore?.holdsItems === true;
function parsePointer(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function valueAt(document, pointer) {
    let node = document;
    for (const key of parsePointer(pointer))
        node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
    return node;
}
function setAt(document, tokens, value) {
    let node = document;
    for (const key of tokens.slice(0, -1))
        node = Array.isArray(node) ? node[Number(key)] : node[key];
    const last = tokens[tokens.length - 1];
    if (Array.isArray(node))
        node[Number(last)] = value;
    else if (isObject(node))
        node[last] = value;
}
/** Every folder and request of the target that has an ID, by ID (items may have moved). */
function indexItems(document) {
    const byId = new Map();
    const stack = [document];
    while (stack.length > 0) {
        const node = stack.pop();
        if (!isObject(node) || !Array.isArray(node.item))
            continue;
        for (const item of node.item) {
            if (isObject(item) && typeof item.id === 'string' && item.id !== '')
                byId.set(item.id, item);
            stack.push(item);
        }
    }
    return byId;
}
/** The nth element of `list` with the same identity as `element` (n: its rank among namesakes in its own list). */
function sameIn(list, own, element, identity) {
    const wanted = identity(element);
    if (wanted === undefined)
        return undefined;
    const rank = own.filter((e) => isObject(e) && identity(e) === wanted).indexOf(element);
    return list.filter((e) => isObject(e) && identity(e) === wanted)[rank];
}
const stringField = (field) => (e) => (typeof e[field] === 'string' ? e[field] : undefined);
/** The value at the place in `target` that corresponds to `tokens` in `backup`, or undefined. */
function counterpart(backup, target, tokens, itemsById) {
    let b = backup;
    let t = target;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (Array.isArray(b)) {
            const element = b[Number(token)];
            if (!isObject(element) || !Array.isArray(t)) {
                // A list of plain values: nothing to match by.
                b = element;
                t = Array.isArray(t) ? t[Number(token)] : undefined;
                continue;
            }
            const list = tokens[i - 1];
            let match;
            if (list === 'item') {
                const id = typeof element.id === 'string' ? element.id : undefined;
                match = (id !== undefined ? itemsById.get(id) : undefined) ?? sameIn(t, b, element, stringField('name'));
            }
            else if (list === 'response') {
                const id = typeof element.id === 'string' ? element.id : undefined;
                match =
                    (id !== undefined ? t.find((e) => isObject(e) && e.id === id) : undefined) ??
                        sameIn(t, b, element, stringField('name'));
            }
            else if (typeof element.key === 'string') {
                match = sameIn(t, b, element, stringField('key'));
            }
            b = element;
            t = match;
        }
        else {
            b = isObject(b) ? b[token] : undefined;
            t = isObject(t) ? t[token] : undefined;
        }
        if (t === undefined)
            return undefined;
    }
    return t;
}
/** Where a place is, without its kind: `apiToken`, `Orders / Create order` (its auth), `collection: variable apiToken`. */
function labelOf(kind, backup, tokens) {
    const names = [];
    let node = backup;
    let variable;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
        if (!isObject(node))
            continue;
        if (tokens[i - 1] === 'item' && typeof node.name === 'string')
            names.push(node.name);
        const list = tokens[i - 1];
        if ((list === 'variable' || list === 'values') && typeof node.key === 'string')
            variable = node.key;
    }
    if (!holdsItems(kind))
        return variable ?? tokens.map(escapePointerToken).join('/');
    const where = names.length > 0 ? names.join(' / ') : kindOf(kind).label;
    return variable !== undefined ? `${where}: variable ${variable}` : where;
}
