// API specifications of Spec Hub: one folder per spec, `specs/<name>/`, holding `spec.json`
// ({id, name, type, files: [{path, type}]}, the manifest's key) and every file of the spec as
// Postman stores it, at its own path (multi-file specs keep their layout). Nothing is redacted
// by type (specs have no secret fields); the secret scan reads the files as text. Listed per
// workspace only; changes are told by content (a spec's files change without a list showing it).
// Restore creates a spec with all its files, or updates it file by file (content, ROOT, name).
import { CollectionValidationError, GitHubNotFoundError, InputError, PostmanApiError } from '../errors.js';
import { assertWorkspaceExists } from '../postman/lookup.js';
import { checkPath, renderFileName } from '../paths.js';
import { isObject } from '../util/json.js';
import { scanSpecFiles } from './secret-scan.js';
import { serializeJson } from './types.js';
/** The name of a spec folder's description file; a spec file of that name at the root is refused. */
export const SPEC_META_NAME = 'spec.json';
const filesOf = (document) => isObject(document) && Array.isArray(document.files) ? document.files : [];
function validateSpec(document) {
    if (!isObject(document))
        return [{ pointer: '', message: 'must be an object (a Spec Hub specification)' }];
    const issues = [];
    if (typeof document.id !== 'string' || document.id === '')
        issues.push({ pointer: '/id', message: 'must be string' });
    if (typeof document.name !== 'string')
        issues.push({ pointer: '/name', message: 'must be string' });
    if (typeof document.type !== 'string')
        issues.push({ pointer: '/type', message: 'must be string' });
    if (!Array.isArray(document.files))
        return [...issues, { pointer: '/files', message: 'must be array' }];
    const seen = new Set();
    document.files.forEach((file, i) => {
        const pointer = `/files/${i}`;
        if (!isObject(file) || typeof file.path !== 'string' || typeof file.content !== 'string') {
            issues.push({ pointer, message: 'must be a file with a path and its content' });
            return;
        }
        try {
            // Each file lands at its own path inside the spec's folder: never outside it.
            checkPath(file.path, 'spec');
        }
        catch (error) {
            issues.push({ pointer: `${pointer}/path`, message: error.message });
            return;
        }
        if (file.path === SPEC_META_NAME)
            issues.push({
                pointer: `${pointer}/path`,
                message: `"${SPEC_META_NAME}" is the name of the spec's own description`
            });
        if (seen.has(file.path.toLowerCase()))
            issues.push({ pointer: `${pointer}/path`, message: `"${file.path}" is there twice (letter case aside)` });
        seen.add(file.path.toLowerCase());
    });
    return issues;
}
export const specKind = {
    kind: 'spec',
    label: 'spec',
    title: 'Spec',
    plural: 'specs',
    referencesOption: 'specs',
    alwaysCounted: false,
    ownsFolder: true,
    needsWorkspace: true,
    async list(client, workspace) {
        if (workspace === undefined)
            throw new InputError('specs', 'needs `workspace` to list specs by name or *; Postman lists specs per workspace.');
        // Postman answers 400 or 404 for an unknown workspace here: say so as the other kinds do.
        const listed = await client.listSpecs(workspace).catch(async (error) => {
            if (error instanceof PostmanApiError && (error.status === 400 || error.status === 404))
                await assertWorkspaceExists(client, workspace);
            throw error;
        });
        return listed.map((s) => ({ id: s.id, uid: '', name: s.name }));
    },
    async fetch(client, id) {
        const spec = await client.getSpec(id);
        const files = [];
        for (const file of await client.listSpecFiles(spec.id ?? id)) {
            const { content } = await client.getSpecFile(spec.id ?? id, file.path);
            files.push({ path: file.path, type: file.type ?? 'DEFAULT', content });
        }
        return { id: spec.id ?? id, name: spec.name, type: spec.type, files };
    },
    describe: (document, reference) => ({
        id: String(document.id ?? reference),
        uid: '',
        name: String(document.name ?? reference)
    }),
    validate(document) {
        const errors = validateSpec(document);
        return { valid: errors.length === 0, version: undefined, errors, warnings: [] };
    },
    formatName: () => 'Spec Hub specification',
    redact: (document) => ({ document, redacted: [] }),
    scan: scanSpecFiles,
    redactMode: () => 'none',
    fileName(_template, values) {
        const template = `specs/{name}/${SPEC_META_NAME}`;
        // A name that leaves nothing of a folder name ("..", "...") falls back to the spec's ID.
        try {
            return renderFileName(template, values, 'spec');
        }
        catch (error) {
            if (!(error instanceof InputError))
                throw error;
            return renderFileName(template, { ...values, name: values.id }, 'spec');
        }
    },
    serialize(document) {
        const spec = document;
        const files = filesOf(document);
        return {
            content: serializeJson({
                id: spec.id,
                name: spec.name,
                type: spec.type,
                files: files.map((f) => ({ path: f.path, type: f.type }))
            }),
            extra: files.map((f) => ({ path: f.path, content: f.content }))
        };
    },
    stamp: (document) => ({ id: document?.id, updatedAt: undefined }),
    restore: {
        holdsItems: false,
        matching: { delete: (client, id) => client.deleteSpec(id) },
        plan: planSpec
    }
};
/**
 * A spec's folder: `spec.json` ({id, name, type, files: [{path, type}]}) and its files beside it
 * at their spec paths. The manifest key is the folder (`specs/Orders API/`) or its spec.json.
 */
