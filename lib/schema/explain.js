// Readable reasons for a document that ajv has already rejected. ajv's own error list is
// hard to read for oneOf/anyOf (it reports every branch, and across `$ref`s its schemaPath no
// longer tells which branch an error came from). So this walks our schema alongside the
// document, for the draft-07 keywords our schemas use, and at each oneOf/anyOf keeps only the
// branch the document most plausibly meant (e.g. the folder branch for an object that has
// `item`), merging branches that fail in the same place ("must be object or string").
// ajv stays the judge: this runs only after ajv said "invalid", and the caller falls back to
// ajv's errors if this finds nothing.
import { isObject } from '../util/json.js';
/** JSON pointer escaping of one reference token (RFC 6901). */
export function escapePointerToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
export function explain(root, data) {
    const found = [];
    check(root, root, data, { depth: 0 }, found);
    return found.map((f) => ({
        pointer: pointerOf(f.at),
        message: messageOf(f),
        keyword: f.keyword,
        depth: f.at.depth,
        definition: f.at.definition,
        property: f.at.property,
        value: f.value
    }));
}
const preparedNodes = new WeakMap();
function prepare(s) {
    let p = preparedNodes.get(s);
    if (p === undefined) {
        p = {
            ref: typeof s.$ref === 'string' ? s.$ref : undefined,
            types: s.type === undefined ? undefined : Array.isArray(s.type) ? s.type : [s.type],
            hasConst: 'const' in s,
            enumValues: Array.isArray(s.enum) ? s.enum : undefined,
            minimum: typeof s.minimum === 'number' ? s.minimum : undefined,
            maxLength: typeof s.maxLength === 'number' ? s.maxLength : undefined,
            required: Array.isArray(s.required) ? s.required : [],
            properties: typeof s.properties === 'object' && s.properties !== null ? Object.entries(s.properties) : [],
            items: s.items !== undefined && !Array.isArray(s.items) ? s.items : undefined,
            anyOf: Array.isArray(s.anyOf) ? s.anyOf : undefined,
            oneOf: Array.isArray(s.oneOf) ? s.oneOf : undefined
        };
        preparedNodes.set(s, p);
    }
    return p;
}
function check(root, schema, data, at, out) {
    if (schema === true || schema === undefined)
        return;
    if (schema === false)
        return void out.push({ at, keyword: 'false schema', value: data });
    const s = schema;
    const p = prepare(s);
    // draft-07: a schema with $ref is only that reference.
    if (p.ref !== undefined) {
        const { target, definition } = resolve(root, p.ref);
        return check(root, target, data, definition === undefined ? at : { ...at, definition }, out);
    }
    if (p.types !== undefined && !matchesType(p.types, data))
        return void out.push({ at, keyword: 'type', value: data, expected: p.types });
    if (p.hasConst && !jsonEqual(s.const, data))
        out.push({ at, keyword: 'const', value: data, expected: [s.const] });
    if (p.enumValues !== undefined && !p.enumValues.some((v) => jsonEqual(v, data))) {
        out.push({ at, keyword: 'enum', value: data, expected: p.enumValues });
    }
    if (p.minimum !== undefined && typeof data === 'number' && data < p.minimum) {
        out.push({ at, keyword: 'minimum', value: data, expected: [p.minimum] });
    }
    // ajv counts code points; the UTF-16 length is an upper bound, so only long strings are spread.
    if (p.maxLength !== undefined &&
        typeof data === 'string' &&
        data.length > p.maxLength &&
        [...data].length > p.maxLength) {
        out.push({ at, keyword: 'maxLength', value: data, expected: [p.maxLength] });
    }
    if (isObject(data)) {
        for (const key of p.required) {
            if (!Object.prototype.hasOwnProperty.call(data, key))
                out.push({ at, keyword: 'required', expected: [key] });
        }
        for (const [key, sub] of p.properties) {
            if (Object.prototype.hasOwnProperty.call(data, key))
                check(root, sub, data[key], child(at, key, key), out);
        }
    }
    if (p.items !== undefined && Array.isArray(data)) {
        for (let index = 0; index < data.length; index++)
            check(root, p.items, data[index], child(at, String(index), undefined), out);
    }
    if (p.anyOf !== undefined)
        combinator(root, 'anyOf', p.anyOf, data, at, out);
    if (p.oneOf !== undefined)
        combinator(root, 'oneOf', p.oneOf, data, at, out);
}
function combinator(root, keyword, branches, data, at, out) {
    const results = branches.map((branch) => {
        const result = [];
        check(root, branch, data, at, result);
        return result;
    });
    const passing = results.filter((r) => r.length === 0).length;
    if (keyword === 'anyOf' ? passing > 0 : passing === 1)
        return;
    if (passing > 1) {
        const names = results.flatMap((r, i) => (r.length === 0 ? [branchTitle(root, branches[i]) ?? `branch ${i}`] : []));
        return void out.push({
            at,
            keyword: 'oneOf',
            value: data,
            message: `must match exactly one schema in oneOf, but is valid as each of: ${names.join(', ')}`
        });
    }
    // Keep the branch(es) the document got furthest in; see plausibility().
    const scores = results.map((r) => plausibility(r, at));
    const best = Math.max(...scores);
    let chosen = results.filter((_, i) => scores[i] === best);
    if (best > 1) {
        const fewest = Math.min(...chosen.map((r) => r.length));
        chosen = chosen.filter((r) => r.length === fewest);
        const samePlaces = chosen.every((r) => places(r) === places(chosen[0]));
        return void out.push(...(samePlaces && chosen.length > 1 ? mergeSamePlaces(chosen) : chosen[0]));
    }
    // Every best branch failed right here (wrong type, or a missing required property): say so once.
    const titles = branches.filter((_, i) => scores[i] === best).map((b) => branchTitle(root, b));
    out.push(mergeShallow(chosen, titles, at, data));
}
/**
 * How far a failing branch got: 0 wrong type here, 1 other failures only here (e.g. a missing
 * required property), 1.5 a discriminating constant one level down failed (formdata `type`),
 * 2 it failed deeper in (the document was meant as this branch).
 */
