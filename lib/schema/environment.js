// The Postman environment format as TypeBox schemas, and validateEnvironment: the gate
// before an environment is committed, like validateCollection for collections.
// Postman publishes no JSON Schema for environments, so this one is written for the project
// from Postman's OpenAPI definition (getEnvironment: the object inside {"environment": …})
// and from real exports (`_postman_*` properties, older variable types). Other properties are
// allowed everywhere, as Postman adds fields over time; the `values` entries are checked
// closely, since they are what a backup is for and what redaction reads.
//   strict  - variable types as the OpenAPI definition lists them ('default', 'secret')
//   lenient - also the types Postman's own exports carry (ENVIRONMENT_DEVIATIONS), each warned about
//   off     - only the minimal shape: an object with a string name and a values array
import { Type } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import { Description } from './collection-format.js';
import { apiErrorIssue, checkMode, clip, deepestFirst, describeValue, isObject, MAX_REPORTED_ERRORS, reportable, tooDeepAt, tooDeepIssue } from './common.js';
import { explain } from './explain.js';
import { Obj, StringEnum, Types } from './typebox-helpers.js';
const Opt = Type.Optional;
/** Variable types in Postman's OpenAPI definition (environmentVariables.type). */
export const ENVIRONMENT_VARIABLE_TYPES = ['default', 'secret'];
/** Variable types Postman's exports carry beyond the OpenAPI enum; lenient accepts them with a warning. */
export const ENVIRONMENT_DEVIATIONS = [
    { value: 'any', reference: 'Postman 9 and 10 exports' },
    { value: 'text', reference: 'Postman 4 to 6 exports and Newman' }
];
function environmentSchema(types, title) {
    const VariableType = Type.Unsafe(StringEnum(types));
    const EnvironmentVariable = Obj({
        key: Type.String(),
        // The OpenAPI definition says string; scripts (pm.environment.set) can store numbers and
        // booleans, and null is how an unset value round-trips. Absent for a vault secret.
        value: Opt(Types(['string', 'number', 'boolean', 'null'])),
        type: Opt(VariableType),
        enabled: Opt(Type.Boolean()),
        // Older exports and Newman write `disabled` instead of `enabled`.
        disabled: Opt(Type.Boolean()),
        description: Opt(Description),
        // A variable whose value lives in the Postman Vault (environmentVaultVariables).
        secret: Opt(Type.Boolean()),
        source: Opt(Types(['object']))
    }, { title: 'Environment Variable' });
    const Environment = Obj({
        id: Opt(Type.String()),
        uid: Opt(Type.String()),
        name: Type.String(),
        owner: Opt(Type.String()),
        createdAt: Opt(Type.String()),
        updatedAt: Opt(Type.String()),
        isPublic: Opt(Type.Boolean()),
        values: Type.Array(EnvironmentVariable, { title: 'Environment Variables' }),
        _postman_variable_scope: Opt(Type.Literal('environment')),
        _postman_exported_at: Opt(Type.String()),
        _postman_exported_using: Opt(Type.String())
    }, { $schema: 'http://json-schema.org/draft-07/schema#', title });
    return { Environment, EnvironmentVariable };
}
const strictParts = environmentSchema(ENVIRONMENT_VARIABLE_TYPES, 'Postman Environment');
const lenientParts = environmentSchema([...ENVIRONMENT_VARIABLE_TYPES, ...ENVIRONMENT_DEVIATIONS.map((d) => d.value)], 'Postman Environment (with the variable types Postman exports)');
/** The environment as the OpenAPI definition describes it (strict mode). */
export const EnvironmentSchema = strictParts.Environment;
/** EnvironmentSchema plus the variable types Postman's exports carry (lenient mode). */
export const EnvironmentLenientSchema = lenientParts.Environment;
export function validateEnvironment(doc, mode = 'lenient') {
    checkMode(mode);
    // Before anything recursive: a document too deep to walk fails alone, with a reason.
    const deep = tooDeepAt(doc);
    if (deep !== undefined)
        return { valid: false, version: undefined, errors: [tooDeepIssue(deep)], warnings: [] };
    const shape = minimalEnvironmentShape(doc);
    if (shape.length > 0)
        return { valid: false, version: undefined, errors: shape.slice(0, MAX_REPORTED_ERRORS), warnings: [] };
    if (mode === 'off')
        return { valid: true, version: undefined, errors: [], warnings: [] };
    const { schema, validate } = compiled(mode);
    if (!validate(doc))
        return { valid: false, version: undefined, errors: reasons(schema, doc, validate), warnings: [] };
    return {
        valid: true,
        version: undefined,
        errors: [],
        warnings: mode === 'lenient' ? deviationWarnings(doc) : []
    };
}
// ---- the minimal shape, checked in every mode ----
function minimalEnvironmentShape(doc) {
    // Binary data (a Buffer) is an object too; say what it is rather than which properties it lacks.
    if (!isObject(doc) || ArrayBuffer.isView(doc) || doc instanceof ArrayBuffer) {
        return [{ pointer: '', message: `must be an object (a Postman environment), got ${describeNonEnvironment(doc)}` }];
    }
    const issues = [];
    if (!Object.hasOwn(doc, 'name'))
        issues.push({ pointer: '', message: "must have required property 'name'" });
    else if (typeof doc.name !== 'string')
        issues.push({ pointer: '/name', message: 'must be string' });
    if (!Object.hasOwn(doc, 'values'))
        issues.push({ pointer: '', message: "must have required property 'values'" });
    else if (!Array.isArray(doc.values))
        issues.push({ pointer: '/values', message: 'must be array' });
    // A globals export has the same shape; only its scope tells it apart, so it is refused even in off mode.
    const scope = doc._postman_variable_scope;
    if (typeof scope === 'string' && scope !== 'environment') {
        issues.push({
            pointer: '/_postman_variable_scope',
            message: `the document is a Postman ${scope} file, not an environment (_postman_variable_scope must be "environment")`
        });
    }
    const hint = issues.length > 0 ? recogniseNonEnvironment(doc) : undefined;
    return hint ? [hint, ...issues] : issues;
}
/** Name what the document is instead, for the shapes a backup run is likely to meet. */
function recogniseNonEnvironment(doc) {
    const apiError = apiErrorIssue(doc, 'an environment');
    if (apiError)
        return apiError;
    // RFC 9457 problem details, which the Postman API also answers with.
    if (typeof doc.status === 'number' && typeof doc.title === 'string') {
        const detail = [doc.status, doc.title, doc.detail]
            .filter((v) => typeof v === 'string' || typeof v === 'number')
            .join(' ');
        return { pointer: '', message: `the document is an API error response, not an environment (${clip(detail)})` };
    }
    if (isObject(doc.environment) && 'values' in doc.environment) {
        return {
            pointer: '/environment',
            message: 'the environment is wrapped in an "environment" property (the Postman API response shape); validate the inner object'
        };
    }
    if ('info' in doc && 'item' in doc) {
        return { pointer: '', message: 'the document looks like a Postman collection, not an environment' };
    }
    return undefined;
}
const compiledSchemas = {};
let ajv;
function compiled(mode) {
    let entry = compiledSchemas[mode];
    if (entry === undefined) {
        // As for collections: unknown keywords in our schema are errors; nothing changes the data.
        ajv ??= new Ajv({ strict: false, strictSchema: true, allErrors: false });
        const schema = mode === 'strict' ? EnvironmentSchema : EnvironmentLenientSchema;
        entry = compiledSchemas[mode] = { schema, validate: ajv.compile(schema) };
    }
    return entry;
}
/** The readable reasons (explain.ts), most specific first; ajv's own words if the walk finds none. */
function reasons(schema, doc, validate) {
    const explained = explain(schema, doc);
    return reportable(explained.length > 0
        ? deepestFirst(explained, (issue) => withHint(issue.keyword, issue.property, issue.value, issue.message))
        : (validate.errors ?? []).map((e) => ({ pointer: e.instancePath, message: e.message ?? e.keyword })));
}
function withHint(keyword, property, value, message) {
    const deviation = keyword === 'enum' && property === 'type' ? findEnvironmentDeviation(value) : undefined;
    return deviation
        ? `${message}; Postman emits ${JSON.stringify(value)} here (${deviation.reference}), which validation "lenient" accepts`
        : message;
}
function findEnvironmentDeviation(value) {
    return ENVIRONMENT_DEVIATIONS.find((d) => d.value === value);
}
function deviationWarnings(doc) {
    const warnings = [];
    doc.values.forEach((variable, index) => {
        const deviation = findEnvironmentDeviation(variable.type);
        if (deviation !== undefined) {
            warnings.push({
                pointer: `/values/${index}/type`,
                message: `type ${JSON.stringify(variable.type)} is not in Postman's OpenAPI definition of environments (Postman emits it: ${deviation.reference}); accepted in lenient mode`
            });
        }
    });
    return warnings;
}
// ---- small helpers ----
/** describeValue, naming the bare arrays of {key, value} that old globals exports and data files are. */
function describeNonEnvironment(value) {
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isObject(v) && 'key' in v))
        return 'an array of variables (a globals or data file?)';
    return describeValue(value);
}
