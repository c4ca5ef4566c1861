import { InputError } from './errors.js';
export const TEMPLATE_PLACEHOLDERS = ['name', 'id', 'uid'];
/** A commit message may also say what changed; a file name may not (it would change every run). */
export const MESSAGE_PLACEHOLDERS = [...TEMPLATE_PLACEHOLDERS, 'changes'];
const PLACEHOLDER = /\{([^{}]*)\}/g;
// Characters that are unsafe in a file name on some platform git users check out on.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
const MAX_SEGMENT_BYTES = 255;
// Leaves room for the template's own text (".postman_collection.json") within 255 bytes.
const MAX_VALUE_BYTES = 200;
/** Throws an InputError naming `input` when the template uses an unknown placeholder. */
export function checkTemplate(template, input, allowed = TEMPLATE_PLACEHOLDERS) {
    for (const [, key] of template.matchAll(PLACEHOLDER)) {
        if (!allowed.includes(key)) {
            throw new InputError(input, `unknown placeholder "{${key}}" in "${template}". Use ${allowed.map((p) => `{${p}}`).join(', ')}.`);
        }
    }
}
/**
 * Checks a file name template before any request: unknown placeholders, and what its literal
 * text alone would make of a path ("..", a leading "/", ".git", backslashes, control characters,
 * over-long names). Placeholder values are made safe later, when they are known.
 */
export function checkFileNameTemplate(template, input) {
    checkTemplate(template, input);
    renderFileName(template, { name: 'n', id: 'i', uid: 'u' }, input);
}
/** Fills placeholders as they are (for commit messages; `{changes}` is empty when not given). */
export function renderText(template, values, input) {
    checkTemplate(template, input, MESSAGE_PLACEHOLDERS);
    return template.replace(PLACEHOLDER, (_, key) => values[key] ?? '');
}
function truncateUtf8(value, maxBytes) {
    if (Buffer.byteLength(value, 'utf8') <= maxBytes)
        return value;
    let out = '';
    for (const ch of value) {
        if (Buffer.byteLength(out + ch, 'utf8') > maxBytes)
            break;
        out += ch;
    }
    return out;
}
// C1 controls and the bidirectional marks, embeddings, overrides and isolates: a name could show
// as something else in a file list ("evil\u202Egpj.exe").
const BIDI_AND_C1 = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters macOS (HFS+) ignores in file names, so ".g\u200Cit" would be ".git" there. They stay in
// names (emoji sequences need the zero-width joiner) but not in the ".git" check.
const IGNORED_BY_HFS = /[\u200b-\u200d\u2060-\u2064\u206a-\u206f\ufeff]/g;
// Device names Windows refuses as a file name, whatever the extension ("CON.postman_collection.json").
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
/**
 * Makes a value safe as (part of) one path segment: one Unicode spelling (NFC, so the NFC and
 * NFD forms of a name are one file), unsafe characters become "_".
 */
export function sanitizeNamePart(value) {
    const replaced = value.normalize('NFC').replace(UNSAFE_NAME_CHARS, '_').replace(BIDI_AND_C1, '_').trim();
    return truncateUtf8(replaced, MAX_VALUE_BYTES);
}
/**
 * One segment that a placeholder helped make, made to check out everywhere: no trailing dot or
 * space (Windows drops them), not a Windows device name (judged by the stem before the first
 * dot), and not git's own folder in any spelling git refuses (`.git`, `.GIT.`, `git~1`).
 */
function portableSegment(segment) {
    const trimmed = segment.replace(/[. ]+$/, '');
    if (trimmed === '')
        return '';
    const stem = trimmed.split('.')[0].replace(/ +$/, '');
    if (WINDOWS_RESERVED.test(stem))
        return `_${trimmed}`;
    if (/^(\.git|git~\d+)$/i.test(trimmed.replace(IGNORED_BY_HFS, '')))
        return `_${trimmed}`;
    return trimmed;
}
/** Renders a file name template; placeholder values are sanitized so they cannot add folders. */
export function renderFileName(template, values, input = 'filename') {
    checkTemplate(template, input);
    // Segment by segment: the template's own text is checked as written (checkPath refuses a
    // literal ".git"); a segment with a placeholder is made portable.
    let emptied = false;
    const segments = template.split('/').map((part) => {
        if (!part.match(PLACEHOLDER))
            return part;
        const segment = portableSegment(part.replace(PLACEHOLDER, (_, key) => sanitizeNamePart(values[key])));
        if (segment.trim() === '')
            emptied = true;
        return segment;
    });
    const name = segments.join('/');
    if (name.trim() === '' || emptied) {
        throw new InputError(input, `the template "${template}" gives an empty file name for "${values.name}". Include {name} or {id}.`);
    }
    checkPath(name, input);
    return name;
}
/** Checks a repository-relative path; refuses anything that could escape or corrupt the repository. */
export function checkPath(path, input) {
    if (CONTROL_CHARS.test(path))
        throw new InputError(input, 'must not contain control characters or NUL.');
    if (path.includes('\\'))
        throw new InputError(input, `"${path}" contains a backslash; use "/" to separate folders.`);
    if (path.startsWith('/'))
        throw new InputError(input, `"${path}" is absolute; give a path relative to the repository root.`);
    for (const segment of path.split('/')) {
        if (segment === '')
            throw new InputError(input, `"${path}" has an empty path segment ("//" or a leading/trailing "/").`);
        if (segment === '.' || segment === '..')
            throw new InputError(input, `"${path}" must not contain "." or ".." segments.`);
        if (segment.toLowerCase() === '.git')
            throw new InputError(input, `"${path}" must not write into a .git folder.`);
        if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES) {
            throw new InputError(input, `the path segment "${segment.slice(0, 40)}…" is longer than ${MAX_SEGMENT_BYTES} bytes.`);
        }
    }
}
/** Normalizes and checks the directory input: "" or "." is the repository root; one trailing "/" is dropped. */
export function normalizeDirectory(directory, input = 'directory') {
    const trimmed = directory.trim().replace(/\/$/, '');
    if (trimmed === '' || trimmed === '.')
        return '';
    checkPath(trimmed, input);
    return trimmed;
}
export function joinRepoPath(directory, fileName) {
    return directory === '' ? fileName : `${directory}/${fileName}`;
}
