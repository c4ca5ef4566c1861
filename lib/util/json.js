// Small JSON helpers every layer uses: one home each.
/** A plain object (not null, not an array). */
export function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const BOM = '\uFEFF';
/** JSON.parse of text that may start with a byte order mark (editors on Windows add one; Postman exports can). */
export function parseJsonText(text) {
    return JSON.parse(text.startsWith(BOM) ? text.slice(1) : text);
}
