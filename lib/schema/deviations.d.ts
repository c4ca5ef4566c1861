export interface KnownDeviation {
    /** Name of the schema definition (under `definitions`) that the deviation concerns. */
    readonly definition: string;
    /** Property of that definition whose `enum` Postman exceeds. */
    readonly property: string;
    /** Values Postman writes there that the schema's enum lacks. */
    readonly values: readonly string[];
    /** Where it is documented. */
    readonly reference: string;
}
export declare const KNOWN_DEVIATIONS: readonly [{
    readonly definition: "variable";
    readonly property: "type";
    readonly values: readonly ["default", "secret"];
    readonly reference: "postmanlabs/schemas#207";
}];
/** Variable types Postman emits beyond the schema (for the library's TypeScript types). */
export type PostmanVariableTypeDeviation = (typeof KNOWN_DEVIATIONS)[0]['values'][number];
/** Keyword our lenient schemas carry on a widened property; its value indexes KNOWN_DEVIATIONS. */
export declare const DEVIATION_KEYWORD = "x-postman-deviation";
/**
 * A lenient copy of a schema (plain JSON, without TypeBox's symbols): each deviation's enum is
 * extended with the values Postman emits and tagged with DEVIATION_KEYWORD so that the
 * validator can report where they were accepted. Throws if the schema no longer has the
 * property a deviation names, so that the table cannot silently drift from the schema.
 */
export declare function lenientSchema<T extends object>(schema: T, deviations?: readonly KnownDeviation[]): T;
/** The deviation, if any, that a schema `enum` failure at definition/property for value is. */
export declare function findDeviation(definition: string | undefined, property: string | undefined, value: unknown): KnownDeviation | undefined;
export declare function deviationWarning(deviation: KnownDeviation, value: unknown): string;
export declare function deviationHint(deviation: KnownDeviation, value: unknown): string;
