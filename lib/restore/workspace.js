// Restoring a whole workspace from a backup folder: every document its manifest records
// (collections, environments, the workspace's globals, Spec Hub specs), planned against what the
// target workspace holds, and written only with `yes`. Into the workspace the backup came from,
// documents are updated in place by ID; into another, they are created. A run that stops midway
// (rate limit, 5xx) reports what was and was not restored, and running it again finishes the job
// without duplicating what was created: see `findTarget` for the rule. Each kind says how it is
// restored in its module (src/kinds, `restore`); this file iterates over the registry.
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPostmanClient } from '../backup/prepare.js';
import { CollectionValidationError, GitHubNotFoundError, InputError } from '../errors.js';
import { parseRepository } from '../github/names.js';
import { readRepositoryFile } from '../github/read-file.js';
import { isDocumentKind, KINDS, kindOf } from '../kinds/index.js';
import { silentLogger } from '../logger.js';
import { MANIFEST_NAME } from '../manifest.js';
import { requireApiKey } from '../options/resolve.js';
import { resolveValue } from '../options/values.js';
import { assertWorkspaceExists } from '../postman/lookup.js';
import { isObject, parseJsonText } from '../util/json.js';
import { applyRestore } from './apply.js';
import { backupOctokit, parseJson } from './load.js';
import { diffKeepingSecrets, prepareRestore, secretLines } from './plan.js';
/** The journal beside a local backup: the IDs created per target workspace, so a second run updates them. */
export const RESTORE_JOURNAL_NAME = '.postman-restore.json';
// ---- options and source ----
function checkOptions(options) {
    const postmanApiKey = resolveValue('postmanApiKey', options.postmanApiKey);
    requireApiKey(postmanApiKey);
    const workspace = resolveValue('workspace', options.workspace);
    if (workspace === undefined)
        throw new InputError('workspace', 'is empty. Give the ID of the workspace to restore the backup folder into.');
    const source = options.source;
    if (!isObject(source))
        throw new InputError('dir', 'is empty. Give the backup folder to restore.');
    if ('dir' in source) {
        if (typeof source.dir !== 'string' || source.dir.trim() === '')
            throw new InputError('dir', 'is empty. Give the backup folder to restore (the folder holding .postman-backup.json).');
    }
    else {
        resolveValue('repository', source.repository);
        resolveValue('path', source.path);
    }
    return {
        postmanApiKey,
        postmanApiUrl: resolveValue('postmanApiUrl', options.postmanApiUrl),
        workspace,
        yes: resolveValue('yes', options.yes),
        prune: resolveValue('prune', options.prune),
        overwriteSecrets: resolveValue('overwriteSecrets', options.overwriteSecrets),
        validation: resolveValue('validation', options.validation)
    };
}
function openFolder(source, options) {
    if ('dir' in source) {
        const dir = source.dir;
        return {
            label: dir,
            journalPath: join(dir, RESTORE_JOURNAL_NAME),
            parseJson: parseFile,
            read: (path) => readFile(join(dir, path)).catch((error) => {
                if (error.code === 'ENOENT')
                    return undefined;
                throw new InputError('dir', `${join(dir, path)} cannot be read (${error.code ?? error.message}).`);
            })
        };
    }
    const { owner, repo } = parseRepository(source.repository);
    const folder = source.path
        .trim()
        .replace(/^\/+|\/+$/g, '')
        .replace(/^\.$/, '');
    const ref = source.ref?.trim() || undefined;
    const octokit = backupOctokit(options);
    return {
        label: `${owner}/${repo}:${folder || '/'}${ref ? `@${ref}` : ''}`,
        parseJson: parseFile,
        read: async (path) => {
            const full = folder ? `${folder}/${path}` : path;
            const file = await readRepositoryFile(octokit, { owner, repo, path: full, ref });
            if (file.state !== 'file')
                return undefined;
            return file.bytes();
        }
    };
}
/** The registry's module of a kind that restore takes (readManifest skips the others). */
const restoreOf = (kind) => kindOf(kind).restore ?? {};
async function readManifest(folder) {
    const bytes = await folder.read(MANIFEST_NAME);
    if (!bytes)
        throw new GitHubNotFoundError(`${folder.label} has no ${MANIFEST_NAME}: it is not a backup folder written by postman-backup (give the folder that holds it).`);
    let parsed;
    try {
        parsed = parseJsonText(bytes.toString('utf8'));
    }
    catch (error) {
        throw new CollectionValidationError(`${folder.label}/${MANIFEST_NAME} is not JSON (${error.message}).`, [
            { pointer: '', message: 'must be JSON' }
        ]);
    }
    if (!isObject(parsed) || parsed.version !== 1 || !isObject(parsed.files))
        throw new CollectionValidationError(`${folder.label}/${MANIFEST_NAME} is not a version 1 manifest.`, [
            { pointer: '/version', message: 'must be 1, with files' }
        ]);
    const records = [];
    const skipped = [];
    for (const path of Object.keys(parsed.files).sort()) {
        const entry = parsed.files[path];
        if (!isObject(entry) || !isDocumentKind(entry.kind)) {
            skipped.push({ path, reason: `unknown kind ${JSON.stringify(isObject(entry) ? entry.kind : entry)}` });
            continue;
        }
        if (!kindOf(entry.kind).restore) {
            skipped.push({ path, reason: `restore does not take ${kindOf(entry.kind).plural}` });
            continue;
        }
        if (entry.pending !== undefined && entry.sha === '') {
            skipped.push({ path, reason: `never backed up (${String(entry.pending)})` });
            continue;
        }
        const pointers = Array.isArray(entry.redactedPointers)
            ? entry.redactedPointers.filter((p) => typeof p === 'string')
            : undefined;
        records.push({
            path,
            kind: entry.kind,
            id: String(entry.id ?? ''),
            name: String(entry.name ?? ''),
            ...(pointers ? { redactedPointers: pointers } : {})
        });
    }
    // In registry order (collections, environments, globals, specs); by path within a kind.
    const rank = (kind) => KINDS.indexOf(kindOf(kind));
    records.sort((a, b) => rank(a.kind) - rank(b.kind) || (a.path < b.path ? -1 : 1));
    return { records, skipped };
}
async function readJournal(folder) {
    if (!folder.journalPath)
        return { version: 1, workspaces: {} };
    try {
        const parsed = JSON.parse(await readFile(folder.journalPath, 'utf8'));
        if (parsed.version === 1 && isObject(parsed.workspaces))
            return parsed;
    }
    catch {
        // No journal yet (or an unreadable one): the name rule still finds what an earlier run created.
    }
    return { version: 1, workspaces: {} };
}
async function writeJournal(path, journal) {
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, `${JSON.stringify(journal, null, 2)}\n`);
    await rename(temporary, path);
}
function parseFile(bytes, label) {
    const parsed = parseJson(bytes, label);
    if (!isObject(parsed))
        throw new CollectionValidationError(`${label} is not a JSON object; nothing was written.`, [
            { pointer: '', message: 'must be an object' }
        ]);
    return parsed;
}
/**
 * Which document of the workspace a backed-up one goes over, decided for all of them at once:
 * 1. the backup's own ID is in the workspace (the workspace it came from): update it in place;
 * 2. the journal beside a local backup records an ID created there by an earlier run: update it;
 * 3. a document of the same kind and name, not claimed by rules 1–2 (the nth backed-up
 *    namesake takes the nth unclaimed one): update it. This is what makes a second run after a
 *    failure finish the job without duplicates even with no journal (a repository backup); the
 *    plan shows such matches as `update (same name)` before anything is written.
 * Otherwise: create.
 */