async function readSpecFolder(folder, record, label) {
    const base = record.path.replace(/\/?spec\.json$/, '').replace(/\/+$/, '');
    const metaPath = `${base}/spec.json`;
    const bytes = await folder.read(metaPath);
    if (!bytes)
        throw new GitHubNotFoundError(`${folder.label}/${metaPath} is missing: ${label} is not a spec folder.`);
    const meta = folder.parseJson(bytes, `${folder.label}/${metaPath}`);
    if (typeof meta.type !== 'string' || !Array.isArray(meta.files))
        throw new CollectionValidationError(`${folder.label}/${metaPath} has no type and files list; nothing was written.`, [{ pointer: '/files', message: 'must be a list of {path, type}' }]);
    const files = [];
    for (const entry of meta.files) {
        if (!isObject(entry) || typeof entry.path !== 'string')
            throw new CollectionValidationError(`${folder.label}/${metaPath} lists a file without a path.`, [
                { pointer: '/files', message: 'each file needs a path' }
            ]);
        const content = await folder.read(`${base}/${entry.path}`);
        if (!content)
            throw new GitHubNotFoundError(`${folder.label}/${base}/${entry.path} is listed in spec.json but missing.`);
        files.push({
            path: entry.path,
            type: entry.type === 'ROOT' ? 'ROOT' : 'DEFAULT',
            content: content.toString('utf8')
        });
    }
    if (files.length === 1)
        files[0].type = 'ROOT';
    return { name: typeof meta.name === 'string' ? meta.name : record.name, type: meta.type, files };
}
/** Created with all its files, or updated file by file (content, ROOT, name); extra files deleted with prune. */
async function planSpec(request) {
    const { client, folder, record, label, target, workspace, prune } = request;
    const spec = await readSpecFolder(folder, record, label);
    if (!target) {
        return {
            name: spec.name,
            action: 'create',
            files: { added: spec.files.map((f) => f.path), changed: [], extra: [], unchanged: 0, properties: [] },
            apply: async () => {
                const created = await client.createSpec(workspace, spec);
                return { id: created.id, created: true };
            }
        };
    }
    const present = await client.listSpecFiles(target.id);
    const byPath = new Map(present.map((f) => [f.path, f]));
    const files = { added: [], changed: [], extra: [], unchanged: 0, properties: [] };
    const steps = [];
    if (target.name !== spec.name) {
        files.properties.push('name');
        steps.push(() => client.updateSpec(target.id, { name: spec.name }));
    }
    for (const file of spec.files) {
        const existing = byPath.get(file.path);
        if (!existing) {
            files.added.push(file.path);
            steps.push(() => client.createSpecFile(target.id, { path: file.path, content: file.content }));
            if (file.type === 'ROOT')
                steps.push(() => client.updateSpecFile(target.id, file.path, { type: 'ROOT' }));
            continue;
        }
        const current = await client.getSpecFile(target.id, file.path);
        if (current.content !== file.content) {
            files.changed.push(file.path);
            steps.push(() => client.updateSpecFile(target.id, file.path, { content: file.content }));
        }
        else
            files.unchanged++;
        if (file.type === 'ROOT' && existing.type !== 'ROOT') {
            files.properties.push(`ROOT: ${file.path}`);
            steps.push(() => client.updateSpecFile(target.id, file.path, { type: 'ROOT' }));
        }
    }
    const wanted = new Set(spec.files.map((f) => f.path));
    for (const file of present) {
        if (wanted.has(file.path))
            continue;
        files.extra.push(file.path);
        if (prune)
            steps.push(() => client.deleteSpecFile(target.id, file.path));
    }
    const changed = files.added.length + files.changed.length + files.properties.length + (prune ? files.extra.length : 0) > 0;
    return {
        name: spec.name,
        action: changed ? 'update' : 'unchanged',
        files,
        apply: async () => {
            for (const step of steps)
                await step();
            return { id: target.id, created: false };
        }
    };
}
