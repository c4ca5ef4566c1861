// Small TypeBox builders for the JSON Schema constructs the Postman Collection Format uses
// but TypeBox has no first-class type for (oneOf, `type` arrays, enum without a type, an
// object schema without `type`, typed `$ref`s). Each one emits exactly the draft-07 keyword
// of the official schema, so ajv gives the same verdicts, and carries the TypeScript type.
import {
  Type,
  type ObjectOptions,
  type Static,
  type TObject,
  type TProperties,
  type TSchema,
  type TUnsafe,
  type SchemaOptions
} from '@sinclair/typebox'

/** Where definitions live in our schemas, as in the official ones. */
export const DEFINITIONS_POINTER = '#/definitions/'

/**
 * `{"$ref": "#/definitions/<name>"}`, typed as the schema it points at. TypeBox 0.34 refs are
 * untyped, and the official schema shares definitions by `$ref`, so we do the same.
 */
export function Def<T extends TSchema>(name: string, _schema: T): TUnsafe<Static<T>> {
  return Type.Unsafe<Static<T>>({ $ref: `${DEFINITIONS_POINTER}${name}` })
}

/** Other properties than the schema names: the Collection Format never forbids them, and Postman writes many. */
export type Open<T> = T & { [property: string]: unknown }

/**
 * Type.Object whose TypeScript type admits other properties too, as the schema does (it has no
 * `additionalProperties` anywhere). The JSON Schema is Type.Object's, unchanged.
 */
export function Obj<P extends TProperties>(
  properties: P,
  options: ObjectOptions = {}
): TUnsafe<Open<Static<TObject<P>>>> {
  return Type.Unsafe<Open<Static<TObject<P>>>>(Type.Object(properties, options))
}

/** `oneOf`: exactly one branch must match (TypeBox's Union is `anyOf`, which accepts overlaps). */
export function OneOf<T extends TSchema[]>(schemas: [...T], options: SchemaOptions = {}): TUnsafe<Static<T[number]>> {
  return Type.Unsafe<Static<T[number]>>({ ...options, oneOf: schemas })
}

/** `{"type": "string", "enum": [...]}` (one `enum` keyword, so ajv reports the allowed values). */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: SchemaOptions = {}
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] })
}

/** `{"enum": [...]}` with no `type`, as the official body `mode` is written. */
export function Enum<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, enum: [...values] })
}

export type JsonTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object'
type JsonTypeOf<N extends JsonTypeName> = N extends 'string'
  ? string
  : N extends 'number' | 'integer'
    ? number
    : N extends 'boolean'
      ? boolean
      : N extends 'null'
        ? null
        : N extends 'array'
          ? unknown[]
          : Record<string, unknown>

/** `{"type": [...]}`: a bare type, or a list of types (the official schema uses both). */
export function Types<const N extends readonly JsonTypeName[]>(
  types: N,
  options: SchemaOptions = {}
): TUnsafe<JsonTypeOf<N[number]>> {
  return Type.Unsafe<JsonTypeOf<N[number]>>({ ...options, type: types.length === 1 ? types[0] : [...types] })
}

/**
 * An object's `properties`/`required` without `"type": "object"`. The official `response`
 * definition is written so: it constrains objects and lets any other value through.
 */
export function PropertiesOnly<T extends TObject>(object: T, options: SchemaOptions = {}): TUnsafe<Open<Static<T>>> {
  const schema: Record<string, unknown> = { ...options, properties: object.properties }
  if (object.required !== undefined) schema.required = object.required
  return Type.Unsafe<Open<Static<T>>>(schema)
}
