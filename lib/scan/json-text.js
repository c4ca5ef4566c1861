// A small JSON scanner over raw text, for what JSON.parse cannot tell: where each string
// property's value sits in the text (to blank one property of a raw request body in place), and
// which objects repeat a key (JSON.parse keeps the last one silently, so a Postman answer like
// {"type":"secret", …, "type":"string"} would get past redaction). Postman request bodies are
// JSON templates rather than JSON, so the tolerant mode also accepts `{{variable}}` as a value
// and // or /* */ comments.
import { escapePointerToken } from '../schema/index.js';
class NotJson extends Error {
}
/**
 * Scans `text` as JSON (or, with `tolerant`, as a Postman JSON body template). Returns undefined
 * when the text is not JSON (or nests deeper than the stack allows).
 */
export function scanJsonText(text, options = {}) {
    const tolerant = options.tolerant ?? false;
    const wantProperties = options.properties ?? true;
    const properties = [];
    const duplicates = [];
    let at = 0;
    const fail = () => {
        throw new NotJson();
    };
    const skipSpace = () => {
        for (;;) {
            const c = text.charCodeAt(at);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff)
                at++;
            else if (tolerant && c === 0x2f && text[at + 1] === '/') {
                const next = text.indexOf('\n', at);
                at = next < 0 ? text.length : next;
            }
            else if (tolerant && c === 0x2f && text[at + 1] === '*') {
                const next = text.indexOf('*/', at + 2);
                if (next < 0)
                    fail();
                at = next + 2;
            }
            else
                return;
        }
    };
    // Returns the decoded string; `at` ends after the closing quote.
    const readString = () => {
        const open = at;
        at++;
        for (;;) {
            const quote = text.indexOf('"', at);
            if (quote < 0)
                fail();
            let backslashes = 0;
            for (let i = quote - 1; i >= open + 1 && text[i] === '\\'; i--)
                backslashes++;
            at = quote + 1;
            if (backslashes % 2 === 0)
                break;
        }
        const raw = text.slice(open, at);
        // Escapes are decoded (so "typ\u0065" is the key "type") and raw control characters, which
        // JSON forbids, rejected: JSON.parse judges both.
        // eslint-disable-next-line no-control-regex
        if (!raw.includes('\\') && !/[\u0000-\u001f]/.test(raw))
            return raw.slice(1, -1);
        try {
            return JSON.parse(raw);
        }
        catch {
            return fail();
        }
    };
    const readValue = (pointer, depth) => {
        if (depth > 2000)
            fail();
        skipSpace();
        const c = text[at];
        if (tolerant && text.startsWith('{{', at)) {
            const close = text.indexOf('}}', at + 2);
            if (close < 0)
                fail();
            at = close + 2;
            return;
        }
        if (c === '{') {
            at++;
            const seen = new Set();
            skipSpace();
            if (text[at] === '}') {
                at++;
                return;
            }
            for (;;) {
                skipSpace();
                if (text[at] !== '"')
                    fail();
                const key = readString();
                if (seen.has(key))
                    duplicates.push({ pointer, key });
                seen.add(key);
                skipSpace();
                if (text[at] !== ':')
                    fail();
                at++;
                skipSpace();
                const child = `${pointer}/${escapePointerToken(key)}`;
                if (text[at] === '"') {
                    const start = at + 1;
                    readString();
                    if (wantProperties)
                        properties.push({ pointer: child, key, start, end: at - 1 });
                }
                else
                    readValue(child, depth + 1);
                skipSpace();
                if (text[at] === ',') {
                    at++;
                    continue;
                }
                if (text[at] === '}') {
                    at++;
                    return;
                }
                fail();
            }
        }
        if (c === '[') {
            at++;
            skipSpace();
            if (text[at] === ']') {
                at++;
                return;
            }
            for (let index = 0;; index++) {
                readValue(`${pointer}/${index}`, depth + 1);
                skipSpace();
                if (text[at] === ',') {
                    at++;
                    continue;
                }
                if (text[at] === ']') {
                    at++;
                    return;
                }
                fail();
            }
        }
        if (c === '"') {
            readString();
            return;
        }
        const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
        literal.lastIndex = at;
        if (!literal.test(text))
            fail();
        at = literal.lastIndex;
    };
    try {
        readValue('', 0);
        skipSpace();
        if (at !== text.length)
            fail();
    }
    catch (error) {
        if (error instanceof NotJson || error instanceof RangeError)
            return undefined;
        throw error;
    }
    return { properties, duplicates };
}
/**
 * The objects of a JSON text that repeat a key, for a caller to treat the document as invalid
 * (JSON.parse keeps the last occurrence, which could turn a `secret` variable into a `string`).
 * Throws a SyntaxError when the text is not JSON.
 */
export function findDuplicateKeys(text) {
    const scan = scanJsonText(text, { properties: false });
    if (!scan)
        throw new SyntaxError('The text is not valid JSON.');
    return scan.duplicates;
}
