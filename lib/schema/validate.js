// validateCollection: the gate before a collection is committed as a backup, so that an
// invalid document, an API error envelope or an HTML page never overwrites a good backup.
//   strict  - exactly the official Collection Format schema of the document's version
//   lenient - that, plus the deviations Postman itself emits (deviations.ts), each warned about
//   off     - only the minimal shape: an object with info.name and an item array
import { Ajv } from 'ajv';
import { CollectionV20Schema } from './collection-v2.0.js';
import { CollectionV21Schema } from './collection-v2.1.js';
import { DEVIATION_KEYWORD, KNOWN_DEVIATIONS, deviationHint, deviationWarning, findDeviation, lenientSchema } from './deviations.js';
import { apiErrorIssue, checkMode, deepestFirst, describeValue, formatIssue, isObject, MAX_REPORTED_ERRORS, reportable, tooDeepAt, tooDeepIssue } from './common.js';
import { escapePointerToken, explain } from './explain.js';
export { MAX_REPORTED_ERRORS, formatIssue };
export function validateCollection(doc, mode = 'lenient') {
    return collectionValidator(doc, mode);
}
const collectionFormat = {
    schemas: { '2.1.0': CollectionV21Schema, '2.0.0': CollectionV20Schema },
    fallbackVersion: '2.1.0',
    detectVersion: detectCollectionVersion,
    minimalShape: minimalCollectionShape
};
const collectionValidator = formatValidator(collectionFormat);
/** '2.1.0' or '2.0.0' as named by info.schema (e.g. https://schema.getpostman.com/json/collection/v2.1.0/collection.json). */
export function detectCollectionVersion(doc) {
    const schema = isObject(doc) && isObject(doc.info) ? doc.info.schema : undefined;
    if (typeof schema !== 'string')
        return undefined;
    const match = /\bv(2\.1\.0|2\.0\.0)\b/.exec(schema);
    return match ? match[1] : undefined;
}
function minimalCollectionShape(doc) {
    if (!isObject(doc))
        return [{ pointer: '', message: `must be an object (a Postman collection), got ${describeValue(doc)}` }];
    const issues = [];
    if (!('info' in doc))
        issues.push({ pointer: '', message: "must have required property 'info'" });
    else if (!isObject(doc.info))
        issues.push({ pointer: '/info', message: 'must be object' });
    else if (!('name' in doc.info))
        issues.push({ pointer: '/info', message: "must have required property 'name'" });
    else if (typeof doc.info.name !== 'string')
        issues.push({ pointer: '/info/name', message: 'must be string' });
    if (!('item' in doc))
        issues.push({ pointer: '', message: "must have required property 'item'" });
    else if (!Array.isArray(doc.item))
        issues.push({ pointer: '/item', message: 'must be array' });
    const hint = issues.length > 0 ? recogniseNonCollection(doc) : undefined;
    return hint ? [hint, ...issues] : issues;
}
/** Name what the document is instead, for the shapes a backup run is likely to meet. */
function recogniseNonCollection(doc) {
    const apiError = apiErrorIssue(doc, 'a collection');
    if (apiError)
        return apiError;
    if (isObject(doc.collection) && 'info' in doc.collection) {
        return {
            pointer: '/collection',
            message: 'the collection is wrapped in a "collection" property (the Postman API response shape); validate the inner object'
        };
    }
    if (Array.isArray(doc.requests) || Array.isArray(doc.order)) {
        return {
            pointer: '',
            message: 'the document looks like a Collection Format v1 collection; only v2.0.0 and v2.1.0 are supported'
        };
    }
    if (Array.isArray(doc.values) && !('item' in doc)) {
        return { pointer: '', message: 'the document looks like a Postman environment or globals file, not a collection' };
    }
    return undefined;
}
function formatValidator(format) {
    const cache = new Map();
    // Compiled lazily, once per version and mode: most runs only ever need one.
    const compiled = (version, mode) => {
        const key = `${version} ${mode}`;
        let entry = cache.get(key);
        if (entry === undefined) {
            const schema = mode === 'strict' ? format.schemas[version] : lenientSchema(format.schemas[version]);
            entry = { schema, validate: ajvFor(mode).compile(schema) };
            cache.set(key, entry);
        }
        return entry;
    };
    return (doc, mode) => {
        checkMode(mode);
        const version = format.detectVersion(doc);
        // Before anything recursive: a document too deep to walk fails alone, with a reason.
        const deep = tooDeepAt(doc);
        if (deep !== undefined)
            return { valid: false, version, errors: [tooDeepIssue(deep)], warnings: [] };
        const shape = format.minimalShape(doc);
        if (shape.length > 0)
            return { valid: false, version, errors: shape.slice(0, MAX_REPORTED_ERRORS), warnings: [] };
        if (mode === 'off')
            return { valid: true, version, errors: [], warnings: [] };
        const { schema, validate } = compiled(version ?? format.fallbackVersion, mode);
        const warnings = new Map();
        deviationSink = (index, value, pointer) => {
            warnings.set(pointer, { pointer, message: deviationWarning(KNOWN_DEVIATIONS[index], value) });
        };
        let valid;
        try {
            valid = validate(doc);
        }
        finally {
            deviationSink = undefined;
        }
        if (valid)
            return { valid, version, errors: [], warnings: [...warnings.values()] };
        return { valid, version, errors: reasons(schema, doc, mode, validate.errors ?? []), warnings: [] };
    };
}
function reasons(schema, doc, mode, ajvErrors) {
    const explained = explain(schema, doc);
    if (explained.length > 0)
        return reportable(deepestFirst(explained, (issue) => withDeviationHint(issue, mode)));
    // The walk disagreed with ajv (it should not); ajv's own words are still better than nothing.
    const specific = ajvErrors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
    return reportable((specific.length > 0 ? specific : ajvErrors).map((e) => ({ pointer: e.instancePath, message: ajvMessage(e) })));
}
function withDeviationHint(issue, mode) {
    const deviation = mode === 'strict' && issue.keyword === 'enum'
        ? findDeviation(issue.definition, issue.property, issue.value)
        : undefined;
    return deviation ? `${issue.message}; ${deviationHint(deviation, issue.value)}` : issue.message;
}
function ajvMessage(error) {
    const allowed = error.params.allowedValues;
    return `${error.message ?? error.keyword}${Array.isArray(allowed) ? `: ${allowed.map(String).join(', ')}` : ''}`;
}
// ---- ajv ----
/** Set while a lenient validator runs: receives each accepted deviation (synchronous, so one at a time). */
let deviationSink;
const ajvs = {};
function ajvFor(mode) {
    let ajv = ajvs[mode];
    if (ajv === undefined) {
        // strictSchema: an unknown keyword in our own schemas is an error, not silently ignored.
        // The other strict checks would reject constructs the official schema itself uses
        // (`properties` without `type`, `type` arrays, `required` under anyOf). Nothing here
        // changes verdicts: no coercion, no defaults, no removal; allErrors off for speed.
        ajv = new Ajv({ strict: false, strictSchema: true, allErrors: false });
        if (mode === 'lenient') {
            ajv.addKeyword({
                keyword: DEVIATION_KEYWORD,
                schemaType: 'number',
                errors: false,
                validate: (index, data, _parent, context) => {
                    const deviation = KNOWN_DEVIATIONS[index];
                    if (deviation !== undefined &&
                        typeof data === 'string' &&
                        deviation.values.includes(data)) {
                        deviationSink?.(index, data, context?.instancePath ?? '');
                    }
                    return true;
                }
            });
        }
        ajvs[mode] = ajv;
    }
    return ajv;
}
/** Re-exported for callers that build pointers themselves. */
export { escapePointerToken };
