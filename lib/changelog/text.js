// Making untrusted names safe to show: one line each (a line break in a name must not forge a
// commit trailer such as `Co-authored-by:`), and escaped for Markdown and HTML.
// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides
// and isolates (which can make shown text read other than it is).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** A name on one line: line breaks and control characters become spaces; long names are cut with "…". */
export function oneLine(text, maxLength = 200) {
    const line = text.replace(UNSAFE, ' ').replace(/ {2,}/g, ' ').trim();
    if (line === '')
        return '(unnamed)';
    const chars = [...line];
    return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : line;
}
/**
 * A name to show in a commit message or on GitHub: one line, and a word joiner (invisible) after
 * `#` before a word and `@` before a word, so a name cannot reference (and close: "Fixes #12")
 * an issue or mention someone.
 */
export function displayName(text, maxLength = 200) {
    return oneLine(text, maxLength).replace(/([#@])(?=\w)/g, '$1\u2060');
}
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Text for Markdown (GitHub's job summary, pull request bodies) that renders as itself: HTML
 * characters as entities, Markdown punctuation backslash-escaped. `:`, `.` and `@` are escaped
 * too, which keeps GitHub's autolinks (www., https://, e-mail addresses) from making links.
 */
export function escapeMarkdown(text) {
    return displayName(text)
        .replace(/[\\`*_{}[\]()#+\-.!|~=^$:@/]/g, '\\$&')
        .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
/**
 * One line of untrusted text for an HTML context that GitHub may also read as Markdown (the job
 * summary's tables and paragraphs): HTML specials and every character Markdown gives meaning to
 * become numeric entities (also `:` and `@`, so no autolink or mention), which render as themselves
 * in both: nothing shows a stray backslash, and nothing becomes a link, an image or a heading.
 */
export function escapeHtmlText(text) {
    return displayName(text).replace(/[&<>"'\\`*_[\]()#!|~:@]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** A link target that stays a link target: http(s) only, with what could end it percent-encoded. */
export function safeUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return undefined;
    // eslint-disable-next-line no-control-regex
    return url.replace(/[\s()<>"'`[\]\\\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** "a, b, c and 4 more": at most `max` of `items`. */
export function capList(items, max, separator = ', ') {
    const shown = items.slice(0, Math.max(1, max));
    const rest = items.length - shown.length;
    return rest > 0 ? `${shown.join(separator)} and ${rest} more` : shown.join(separator);
}
/** "1 request", "2 requests". */
export function plural(count, noun) {
    return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
/**
 * Lines of at most `width` columns (where the words allow): `head` then the clauses, comma
 * separated, breaking between clauses when one does not fit, within a clause only when it
 * alone is too long; continuation lines are indented two spaces.
 */
export function wrapClauses(head, clauses, width) {
    const lines = [];
    const indent = '  ';
    let line = head;
    const fresh = () => line === indent;
    const append = (text) => {
        if (fresh())
            line += text;
        else if (line.length + 1 + text.length <= width)
            line += ` ${text}`;
        else {
            lines.push(line);
            line = indent + text;
        }
    };
    clauses.forEach((clause, i) => {
        const text = i < clauses.length - 1 ? `${clause},` : clause;
        // The first clause starts beside the head (never leave the head alone); later ones move to a
        // line of their own when that keeps them whole.
        const whole = line.length + 1 + text.length <= width || (i > 0 && indent.length + text.length <= width);
        if (whole)
            append(text);
        else
            for (const word of text.split(' '))
                append(word);
    });
    lines.push(line);
    return lines;
}
/**
 * Text from Postman or GitHub made safe for a terminal, keeping its line breaks: escape
 * sequences (ESC or CSI introduced, with their parameters) removed, other C0/C1 controls, DEL
 * and bidirectional overrides and isolates shown as U+FFFD.
 */
export function terminalText(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g, '')
        // eslint-disable-next-line no-control-regex
        .replace(/(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g, '')
        // eslint-disable-next-line no-control-regex
        .replace(/\u001b[ -/]*[0-~]?/g, '')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd'));
}
/** JSON text with C1 controls, line/paragraph separators and bidi overrides escaped (JSON.stringify leaves them raw). */
export function terminalJson(value, space = 2) {
    return JSON.stringify(value, null, space).replace(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
