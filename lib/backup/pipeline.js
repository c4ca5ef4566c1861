// The backup pipeline: select → fetch → validate → redact → serialize → plan against the branch
// → write. Every run goes through it, one collection or a whole workspace, to GitHub or to a
// local folder; only the write strategy differs (TreeWriter.commitFiles picks it).
import pLimit from 'p-limit';
import { CollectionValidationError, InputError, PostmanApiError, PostmanBackupError, PostmanNotFoundError, PostmanRateLimitError } from '../errors.js';
import { gitBlobSha } from '../git-blob-sha.js';
import { blobUrl } from '../github/names.js';
import { TreeWriter } from '../github/tree-writer.js';
import { emptyManifest, indexEntries, MANIFEST_NAME, parseManifest, serializeManifest } from '../manifest.js';
import { countByKind, isDocumentKind, KINDS, kindOf } from '../kinds/index.js';
import { joinRepoPath } from '../paths.js';
import { DocumentTooLargeError, holdsNewerVersion, prepareScannedDocument, SecretsFoundError } from './document.js';
import { describeRemovedDocument, describeWrittenDocument, sortChanges } from './changelog-stage.js';
import { commitMessage, isCurrent, isNewer, planManifest } from './plan.js';
import { cleanReferences, prepareBackup } from './prepare.js';
import { asCollectionResult } from './result.js';
import { assignPaths, fetchDocument, isGone, selectDocuments } from './select.js';
import { runInPullRequestMode } from './pull-request-mode.js';
import { parseDuration, RunStopper, Stopped } from './stop.js';
/** A file report's `secrets` (removed literal secrets by rule) and their pointers, when there were any. */
function secretsReport(found) {
    if (!found?.length)
        return {};
    const secrets = {};
    for (const { rule } of found)
        secrets[rule] = (secrets[rule] ?? 0) + 1;
    return { secrets, secretPointers: [...new Set(found.map((f) => f.pointer))] };
}
/** The folder of a repository path ('' at the root). */
const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const labelOf = (doc) => `${kindOf(doc.kind).title} "${doc.name}" (${doc.id})`;
/**
 * Whether a run backs up one named document alone: one collection or environment by name, ID or
 * UID, without `*`, prune or exclude. Such a run neither reads nor writes the manifest: it reads
 * and writes just its file (on GitHub through the contents API), so parallel one-collection jobs
 * into the same directory never contend for a shared file. Every other run keeps the manifest.
 */
export function isLoneDocument(options) {
    const references = [...cleanReferences(options.collections), ...cleanReferences(options.environments)];
    return (references.length === 1 &&
        references[0] !== '*' &&
        !options.prune &&
        cleanReferences(options.exclude).length === 0 &&
        // Specs are folders and globals need the manifest's record: neither is a lone file.
        cleanReferences(options.specs).length === 0 &&
        options.globals !== true);
}
/** One named collection alone (see isLoneDocument). */
export function isSingleCollection(options) {
    return isLoneDocument(options) && cleanReferences(options.collections).length === 1;
}
/** Backs up what the options name: the use case behind the action and the CLI. */
export async function runBackup(options) {
    return (await runPipeline(options)).result;
}
/**
 * Backs up many collections and environments in one commit: incremental (only documents Postman
 * reports changed since the last backup are fetched), a failing document left out without holding
 * back the others, secrets redacted, and a manifest that lets renamed documents move instead of
 * duplicating. The same pipeline as runBackup.
 */
export const backupWorkspace = runBackup;
/**
 * Backs up one Postman collection to a file in a GitHub repository: fetch, validate, redact,
 * serialize, and commit only when the bytes changed (the contents API: one file, one commit).
 */
