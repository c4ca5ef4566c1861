// How an option's value is read from text (an action input, a flag, an environment variable) and
// checked, by its type in the table. Every failure is an InputError naming the option.
import { InputError } from '../errors.js';
import { checkBranchName, parseRepository } from '../github/names.js';
import { checkFileNameTemplate, checkPath, checkTemplate, MESSAGE_PLACEHOLDERS, normalizeDirectory } from '../paths.js';
import { apiUrlProblem } from '../util/api-url.js';
import { specOf } from './table.js';
/**
 * Text to the option's value, not yet checked. Empty text means "not given" (so the default),
 * as in actions/checkout: `with: x: ${{ inputs.x }}` passes "" for a blank dispatch input. An
 * explicitly empty flag may mean something else (`--directory ""` is the root).
 */
export function parseOptionText(key, text, source) {
    const spec = specOf(key);
    const raw = typeof text === 'string' ? text : text.join('\n');
    const trimmed = raw.trim();
    if (trimmed === '')
        return (source === 'flag' ? spec.emptyFlag : undefined);
    switch (spec.type) {
        case 'boolean':
            if (/^(true|True|TRUE)$/.test(trimmed))
                return true;
            if (/^(false|False|FALSE)$/.test(trimmed))
                return false;
            throw new InputError(key, `"${trimmed}" is not a boolean. Use true or false.`);
        case 'integer':
            if (!/^\d+$/.test(trimmed))
                throw new InputError(key, `"${trimmed}" is not ${rangeText(key)}.`);
            return Number(trimmed);
        case 'list':
            return raw
                .split(source === 'input' ? /\r?\n/ : /[,\r\n]/)
                .map((v) => v.trim())
                .filter((v) => v !== '');
        case 'secret':
            return raw;
        default:
            return trimmed;
    }
}
const rangeText = (key) => {
    const { min, max } = specOf(key);
    return `a whole number from ${min} to ${max}`;
};
/** A fresh copy of the default (undefined when the option has none). */
export function defaultOf(key) {
    const value = specOf(key).default;
    return (Array.isArray(value) ? [...value] : value);
}
function text(key, value) {
    if (typeof value !== 'string')
        throw new InputError(key, `${JSON.stringify(value)} is not a string.`);
    return value;
}
/**
 * Checks a given value (from the library, or parsed from text) and normalizes it; undefined
 * means its default. Empty text is "not given" except where the type says otherwise: an empty
 * directory is the repository root, an empty template is refused.
 */
export function resolveValue(key, value) {
    if (value === undefined || value === null)
        return defaultOf(key);
    const spec = specOf(key);
    const done = (v) => v;
    switch (spec.type) {
        case 'boolean':
            if (typeof value !== 'boolean')
                throw new InputError(key, `${JSON.stringify(value)} is not a boolean (true or false).`);
            return done(value);
        case 'integer': {
            const { min = -Infinity, max = Infinity } = spec;
            if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
                throw new InputError(key, `"${String(value)}" is not ${rangeText(key)}.`);
            return done(value);
        }
        case 'list': {
            const list = typeof value === 'string' ? [value] : value;
            if (!Array.isArray(list))
                throw new InputError(key, `${JSON.stringify(value)} is not a list of strings.`);
            return done([...new Set(list.map((v) => text(key, v).trim()).filter((v) => v !== ''))]);
        }
        case 'choice': {
            const choices = spec.choices ?? [];
            if (!choices.includes(value))
                throw new InputError(key, `"${String(value)}" is not one of ${choices.join(', ')}.`);
            return done(value);
        }
        case 'secret': {
            const secret = text(key, value);
            if (secret.trim() === '')
                return defaultOf(key);
            // eslint-disable-next-line no-control-regex
            if (/[\s\u0000-\u001f\u007f]/.test(secret.trim()))
                throw new InputError(key, 'contains a line break, space or control character. Give the credential alone, with no surrounding text.');
            return done(secret.trim());
        }
        case 'url': {
            const url = text(key, value).trim().replace(/\/+$/, '');
            if (url === '')
                return defaultOf(key);
            // https only (http to this machine), no user:password@: the key or token goes there.
            const problem = apiUrlProblem(url, String(spec.default ?? 'https://…'));
            if (problem)
                throw new InputError(key, problem);
            return done(url);
        }
        case 'file-template': {
            const template = text(key, value);
            if (template.trim() === '')
                throw new InputError(key, `is empty. Use e.g. ${String(spec.default)}.`);
            checkFileNameTemplate(template, key);
            return done(template);
        }
        case 'text-template': {
            const template = text(key, value);
            if (template.trim() === '')
                throw new InputError(key, `is empty. Use e.g. ${String(spec.default)}.`);
            checkTemplate(template, key, MESSAGE_PLACEHOLDERS);
            return done(template);
        }
        case 'directory':
            return done(normalizeDirectory(text(key, value), key));
        case 'repository': {
            const repository = text(key, value).trim();
            if (repository === '')
                return defaultOf(key);
            parseRepository(repository, key);
            return done(repository);
        }
        case 'branch': {
            const branch = text(key, value).trim();
            if (branch === '')
                return defaultOf(key);
            return done(checkBranchName(branch, key));
        }
        case 'path': {
            const path = text(key, value).trim();
            if (path === '')
                return defaultOf(key);
            checkPath(path, key);
            return done(path);
        }
        case 'string': {
            const string = text(key, value).trim();
            return string === '' ? defaultOf(key) : done(string);
        }
    }
}
