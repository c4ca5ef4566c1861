import { type ObjectOptions, type Static, type TObject, type TProperties, type TSchema, type TUnsafe, type SchemaOptions } from '@sinclair/typebox';
/** Where definitions live in our schemas, as in the official ones. */
export declare const DEFINITIONS_POINTER = "#/definitions/";
/**
 * `{"$ref": "#/definitions/<name>"}`, typed as the schema it points at. TypeBox 0.34 refs are
 * untyped, and the official schema shares definitions by `$ref`, so we do the same.
 */
export declare function Def<T extends TSchema>(name: string, _schema: T): TUnsafe<Static<T>>;
/** Other properties than the schema names: the Collection Format never forbids them, and Postman writes many. */
export type Open<T> = T & {
    [property: string]: unknown;
};
/**
 * Type.Object whose TypeScript type admits other properties too, as the schema does (it has no
 * `additionalProperties` anywhere). The JSON Schema is Type.Object's, unchanged.
 */
export declare function Obj<P extends TProperties>(properties: P, options?: ObjectOptions): TUnsafe<Open<Static<TObject<P>>>>;
/** `oneOf`: exactly one branch must match (TypeBox's Union is `anyOf`, which accepts overlaps). */
export declare function OneOf<T extends TSchema[]>(schemas: [...T], options?: SchemaOptions): TUnsafe<Static<T[number]>>;
/** `{"type": "string", "enum": [...]}` (one `enum` keyword, so ajv reports the allowed values). */
export declare function StringEnum<const T extends readonly string[]>(values: T, options?: SchemaOptions): TUnsafe<T[number]>;
/** `{"enum": [...]}` with no `type`, as the official body `mode` is written. */
export declare function Enum<const T extends readonly string[]>(values: T, options?: SchemaOptions): TUnsafe<T[number]>;
export type JsonTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';
type JsonTypeOf<N extends JsonTypeName> = N extends 'string' ? string : N extends 'number' | 'integer' ? number : N extends 'boolean' ? boolean : N extends 'null' ? null : N extends 'array' ? unknown[] : Record<string, unknown>;
/** `{"type": [...]}`: a bare type, or a list of types (the official schema uses both). */
export declare function Types<const N extends readonly JsonTypeName[]>(types: N, options?: SchemaOptions): TUnsafe<JsonTypeOf<N[number]>>;
/**
 * An object's `properties`/`required` without `"type": "object"`. The official `response`
 * definition is written so: it constrains objects and lets any other value through.
 */
export declare function PropertiesOnly<T extends TObject>(object: T, options?: SchemaOptions): TUnsafe<Open<Static<T>>>;
export {};
