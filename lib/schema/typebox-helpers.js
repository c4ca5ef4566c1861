// Small TypeBox builders for the JSON Schema constructs the Postman Collection Format uses
// but TypeBox has no first-class type for (oneOf, `type` arrays, enum without a type, an
// object schema without `type`, typed `$ref`s). Each one emits exactly the draft-07 keyword
// of the official schema, so ajv gives the same verdicts, and carries the TypeScript type.
import { Type } from '@sinclair/typebox';
/** Where definitions live in our schemas, as in the official ones. */
export const DEFINITIONS_POINTER = '#/definitions/';
/**
 * `{"$ref": "#/definitions/<name>"}`, typed as the schema it points at. TypeBox 0.34 refs are
 * untyped, and the official schema shares definitions by `$ref`, so we do the same.
 */
export function Def(name, _schema) {
    return Type.Unsafe({ $ref: `${DEFINITIONS_POINTER}${name}` });
}
/**
 * Type.Object whose TypeScript type admits other properties too, as the schema does (it has no
 * `additionalProperties` anywhere). The JSON Schema is Type.Object's, unchanged.
 */
export function Obj(properties, options = {}) {
    return Type.Unsafe(Type.Object(properties, options));
}
/** `oneOf`: exactly one branch must match (TypeBox's Union is `anyOf`, which accepts overlaps). */
export function OneOf(schemas, options = {}) {
    return Type.Unsafe({ ...options, oneOf: schemas });
}
/** `{"type": "string", "enum": [...]}` (one `enum` keyword, so ajv reports the allowed values). */
export function StringEnum(values, options = {}) {
    return Type.Unsafe({ ...options, type: 'string', enum: [...values] });
}
/** `{"enum": [...]}` with no `type`, as the official body `mode` is written. */
export function Enum(values, options = {}) {
    return Type.Unsafe({ ...options, enum: [...values] });
}
/** `{"type": [...]}`: a bare type, or a list of types (the official schema uses both). */
export function Types(types, options = {}) {
    return Type.Unsafe({ ...options, type: types.length === 1 ? types[0] : [...types] });
}
/**
 * An object's `properties`/`required` without `"type": "object"`. The official `response`
 * definition is written so: it constrains objects and lets any other value through.
 */
export function PropertiesOnly(object, options = {}) {
    const schema = { ...options, properties: object.properties };
    if (object.required !== undefined)
        schema.required = object.required;
    return Type.Unsafe(schema);
}