function plausibility(result, at) {
    if (result.some((f) => f.at.depth === at.depth && f.keyword === 'type'))
        return 0;
    if (result.every((f) => f.at.depth === at.depth))
        return 1;
    if (result.some((f) => f.at.depth === at.depth + 1 && f.keyword === 'const'))
        return 1.5;
    return 2;
}
function mergeShallow(results, titles, at, data) {
    const all = results.flat();
    if (all.every((f) => f.keyword === 'type')) {
        return { at, keyword: 'type', value: data, expected: unique(all.flatMap((f) => f.expected ?? [])) };
    }
    if (all.every((f) => f.keyword === 'required')) {
        // Each branch's missing properties; drop alternatives that include another (id+key vs id).
        const sets = results.map((r) => unique(r.flatMap((f) => (f.expected ?? []))));
        const keep = sets
            .map((set, i) => ({ set, title: titles[i] }))
            .filter(({ set }, i) => !sets.some((other, j) => j !== i && other.length < set.length && other.every((p) => set.includes(p))));
        const seen = new Set();
        const alternatives = keep.filter(({ set }) => !seen.has(set.join()) && seen.add(set.join()));
        const withTitles = alternatives.length > 1 && alternatives.every((a) => a.title !== undefined);
        const text = alternatives
            .map(({ set, title }) => set.map((p) => `'${p}'`).join(' and ') + (withTitles ? ` (${title})` : ''))
            .join(' or ');
        return { at, keyword: 'required', message: `must have required property ${text}` };
    }
    return { at, keyword: 'anyOf', value: data, message: unique(all.map(messageOf)).join('; or ') };
}
function mergeSamePlaces(results) {
    return results[0].map((first, index) => {
        const alike = results.map((r) => r[index]);
        if (alike.every((f) => f.keyword === 'const')) {
            return { ...first, keyword: 'enum', expected: unique(alike.flatMap((f) => f.expected ?? [])) };
        }
        return { ...first, message: unique(alike.map(messageOf)).join('; or ') };
    });
}
function places(result) {
    return result.map((f) => pointerOf(f.at)).join('\n');
}
// ---- words ----
function messageOf(f) {
    if (f.message !== undefined)
        return f.message;
    const expected = f.expected ?? [];
    switch (f.keyword) {
        case 'type':
            return `must be ${orList(expected.map(String))}`;
        case 'const':
            return `must be equal to constant ${JSON.stringify(expected[0])}`;
        case 'enum':
            return `must be equal to one of the allowed values: ${expected.map(String).join(', ')}`;
        case 'minimum':
            return `must be >= ${String(expected[0])}`;
        case 'maxLength':
            return `must NOT have more than ${String(expected[0])} characters`;
        case 'required':
            return `must have required property '${String(expected[0])}'`;
        default:
            return 'must not be present';
    }
}
function orList(items) {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
// ---- schema and pointer plumbing ----
function branchTitle(root, branch) {
    const s = branch;
    const target = typeof s.$ref === 'string' ? resolve(root, s.$ref).target : s;
    return typeof target?.title === 'string' ? target.title : undefined;
}
const resolved = new WeakMap();
function resolve(root, ref) {
    let cache = resolved.get(root);
    if (cache === undefined)
        resolved.set(root, (cache = new Map()));
    let hit = cache.get(ref);
    if (hit === undefined) {
        if (!ref.startsWith('#'))
            throw new Error(`Cannot resolve external $ref ${ref}`);
        const tokens = ref
            .slice(1)
            .split('/')
            .slice(1)
            .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
        let node = root;
        for (const token of tokens)
            node = node?.[token];
        if (node === undefined)
            throw new Error(`Unresolvable $ref ${ref}`);
        hit = { target: node, definition: tokens.length === 2 && tokens[0] === 'definitions' ? tokens[1] : undefined };
        cache.set(ref, hit);
    }
    return hit;
}
function child(at, token, property) {
    return { up: at, token, depth: at.depth + 1, definition: at.definition, property };
}
function pointerOf(at) {
    const tokens = [];
    for (let p = at; p?.token !== undefined; p = p.up)
        tokens.push(escapePointerToken(p.token));
    return tokens.length === 0 ? '' : `/${tokens.reverse().join('/')}`;
}
// ---- JSON values ----
function matchesType(types, data) {
    for (const t of types)
        if (hasType(t, data))
            return true;
    return false;
}
function hasType(type, data) {
    switch (type) {
        case 'object':
            return isObject(data);
        case 'array':
            return Array.isArray(data);
        case 'null':
            return data === null;
        case 'integer':
            return Number.isInteger(data);
        case 'number':
            return typeof data === 'number' && Number.isFinite(data);
        default:
            return typeof data === type;
    }
}
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    return JSON.stringify(a) === JSON.stringify(b);
}
function unique(items) {
    return [...new Set(items)];
}
