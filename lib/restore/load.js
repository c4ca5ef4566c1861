// Loading a backup: the backed-up file from disk or from a GitHub repository (files over 1 MB
// included), parsed as JSON, and what it holds (a kind of the registry that restores one document).
import { readFile } from 'node:fs/promises';
import { CollectionValidationError, GitHubNotFoundError, InputError } from '../errors.js';
import { parseRepository } from '../github/names.js';
import { createOctokit } from '../github/octokit.js';
import { readRepositoryFile } from '../github/read-file.js';
import { KINDS } from '../kinds/index.js';
import { defaultOf } from '../options/values.js';
import { checkPath } from '../paths.js';
import { isObject, parseJsonText } from '../util/json.js';
/** Reads the backed-up document from a local file or a GitHub repository (files over 1 MB included). */
export async function loadBackup(source, options = {}) {
    if ('file' in source) {
        const bytes = await readFile(source.file).catch((error) => {
            throw new InputError('file', `${source.file} cannot be read (${error.code ?? error.message}).`);
        });
        return { document: parseJson(bytes, source.file), source: source.file, bytes: bytes.length };
    }
    const { owner, repo } = parseRepository(source.repository);
    const path = source.path.trim().replace(/^\/+/, '');
    if (path === '')
        throw new InputError('path', 'is empty. Give the repository path of the backed-up file.');
    checkPath(path, 'path');
    const ref = source.ref?.trim() || undefined;
    const label = `${owner}/${repo}:${path}${ref ? `@${ref}` : ''}`;
    const file = await readRepositoryFile(backupOctokit(options), { owner, repo, path, ref }, { label });
    if (file.state === 'not-found') {
        throw new GitHubNotFoundError(`${path} does not exist in ${owner}/${repo} ${ref ? `at ${ref}` : 'on the default branch'} (or the token cannot see the repository). Check path${ref ? ' and ref' : ''}; paths are case-sensitive.`);
    }
    if (file.state === 'not-a-file') {
        const what = file.type === 'dir' ? 'folder' : file.type === 'unknown' ? 'thing' : file.type;
        throw new InputError('path', `${label} is a ${what}, not a file.`);
    }
    const bytes = await file.bytes();
    return { document: parseJson(bytes, label), source: label, bytes: bytes.length };
}
/** The Octokit that reads a backup from GitHub: `octokit`, else one made from githubToken (none: anonymous). */
export function backupOctokit(options) {
    return (options.octokit ??
        createOctokit({
            token: options.githubToken ?? '',
            baseUrl: options.githubApiUrl || defaultOf('githubApiUrl'),
            logger: options.logger
        }));
}
/** A backed-up file's bytes as JSON; a CollectionValidationError naming `label` when they are not. */
export function parseJson(bytes, label) {
    const text = bytes.toString('utf8');
    try {
        return parseJsonText(text);
    }
    catch (error) {
        throw new CollectionValidationError(`${label} is not JSON (${error.message}); nothing was written.`, [
            { pointer: '', message: 'must be JSON' }
        ]);
    }
}
/** The kinds a file restores one document of (collections, environments), in registry order. */
export function fileKinds() {
    return KINDS.flatMap((k) => (k.restore?.document ? [{ kind: k.kind, label: k.label, ...k.restore.document }] : []));
}
/**
 * The kind of a loaded document, by shape (each kind's `holds`, in registry order); unwraps the
 * Postman API's envelopes (`{collection: …}`, `{environment: …}`). Undefined when it is none.
 */
export function detectKind(document) {
    if (!isObject(document))
        return undefined;
    const kinds = fileKinds();
    for (const { envelope } of kinds)
        if (isObject(document[envelope]) && Object.keys(document).length === 1)
            return detectKind(document[envelope]);
    const found = kinds.find((k) => k.holds(document));
    return found ? { kind: found.kind, document } : undefined;
}