function findTargets(records, listed, journal) {
    const found = new Map();
    const claimed = new Set();
    const rules = [
        ['id', (r, list) => list.find((d) => d.id === r.id)],
        [
            'journal',
            (r, list) => (journal[r.path]?.kind === r.kind ? list.find((d) => d.id === journal[r.path].id) : undefined)
        ],
        ['name', (r, list) => list.find((d) => d.name === r.name && !claimed.has(d.id))]
    ];
    for (const [matchedBy, rule] of rules) {
        for (const record of records) {
            // Kinds restore does not match (globals: one per workspace) are not listed.
            if (!listed.has(record.kind) || found.has(record.path))
                continue;
            const match = rule(record, listed.get(record.kind) ?? []);
            if (match && !claimed.has(match.id)) {
                claimed.add(match.id);
                found.set(record.path, { id: match.id, name: match.name, matchedBy });
            }
        }
    }
    return found;
}
/**
 * Restores every document a backup folder's manifest records into `workspace`: plans (GET only)
 * and, with `yes`, writes document by document. Never throws for a failure while writing: the
 * result says what was restored, what failed and what was not attempted (`complete: false`).
 */
export async function restoreWorkspace(options) {
    const logger = options.logger ?? silentLogger;
    const settings = checkOptions(options);
    const { workspace } = settings;
    const client = createPostmanClient({ ...options, ...settings }, logger);
    const folder = openFolder(options.source, options);
    const { records, skipped } = await readManifest(folder);
    const journal = await readJournal(folder);
    const journalHere = (journal.workspaces[workspace] ??= {});
    await assertWorkspaceExists(client, workspace);
    // The kinds restore matches, and only those the backup holds, are listed (and so pruned): a
    // backup without specs never deletes specs.
    const listed = new Map();
    for (const module of KINDS) {
        if (!module.restore?.matching)
            continue;
        const held = records.some((r) => r.kind === module.kind);
        listed.set(module.kind, held ? await module.list(client, workspace) : []);
    }
    const targets = findTargets(records, listed, journalHere);
    const prepared = [];
    for (const record of records) {
        const target = targets.get(record.path);
        const label = `${folder.label}/${record.path}`;
        const restore = restoreOf(record.kind);
        if (restore.document) {
            prepared.push(await planDocument(client, folder, record, target, label, settings, logger));
        }
        else if (restore.workspaceDocument) {
            prepared.push(await planWorkspaceDocument(client, folder, record, restore.workspaceDocument, label, settings));
        }
        else if (restore.plan) {
            const own = await restore.plan({
                client,
                folder,
                record,
                label,
                target,
                workspace: settings.workspace,
                prune: settings.prune
            });
            prepared.push(ownPlan(record, target, own));
        }
    }
    if (settings.prune) {
        const kept = new Set([...targets.values()].map((t) => t.id));
        for (const [kind, list] of listed) {
            const matching = restoreOf(kind).matching;
            for (const document of list) {
                if (kept.has(document.id) || !matching)
                    continue;
                prepared.push({
                    item: { kind, name: document.name, action: 'delete', target: { id: document.id, name: document.name } },
                    apply: async () => {
                        await matching.delete(client, document.id);
                        return { id: document.id, created: false };
                    }
                });
            }
        }
    }
    const result = {
        workspace,
        source: folder.label,
        items: prepared.map((p) => p.item),
        skipped,
        written: false,
        complete: true,
        ...(folder.journalPath ? { journal: folder.journalPath } : {}),
        postmanRequests: client.calls.length
    };
    if (!settings.yes) {
        for (const { item } of prepared)
            item.outcome = item.action === 'unchanged' ? 'unchanged' : 'planned';
        logger.info('Plan only: nothing written to Postman.');
        return result;
    }
    let stopped;
    for (const { item, apply } of prepared) {
        if (stopped !== undefined) {
            item.outcome = item.action === 'unchanged' ? 'unchanged' : 'not-attempted';
            continue;
        }
        if (item.action === 'unchanged' || !apply) {
            item.outcome = 'unchanged';
            continue;
        }
        try {
            const written = await apply();
            result.written = true;
            item.writtenId = written.id;
            item.outcome = item.action === 'delete' ? 'deleted' : written.created ? 'created' : 'updated';
            if (written.created && item.path && folder.journalPath) {
                journalHere[item.path] = { kind: item.kind, id: written.id, name: item.name };
                await writeJournal(folder.journalPath, journal);
            }
            logger.info(`${describeOutcome(item)}.`);
        }
        catch (error) {
            item.outcome = 'failed';
            item.error = error instanceof Error ? error.message : String(error);
            stopped = `${item.kind} "${item.name}": ${item.error}`;
            logger.error(`Restore stopped at ${stopped}`);
        }
    }
    result.complete = stopped === undefined;
    if (stopped !== undefined)
        result.error = stopped;
    result.postmanRequests = client.calls.length;
    return result;
}
async function planDocument(client, folder, record, target, label, settings, logger) {
    const bytes = await folder.read(record.path);
    if (!bytes)
        throw new GitHubNotFoundError(`${label} is listed in ${MANIFEST_NAME} but missing from the backup.`);
    const preparedRestore = await prepareRestore(client, { document: parseFile(bytes, label), source: label, bytes: bytes.length }, {
        target: target ? { to: target.id } : { workspace: settings.workspace },
        expected: record.kind,
        validation: settings.validation,
        logger,
        redactedPointers: record.redactedPointers,
        overwriteSecrets: settings.overwriteSecrets,
        workspaceChecked: true
    });
    const { plan } = preparedRestore;
    const item = {
        kind: record.kind,
        name: plan.name,
        path: record.path,
        backupId: record.id,
        action: target ? (plan.changed ? 'update' : 'unchanged') : 'create',
        ...(target ? { matchedBy: target.matchedBy, target: { id: target.id, name: target.name } } : {}),
        plan
    };
    return {
        item,
        apply: async () => {
            const restored = await applyRestore(client, preparedRestore, { yes: true, logger: silentLogger });
            return { id: restored.document?.id ?? target?.id ?? '', created: !target };
        }
    };
}
/** A document the workspace holds once (globals): compared with the workspace's, and replaced (PUT) whole. */
async function planWorkspaceDocument(client, folder, record, restore, label, settings) {
    const bytes = await folder.read(record.path);
    if (!bytes)
        throw new GitHubNotFoundError(`${label} is listed in ${MANIFEST_NAME} but missing from the backup.`);
    const backup = restore.fromFile(parseFile(bytes, label), label);
    const current = await restore.current(client, settings.workspace);
    // The kinds restored whole are the ones the diff knows.
    const kept = diffKeepingSecrets(record.kind, backup, current, {
        redactedPointers: record.redactedPointers,
        overwriteSecrets: settings.overwriteSecrets
    });
    const plan = {
        kind: record.kind,
        action: 'update',
        name: restore.name,
        source: label,
        target: { id: settings.workspace, name: restore.name },
        keepIds: false,
        ...kept.diff,
        warnings: []
    };
    return {
        item: {
            kind: record.kind,
            name: restore.name,
            path: record.path,
            backupId: record.id,
            action: plan.changed ? 'update' : 'unchanged',
            target: { id: settings.workspace, name: restore.name },
            plan
        },
        apply: async () => {
            await restore.replace(client, settings.workspace, kept.document);
            return { id: settings.workspace, created: false };
        }
    };
}
/** A kind that plans its own documents (specs, file by file): its plan as an item. */
function ownPlan(record, target, own) {
    return {
        item: {
            kind: record.kind,
            name: own.name,
            path: record.path,
            backupId: record.id,
            action: own.action,
            ...(target ? { matchedBy: target.matchedBy, target: { id: target.id, name: target.name } } : {}),
            files: own.files
        },
        apply: own.apply
    };
}
// ---- telling a person ----
const SIGN = { create: '+', update: '~', unchanged: '=', delete: '-' };
function counts(item) {
    const { plan, files } = item;
    if (files) {
        const parts = [`${files.added.length} added`, `${files.changed.length} changed`, `${files.unchanged} unchanged`];
        if (files.extra.length)
            parts.push(`${files.extra.length} not in the backup`);
        return `files: ${parts.join(', ')}${files.properties.length ? `; also ${files.properties.join(', ')}` : ''}`;
    }
    if (!plan)
        return '';
    const c = (label, d) => `${label} ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged`;
    const parts = restoreOf(item.kind).holdsItems ? [c('requests', plan.requests), c('folders', plan.folders)] : [];
    parts.push(c('variables', plan.variables));
    if (plan.properties.length)
        parts.push(`also ${plan.properties.join(', ')}`);
    return parts.join('; ');
}
function describeItem(item) {
    const what = `${item.kind} "${item.name}"`;
    const over = item.target
        ? ` (${item.target.id}${item.matchedBy === 'name' ? ', same name' : item.matchedBy === 'journal' ? ', created by an earlier run' : ''})`
        : '';
    switch (item.action) {
        case 'create':
            return `${what}: create; ${counts(item)}`;
        case 'update':
            return `${what}: update${over}; ${counts(item)}`;
        case 'unchanged':
            return `${what}: unchanged${over}`;
        case 'delete':
            return `${what}${over}: delete (prune: not in the backup)`;
    }
}
function describeOutcome(item) {
    const verb = { created: 'Created', updated: 'Updated', deleted: 'Deleted' }[item.outcome];
    return `${verb ?? 'Restored'} ${item.kind} "${item.name}" (${item.writtenId ?? item.target?.id ?? ''})`;
}
/** The plan and what was done, as lines for a terminal or a log. */
export function describeWorkspaceRestore(result, howToApply) {
    const lines = [`Restore the backup folder ${result.source} into workspace ${result.workspace}`];
    for (const item of result.items) {
        lines.push(`  ${SIGN[item.action]} ${describeItem(item)}`);
        if (item.plan?.secrets.length)
            lines.push(...secretLines(item.plan.secrets).map((line) => `    ${line}`));
        for (const warning of item.plan?.warnings ?? [])
            lines.push(`    warning: ${warning}`);
    }
    for (const { path, reason } of result.skipped)
        lines.push(`  ! ${path}: not restored (${reason})`);
    const by = (outcome) => result.items.filter((i) => i.outcome === outcome);
    const changes = result.items.filter((i) => i.action !== 'unchanged').length;
    if (!result.written && result.complete && by('planned').length > 0) {
        lines.push(`${changes} document(s) to restore. Nothing written: ${howToApply}.`);
        return lines;
    }
    if (changes === 0) {
        lines.push('Postman already holds everything in the backup; nothing to restore.');
        return lines;
    }
    lines.push(`Restored: ${by('created').length} created, ${by('updated').length} updated, ${by('deleted').length} deleted, ${by('unchanged').length} unchanged.`);
    if (!result.complete) {
        const failed = by('failed');
        const waiting = by('not-attempted');
        for (const item of failed)
            lines.push(`Failed: ${item.kind} "${item.name}": ${item.error ?? ''}`);
        if (waiting.length)
            lines.push(`Not restored (not attempted): ${waiting.map((i) => `${i.kind} "${i.name}"`).join(', ')}.`);
        lines.push('Run the same command again to finish: what is restored already is updated or left unchanged, never created twice.');
    }
    return lines;
}
/**
 * Whether a restore `path` names a backup folder (a whole workspace) rather than one backed-up
 * file: backed-up files end in `.json`; anything else is a folder holding .postman-backup.json.
 */
export function isBackupFolderPath(path) {
    return typeof path === 'string' && path.trim() !== '' && !/\.json$/i.test(path.trim());
}