export async function backupCollection(options) {
    const reference = options.collection.trim();
    // Every input is checked before the first request.
    prepareBackup(options);
    if (reference === '')
        throw new InputError('collection', 'is empty. Give the collection name, ID or UID.');
    if (reference === '*')
        throw new InputError('collection', 'names one collection here; back up several with runBackup or backupWorkspace.');
    const { result, details } = await runPipeline({ ...options, collections: [reference], environments: [] });
    return asCollectionResult(result, details);
}
async function runPipeline(options) {
    // Pull-request mode runs this same pipeline on the backup's own branch (pull-request-mode.ts).
    if (options.pullRequest)
        return runInPullRequestMode(options, runPipeline);
    // max-duration counts from the start of the run; the signal may stop it at any time.
    const stopper = new RunStopper(options.signal, parseDuration(options.maxDuration));
    try {
        return await runStages(options, stopper);
    }
    finally {
        stopper.dispose();
    }
}
async function runStages(options, stopper) {
    // 0. Every option, before the first request.
    // prepareBackup has checked every template and applied the defaults (resolveBackupOptions).
    const prepared = prepareBackup(options);
    const { owner, repo, directory, client, logger, workspace, concurrency } = prepared;
    const collections = cleanReferences(options.collections);
    const environments = cleanReferences(options.environments);
    // References per kind; globals are one document per workspace, selected whole or not at all.
    const references = {
        collection: collections,
        environment: environments,
        spec: cleanReferences(prepared.specs),
        globals: prepared.globals ? ['*'] : []
    };
    if (KINDS.every((k) => (references[k.kind] ?? []).length === 0)) {
        throw new InputError('collection', 'and environment are both empty. Name what to back up, or use * for everything.');
    }
    const lone = isLoneDocument(options);
    const manifestPath = joinRepoPath(directory, MANIFEST_NAME);
    // 1. Select: one list call per kind (a lone collection: at most one).
    logger.info(lone
        ? `Fetching ${collections.length ? 'collection' : 'environment'} "${[...collections, ...environments][0]}" from ${client.baseUrl}.`
        : `Listing Postman ${KINDS.filter((k) => (references[k.kind] ?? []).length > 0)
            .map((k) => k.plural)
            .join(' and ')}${workspace ? ` in workspace ${workspace}` : ''}.`);
    const selection = await selectDocuments(client, {
        references,
        workspace,
        exclude: cleanReferences(options.exclude),
        lone
    });
    const selected = selection.documents;
    const paths = assignPaths(selected, directory, {
        collection: prepared.filename,
        environment: prepared.environmentFilename,
        globals: prepared.globalsFilename
    });
    // 2. The branch, read once: a lone document's own file, else the directory and its manifest.
    const writer = options.writer ?? new TreeWriter(prepared.octokit, { logger });
    const snapshot = await writer.readBranch({
        owner,
        repo,
        branch: prepared.branch,
        createBranch: options.createBranch,
        dryRun: options.dryRun,
        ...(lone ? { paths: [...paths.values()] } : { directory })
    });
    const manifest = !lone && snapshot.files.has(manifestPath)
        ? parseManifest(await writer.readFile(snapshot, manifestPath), logger)
        : emptyManifest();
    const entryOf = indexEntries(manifest);
    // 3. Fetch → validate → redact → serialize → hand to the commit, one document at a time and
    // only what changed since the last backup. A document that fails stays out (its previous file
    // untouched, marked pending); a stop (signal, max-duration, quota) ends the fetching.
    const relative = (path) => (directory ? path.slice(directory.length + 1) : path);
    const limit = pLimit(concurrency);
    const scanSettings = { ...prepared, ownCredentials: [prepared.postmanApiKey, prepared.githubToken] };
    /** Literal secrets removed per file (by rule and where), for the report. */
    const secretsByPath = new Map();
    let done = 0;
    const progress = (doc, fetched) => options.onProgress?.({ done: ++done, total: selected.length, kind: doc.kind, name: doc.name, fetched });
    const warnings = [];
    const details = new Map();
    const fetchedDocuments = new Map();
    const failures = [];
    const changes = [];
    // Files go into the commit as they are ready (GitHub), else are held until the commit.
    const session = !lone && writer.openCommit ? writer.openCommit(snapshot, { dryRun: options.dryRun }) : undefined;
    let fatal = false;
    const fail = (doc, path, reason, error) => {
        // Validation says "nothing was written" for a lone document; here only this one was not.
        const message = (error instanceof Error ? error.message : String(error)).replace('; nothing was written.', '; it was not written.');
        if (reason !== 'not-reached')
            logger.warn(`${labelOf(doc)} was not backed up: ${message}`);
        failures.push({ doc, path, reason, redact: kindOf(doc.kind).redactMode(prepared.redact), message, error });
        return undefined;
    };
    // Documents a previous run could not back up come first.
    const order = [...selected].sort((a, b) => Number(entryOf(b.kind, b.id)?.entry.pending !== undefined) -
        Number(entryOf(a.kind, a.id)?.entry.pending !== undefined));
    const outcomes = await Promise.all(order.map((doc) => limit(async () => {
        if (fatal)
            return undefined;
        const path = paths.get(doc);
        const previous = entryOf(doc.kind, doc.id);
        const settings = {
            full: options.full ?? false,
            redact: kindOf(doc.kind).redactMode(prepared.redact),
            secretScan: prepared.secretScan
        };
        if (previous &&
            previous.path === relative(path) &&
            isCurrent(doc, previous.entry, snapshot.files.get(path), settings)) {
            progress(doc, false);
            return { doc, path, fetched: false, entry: previous.entry };
        }
        const previousPath = previous && joinRepoPath(directory, previous.path);
        if (previous &&
            isNewer(previous.entry, doc) &&
            snapshot.files.get(previousPath) === previous.entry.sha) {
            // An overlapping run that listed later already stored a newer version: never undo it.
            logger.warn(`The branch holds a newer version of ${doc.kind} "${doc.name}" (updated ${previous.entry.updatedAt}) than Postman listed to this run (${doc.updatedAt}); keeping it.`);
            progress(doc, false);
            return { doc, path: previousPath, fetched: false, entry: previous.entry };
        }
        if (stopper.stopped)
            return fail(doc, path, 'not-reached', stopper.why());
        let document = doc.document;
        if (!document) {
            try {
                document = await stopper.race(fetchDocument(client, doc.kind, doc.uid || doc.id));
            }
            catch (error) {
                if (error instanceof Stopped)
                    return fail(doc, path, 'not-reached', stopper.why());
                if (error instanceof PostmanNotFoundError) {
                    // Deleted in Postman between the list and the fetch: nothing to back up any more.
                    logger.warn(`${labelOf(doc)} was listed but is gone now; skipped.`);
                    progress(doc, false);
                    return undefined;
                }
                if (error instanceof PostmanRateLimitError) {
                    // Postman takes no more calls (the monthly quota, or a limit that outlasted the
                    // retries): keep what is ready, leave the rest to the next run.
                    stopper.stop('quota', error.message);
                    return fail(doc, path, 'not-reached', error.message);
                }
                // After the client's retries, a deadline or a size cap: this document alone fails.
                if (error instanceof PostmanApiError && !lone)
                    return fail(doc, path, 'fetch-failed', error);
                // An answer refused as it was read (repeated JSON keys that could hide a secret): the same.
                if (error instanceof CollectionValidationError && !lone)
                    return fail(doc, path, 'invalid', error);
                throw error;
            }
        }
        let ready;
        try {
            ready = await prepareScannedDocument(doc.kind, document, scanSettings, labelOf(doc), logger);
        }
        catch (error) {
            if (error instanceof CollectionValidationError ||
                error instanceof DocumentTooLargeError ||
                error instanceof SecretsFoundError)
                return fail(doc, path, 'invalid', error);
            throw error;
        }
        warnings.push(...ready.warnings.map((w) => ({ ...w, path })));
        details.set(path, { warnings: ready.warnings, redacted: ready.redacted, bytes: ready.bytes });
        if (lone)
            fetchedDocuments.set(path, document);
        const entry = {
            kind: doc.kind,
            id: doc.id,
            uid: doc.uid,
            name: doc.name,
            updatedAt: doc.updatedAt,
            sha: gitBlobSha(ready.content),
            redact: kindOf(doc.kind).redactMode(prepared.redact),
            redacted: ready.redacted.length,
            secretScan: prepared.secretScan,
            ...(ready.redacted.length + ready.secrets.length
                ? {
                    // Restore keeps Postman's values where redaction or the scan blanked one.
                    redactedPointers: [...new Set([...ready.redacted, ...ready.secrets].map((r) => r.pointer))]
                }
                : {})
        };
        if (ready.secrets.length)
            secretsByPath.set(path, ready.secrets);
        // Files beside the main one (a spec's), at their paths inside its folder.
        const extra = ready.extra.map((f) => ({ path: joinRepoPath(folderOf(path), f.path), content: f.content }));
        if (entry.sha !== snapshot.files.get(path)) {
            // The changelog: against the branch's file (where the manifest recorded it), read now and dropped.
            const from = previousPath !== undefined && snapshot.files.has(previousPath) ? previousPath : path;
            const change = await describeWrittenDocument(doc, path, ready.content, () => writer.readFile(snapshot, from), logger, ready.document);
            if (change)
                changes.push(change);
        }
        // Bounded memory: the upload below may wait on GitHub's write pacing; only the bytes stay.
        ready.document = undefined;
        if (session) {
            // Compared with the branch and sent on its way now; the bytes are not kept.
            const status = await session.add({ path, content: ready.content });
            const statuses = await Promise.all(extra.map((f) => session.add(f)));
            progress(doc, true);
            return {
                doc,
                path,
                fetched: true,
                entry,
                status,
                extraPaths: extra.map((f) => f.path),
                extraStatuses: statuses
            };
        }
        progress(doc, true);
        return { doc, path, fetched: true, entry, content: ready.content, extra, extraPaths: extra.map((f) => f.path) };
    }).catch((error) => {
        fatal = true;
        throw error;
    })));
    // A lone document fails with its own message, as it always has.
    if (lone && failures.length === 1) {
        const [failure] = failures;
        throw failure.error instanceof Error ? failure.error : new PostmanBackupError(failure.message);
    }
    const ready = outcomes.filter((o) => o !== undefined);
    // 4. Plan: the manifest after this run, and the files that go away (a lone run keeps neither).
    const { next, deletions } = lone
        ? { next: undefined, deletions: new Set() }
        : await planManifest(manifest, ready, {
            directory,
            branchFiles: snapshot.files,
            isGone: async (entry) => (options.prune ?? false) &&
                selection.listedKinds.has(entry.kind) &&
                !selection.listedIds.has(entry.id) &&
                (await isGone(client, entry)),
            failed: failures
        });
    // Pruned documents (gone from Postman) in the changelog; a renamed document's old file is its rename.
    for (const [rel, entry] of Object.entries(manifest.files)) {
        const full = joinRepoPath(directory, rel);
        if (!deletions.has(full) || ready.some((o) => o.doc.kind === entry.kind && o.doc.id === entry.id))
            continue;
        const change = await describeRemovedDocument(entry, full, () => writer.readFile(snapshot, full), logger);
        if (change)
            changes.push(change);
    }
    if (!lone) {
        // A document that owns its folder (a spec): files there it no longer has go, and the whole
        // folder goes with the document (renamed or pruned).
        const written = new Set(ready.flatMap((o) => [o.path, ...(o.extraPaths ?? [])]));
        const folders = new Set();
        for (const o of ready)
            if (o.fetched && kindOf(o.doc.kind).ownsFolder)
                folders.add(folderOf(o.path));
        for (const [rel, entry] of Object.entries(manifest.files)) {
            const full = joinRepoPath(directory, rel);
            if (deletions.has(full) && isDocumentKind(entry.kind) && kindOf(entry.kind).ownsFolder)
                folders.add(folderOf(full));
        }
        for (const folder of folders)
            for (const path of snapshot.files.keys())
                if (path.startsWith(`${folder}/`) && !written.has(path))
                    deletions.add(path);
    }
    const changelog = sortChanges(changes);
    const urlOf = (path) => writer.fileUrl?.(snapshot, path) ?? blobUrl(snapshot.htmlUrl, snapshot.branch, path);
    const backedUp = ready.map((o) => ({
        kind: o.doc.kind,
        id: o.doc.id,
        uid: o.doc.uid,
        name: o.doc.name,
        path: o.path,
        url: urlOf(o.path),
        changed: o.status
            ? [o.status, ...(o.extraStatuses ?? [])].some((s) => s === 'created' || s === 'updated')
            : o.content !== undefined &&
                (snapshot.files.get(o.path) !== o.entry.sha ||
                    (o.extra ?? []).some((f) => snapshot.files.get(f.path) !== gitBlobSha(f.content))),
        redacted: o.entry.redacted,
        ...secretsReport(secretsByPath.get(o.path)),
        fetched: o.fetched,
        status: 'ok'
    }));
    const failedReports = failures.map((f) => {
        // The file that stays is the previous backup's, where it is.
        const previous = entryOf(f.doc.kind, f.doc.id);
        const path = previous ? joinRepoPath(directory, previous.path) : f.path;
        return {
            kind: f.doc.kind,
            id: f.doc.id,
            uid: f.doc.uid,
            name: f.doc.name,
            path,
            url: urlOf(path),
            changed: false,
            redacted: previous?.entry.redacted ?? 0,
            fetched: f.reason === 'invalid',
            status: f.reason,
            error: f.message
        };
    });
    const message = commitMessage(prepared.commitMessage, backedUp.filter((f) => f.changed), deletions.size, changelog);
    const files = ready
        .filter((o) => o.content !== undefined)
        .map((o) => {
        const document = fetchedDocuments.get(o.path);
        // Without a manifest the file itself tells whether an overlapping run stored a newer version.
        const keepExisting = lone && document ? (current) => holdsNewerVersion(o.doc.kind, current, document) : undefined;
        return { path: o.path, content: o.content, ...(keepExisting ? { keepExisting } : {}) };
    });
    for (const o of ready)
        files.push(...(o.content !== undefined ? (o.extra ?? []) : []));
    if (next)
        files.push({ path: manifestPath, content: serializeManifest(next) });
    // 5. Write: one commit, with the contents API or the Git Data API (the writer chooses).
    const request = { message, files, deletions: [...deletions], dryRun: options.dryRun };
    const committed = session
        ? await session.finish(request)
        : files.length === 0 && deletions.size === 0
            ? { changed: false, branch: snapshot.branch, files: [], retries: 0 }
            : await writer.commitFiles(snapshot, request);
    const status = new Map(committed.files.map((f) => [f.path, f.status]));
    const reports = [
        ...backedUp.map((f) => {
            const paths = [f.path, ...(ready.find((o) => o.path === f.path)?.extraPaths ?? [])];
            return { ...f, changed: paths.some((p) => status.get(p) === 'created' || status.get(p) === 'updated') };
        }),
        ...failedReports
    ];
    const changedFiles = reports.filter((f) => f.changed).length;
    logger.info(committed.changed
        ? `${options.dryRun ? 'Would commit' : 'Committed'} ${changedFiles} changed file(s)${deletions.size ? ` and ${deletions.size} removal(s)` : ''}${committed.commitSha ? `: ${committed.commitSha.slice(0, 7)}` : ''}.`
        : `All ${backedUp.length} backed-up documents are unchanged; no commit made.`);
    const counts = countByKind(reports);
    const result = {
        changed: committed.changed,
        dryRun: options.dryRun ?? false,
        repository: `${owner}/${repo}`,
        branch: committed.branch,
        commitSha: committed.commitSha,
        commitUrl: committed.commitUrl,
        files: reports,
        deleted: [...deletions].sort(),
        collections: counts.collection,
        environments: counts.environment,
        counts,
        changedFiles,
        warnings,
        postmanRequests: client.calls.length,
        failed: failures.map((f) => ({
            kind: f.doc.kind,
            id: f.doc.id,
            name: f.doc.name,
            reason: f.reason,
            message: f.message
        })),
        ...(stopper.stopped ? { stopped: stopper.stopped } : {}),
        // Only what the commit holds (a file found current or kept is no change).
        changes: changelog.filter((c) => ['created', 'updated', 'deleted'].includes(status.get(c.path ?? '') ?? '')),
        ...(committed.changed ? { commitMessage: message } : {})
    };
    return { result, details };
}
