import { isObject } from '../util/json.js';
import { VALIDATION_MODES } from '../modes.js';
export { isObject };
export const MAX_REPORTED_ERRORS = 10;
export { VALIDATION_MODES };
/** Throws a TypeError for anything but strict, lenient or off (callers from JavaScript can pass anything). */
export function checkMode(mode) {
    if (!VALIDATION_MODES.includes(mode))
        throw new TypeError(`Unknown validation mode ${JSON.stringify(mode)}: use strict, lenient or off`);
}
/** `/item/3/request: must be object or string` ('(root)' for the whole document). */
export function formatIssue(issue) {
    return `${issue.pointer === '' ? '(root)' : issue.pointer}: ${issue.message}`;
}
/** The walk's issues (explain.ts), most specific (deepest) first, otherwise in the walk's order; each message through `message`. */
export function deepestFirst(explained, message) {
    return explained
        .map((issue, order) => ({ issue, order }))
        .sort((a, b) => b.issue.depth - a.issue.depth || a.order - b.order)
        .map(({ issue }) => ({ pointer: issue.pointer, message: message(issue) }));
}
/** What is reported: each issue once, at most MAX_REPORTED_ERRORS. */
export function reportable(issues) {
    const seen = new Set();
    return issues.filter((i) => !seen.has(formatIssue(i)) && seen.add(formatIssue(i))).slice(0, MAX_REPORTED_ERRORS);
}
/** A Postman API error answer ({"error": {"name", "message"}}) in place of the document, e.g. `what` 'a collection'. */
export function apiErrorIssue(doc, what) {
    if (!isObject(doc.error))
        return undefined;
    const { name, message } = doc.error;
    const detail = [name, message].filter((v) => typeof v === 'string').join(': ');
    return {
        pointer: '/error',
        message: `the document is an API error response, not ${what}${detail ? ` (${clip(detail)})` : ''}`
    };
}
/** What a value that is not a document is, in words: 'an array', 'a string that looks like an HTML or XML page', …. */
export function describeValue(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'nothing (undefined)';
    if (Array.isArray(value))
        return 'an array';
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
        return 'binary data (parse the JSON first)';
    if (typeof value === 'string') {
        if (/^\s*</.test(value))
            return 'a string that looks like an HTML or XML page';
        if (/^\s*[[{]/.test(value))
            return 'a string holding JSON (parse it first)';
        return 'a string';
    }
    return `a ${typeof value}`;
}
export function clip(text, max = 200) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/**
 * Deepest nesting of objects and arrays a document may have. Validation, redaction and
 * serialization walk documents recursively and would overflow the stack somewhere past 2,000
 * levels (explaining an invalid document first); real collections stay under 100 (a request
 * 30 folders deep is about 70). Deeper documents fail validation, in every mode, with this reason.
 */
export const MAX_DOCUMENT_DEPTH = 500;
/**
 * Where `doc` nests deeper than `max` levels of objects and arrays: the JSON pointer of the first
 * value past the limit (shortened), or undefined. Iterative, so it cannot overflow the stack itself.
 */
export function tooDeepAt(doc, max = MAX_DOCUMENT_DEPTH) {
    // Two stacks of plain values: the common case (not too deep) allocates next to nothing.
    const values = [doc];
    const depths = [0];
    while (values.length > 0) {
        const value = values.pop();
        const depth = depths.pop();
        if (typeof value !== 'object' || value === null)
            continue;
        if (depth >= max)
            return pointerToDepth(doc, max);
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                values.push(value[i]);
                depths.push(depth + 1);
            }
        }
        else {
            for (const key in value) {
                if (!Object.hasOwn(value, key))
                    continue;
                values.push(value[key]);
                depths.push(depth + 1);
            }
        }
    }
    return undefined;
}
/** The (shortened) JSON pointer of the first value `depth` levels down in `doc`. */
function pointerToDepth(doc, depth) {
    const stack = [{ value: doc, depth: 0, at: '' }];
    while (stack.length > 0) {
        const { value, depth: level, at } = stack.pop();
        if (typeof value !== 'object' || value === null)
            continue;
        if (level >= depth)
            return at;
        const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--) {
            const [key, child] = entries[i];
            // Spelt out for the first levels only: a full pointer would be as deep as the document.
            const next = level < 12 ? `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` : at.endsWith('/…') ? at : `${at}/…`;
            stack.push({ value: child, depth: level + 1, at: next });
        }
    }
    return '';
}
/** The issue a document deeper than MAX_DOCUMENT_DEPTH fails validation with. */
export function tooDeepIssue(at) {
    return {
        pointer: '',
        message: `is nested deeper than ${MAX_DOCUMENT_DEPTH} levels (at ${at || '/'}), deeper than any real document and than this tool can safely walk`
    };
}
