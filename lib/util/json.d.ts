/** A JSON object as parsed: keys to unknown values. */
export type Json = Record<string, unknown>;
/** A plain object (not null, not an array). */
export declare function isObject(value: unknown): value is Json;
/** JSON.parse of text that may start with a byte order mark (editors on Windows add one; Postman exports can). */
export declare function parseJsonText(text: string): unknown;
