/** A string-valued property of an object: its pointer and its value's range (between the quotes). */
export interface JsonStringProperty {
    /** JSON pointer of the property inside the text's JSON, e.g. /auth/password. */
    pointer: string;
    /** The property name. */
    key: string;
    start: number;
    end: number;
}
/** An object that holds `key` more than once. */
export interface DuplicateKey {
    /** JSON pointer of the object. */
    pointer: string;
    key: string;
}
export interface JsonTextScan {
    properties: JsonStringProperty[];
    duplicates: DuplicateKey[];
}
/**
 * Scans `text` as JSON (or, with `tolerant`, as a Postman JSON body template). Returns undefined
 * when the text is not JSON (or nests deeper than the stack allows).
 */
export declare function scanJsonText(text: string, options?: {
    tolerant?: boolean;
    properties?: boolean;
}): JsonTextScan | undefined;
/**
 * The objects of a JSON text that repeat a key, for a caller to treat the document as invalid
 * (JSON.parse keeps the last occurrence, which could turn a `secret` variable into a `string`).
 * Throws a SyntaxError when the text is not JSON.
 */
export declare function findDuplicateKeys(text: string): DuplicateKey[];
