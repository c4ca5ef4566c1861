// The GitHub side of a backup: read the branch once (its state, then only the files the backup can
// touch), compare, and write the changes as ONE commit with the cheapest strategy: the contents
// API (PUT contents) when exactly one file changes and nothing is deleted, the Git Data API
// (blobs, trees, commit, ref update) otherwise. One conflict loop serves both strategies.
import { isUtf8 } from 'node:buffer';
import { GitHubApiError, InputError } from '../errors.js';
import { gitBlobSha } from '../git-blob-sha.js';
import { silentLogger } from '../logger.js';
import { checkPath } from '../paths.js';
import { checkBranchName } from './names.js';
import { readRepositoryFile } from './read-file.js';
import { contextFor, getRepository, jsonBody, noPushError, readBlob, readBranchState } from './repository.js';
import { ruleRefusalOf, statusOf, translateGitHubError } from './request-errors.js';
/** Tries of one commit; each retry re-reads the branch because someone else moved it. */
const MAX_COMMIT_ATTEMPTS = 4;
/**
 * Most bytes of one POST git/trees (its inline entries as JSON). GitHub documents 7 MB but answers
 * 502 or 422 ("your input was too large") from about 2.5 MB: a change beyond this budget is built
 * in several tree requests, each on the previous tree, and a file beyond it goes up as a blob.
 * Should GitHub refuse a request within it anyway, the writer halves its budget for the rest of the
 * commit and sends the refused entries again in halves (postTree).
 */
export const TREE_REQUEST_BUDGET_BYTES = 1.5 * 1024 * 1024;
/** The writer stops halving its budget here: a refusal of a request this small is not about size. */
const MIN_TREE_REQUEST_BYTES = 64 * 1024;
/**
 * Tree requests a commit session fills at once: a file that does not fit the first goes to the
 * next, so a run of files near the budget does not send half-empty requests (each request is one
 * of GitHub's paced writes). Held: at most this many budgets of inline content.
 */
export const OPEN_TREE_REQUESTS = 4;
/**
 * Bytes of changed files a commit session may hold while they wait for GitHub's write pacing: the
 * caller fetches and prepares the next documents meanwhile, and waits beyond this.
 */
export const MAX_QUEUED_BYTES = 8 * 1024 * 1024;
/** GitHub refuses files over 100 MB (blobs and the contents API alike). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Room for the tree request's own fields ("base_tree", brackets) within the budget. */
const TREE_REQUEST_OVERHEAD_BYTES = 256;
/** git's well-known empty tree: GitHub answers 404 when asked to list it. */
const EMPTY_TREE_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const FILE_MODE = '100644';
const detailsOf = new WeakMap();
export class TreeWriter {
    octokit;
    logger;
    /** The tree request budget, halved each time GitHub refuses a tree request as too large. */
    treeBudget;
    maxQueuedBytes;
    constructor(octokit, options = {}) {
        this.octokit = octokit;
        this.logger = options.logger ?? silentLogger;
        this.treeBudget = Math.max(MIN_TREE_REQUEST_BYTES, options.treeRequestBytes ?? TREE_REQUEST_BUDGET_BYTES);
        this.maxQueuedBytes = Math.max(0, options.maxQueuedBytes ?? MAX_QUEUED_BYTES);
    }
    async readBranch(target) {
        if (target.branch !== undefined)
            checkBranchName(target.branch);
        const context = contextFor(this.octokit, target.owner, target.repo);
        if (target.paths)
            return this.readPaths(target, target.paths, context);
        const state = await readBranchState(this.octokit, this.logger, target, context);
        const directory = (target.directory ?? '').replace(/\/+$/, '');
        const snapshot = {
            owner: target.owner,
            repo: target.repo,
            branch: state.branch,
            ...(state.defaultBranch !== undefined ? { defaultBranch: state.defaultBranch } : {}),
            htmlUrl: state.htmlUrl,
            headSha: state.head?.sha ?? null,
            treeSha: state.head?.treeSha ?? null,
            files: new Map(),
            truncated: false,
            ...(state.created ? { branchCreated: true } : {})
        };
        const modes = new Map();
        if (state.head) {
            const read = await this.readFolder(snapshot, state.head.treeSha, directory, modes, context);
            snapshot.files = read.files;
            snapshot.truncated = read.truncated;
        }
        detailsOf.set(snapshot, {
            reread: { owner: target.owner, repo: target.repo, branch: state.branch, directory },
            modes,
            contents: new Map()
        });
        return snapshot;
    }
    async readFile(snapshot, path) {
        const sha = snapshot.files.get(path);
        if (sha === undefined) {
            if (snapshot.truncated)
                throw truncatedError(snapshot);
            return undefined;
        }
        const known = detailsOf.get(snapshot)?.contents.get(path);
        if (known)
            return known;
        const { owner, repo, branch } = snapshot;
        return readBlob(this.octokit, { owner, repo, sha, what: path, action: `reading ${path} on ${branch}` }, contextFor(this.octokit, owner, repo));
    }
    async commitFiles(snapshot, request) {
        const prepared = prepareFiles(request);
        const deletions = [...new Set(request.deletions ?? [])];
        const { owner, repo, branch } = snapshot;
        if (snapshot.truncated)
            throw truncatedError(snapshot);
        const context = contextFor(this.octokit, owner, repo);
        // Blobs outlive a failed attempt, so a retry does not upload them again.
        const uploaded = new Set();
        // Set when a rejected write had been retried by plugin-retry: the retried request may have
        // been applied (its answer lost), so finding our bytes afterwards may mean our own commit.
        let mayHaveWritten;
        let current = snapshot;
        for (let attempt = 1;; attempt++) {
            const retries = attempt - 1;
            const plan = planChanges(current, prepared, deletions);
            await this.keepNewer(current, plan);
            const unchanged = { changed: false, branch, files: plan.statuses, retries };
            if (plan.changes.length === 0 && plan.deletions.length === 0) {
                const own = mayHaveWritten ? await this.headCommitIfOurs(current, request.message) : undefined;
                if (own && mayHaveWritten) {
                    this.logger.info(`Our earlier write to ${branch}, whose answer was lost, made commit ${own.sha.slice(0, 7)}.`);
                    return {
                        changed: true,
                        commitSha: own.sha,
                        commitUrl: own.url ?? `${current.htmlUrl}/commit/${own.sha}`,
                        branch,
                        files: mayHaveWritten.statuses,
                        retries
                    };
                }
                this.logger.info(`Nothing changed on ${branch} (${prepared.length} files compared); no commit.`);
                return unchanged;
            }
            const summary = `${plan.changes.length} changed and ${plan.deletions.length} deleted of ${prepared.length + deletions.length} files`;
            if (request.dryRun) {
                this.logger.info(`Dry run: would commit ${summary} to ${branch}.`);
                return { ...unchanged, changed: true };
            }
            if (detailsOf.get(current)?.info?.canPush === false)
                throw noPushError(`${owner}/${repo}`);
            const strategy = chooseStrategy(current, plan);
            if (strategy === 'git-data' && current.partial) {
                // Only single files were read; the Git Data API needs the head: read the folder instead.
                current = await this.readBranch({ owner, repo, branch, directory: commonFolder(prepared.map((f) => f.path)) });
                continue;
            }
            try {
                const commit = strategy === 'contents'
                    ? await this.putFile(current, plan.changes[0], request.message, context)
                    : await this.writeCommit(current, plan, request.message, uploaded, context);
                const [only] = plan.statuses.filter((f) => f.status === 'created' || f.status === 'updated');
                this.logger.info(strategy === 'contents'
                    ? `${only?.status === 'created' ? 'Created' : 'Updated'} ${plan.changes[0].path} on ${branch}: commit ${commit.sha.slice(0, 7)}.`
                    : `Committed ${summary} to ${branch}: ${commit.sha.slice(0, 7)}.`);
                return {
                    changed: true,
                    commitSha: commit.sha,
                    commitUrl: commit.htmlUrl ?? `${current.htmlUrl}/commit/${commit.sha}`,
                    branch,
                    files: plan.statuses,
                    retries,
                    strategy
                };
            }
            catch (error) {
                if (!(error instanceof BranchMoved))
                    throw error;
                if (error.retried)
                    mayHaveWritten = plan;
                // A PUT contents also meets a 409 when the head moves under it without touching our file.
                current = await this.readAfterRefusal(error, attempt, current, context, error.strategy === 'git-data');
            }
        }
    }
    /**
     * A commit whose files arrive one by one (CommitSession). Each changed file goes up as it comes:
     * a file over the tree budget (or not UTF-8 text) as a blob at once, smaller ones inline in one of
     * OPEN_TREE_REQUESTS requests being filled, the fullest sent (on the previous tree) when a file
     * fits none. Files wait in a queue of at most MAX_QUEUED_BYTES for the paced writes, so the caller
     * prepares the next ones meanwhile. Held at any time: the queue, the open requests' inline
     * content, and the first changed file (while it may
     * still be the only one: then it is written with the contents API, as commitFiles would).
     * A dry run keeps only statuses; an empty repository (the Git Data API needs a first commit)
     * and a snapshot of single files keep the changed files and hand them to commitFiles.
     */
    openCommit(snapshot, options = {}) {
        if (snapshot.truncated)
            throw truncatedError(snapshot);
        const { owner, repo, branch } = snapshot;
        const context = contextFor(this.octokit, owner, repo);
        const budget = () => this.treeBudget - TREE_REQUEST_OVERHEAD_BYTES;
        const modes = detailsOf.get(snapshot)?.modes;
        const buffered = snapshot.headSha === null || snapshot.partial === true;
        const statuses = new Map();
        /** Changed files kept whole: the first one (maybe the only one), or all when buffered. */
        const kept = [];
        /** Files sent (inline in a tree request, or as a blob), by path: enough to rebuild the commit. */
        const sent = new Map();
        const uploaded = new Set();
        /** Tree requests being filled (OPEN_TREE_REQUESTS at most). */
        const open = [];
        const bytesOf = (entries) => entries.reduce((sum, e) => sum + e.bytes, 0);
        let treeSha = snapshot.treeSha;
        // One file at a time, in arrival order: the tree requests form a chain.
        let queue = Promise.resolve();
        const serial = (task) => {
            const next = queue.then(task);
            queue = next.catch(() => undefined);
            return next;
        };
        /** An entry into the first open request it fits; when none has room, the fullest one is sent. */
        const place = async (entry) => {
            const room = open.find((entries) => bytesOf(entries) + entry.bytes <= budget());
            if (room)
                return void room.push(entry);
            if (open.length >= OPEN_TREE_REQUESTS) {
                const fullest = open.reduce((a, b) => (bytesOf(b) > bytesOf(a) ? b : a));
                open.splice(open.indexOf(fullest), 1);
                treeSha = await this.postTree(snapshot, fullest, treeSha, context);
            }
            open.push([entry]);
        };
        const send = async (file) => {
            const mode = modeOf(modes, file.path);
            await place(await this.treeEntry(snapshot, file, mode, budget(), uploaded, context));
            sent.set(file.path, { blobSha: file.blobSha, mode });
        };
        /** Bytes of files handed to the queue and not sent yet; add waits while they exceed the limit. */
        let queuedBytes = 0;
        let queuedAny = false;
        /** The first failure of a queued send: every later add and finish throws it. */
        const failure = { failed: false };
        const wake = [];
        const settled = (bytes) => {
            queuedBytes -= bytes;
            for (const resume of wake.splice(0))
                resume();
        };
        const add = async (file) => {
            if (failure.failed)
                throw failure.error;
            if (statuses.has(file.path))
                throw new InputError('files', `"${file.path}" is given twice.`);
            const prepared = prepareFile(file);
            const [planned] = planChanges(snapshot, [prepared], []).statuses;
            statuses.set(file.path, { status: planned.status, blobSha: prepared.blobSha });
            if (planned.status === 'unchanged' || options.dryRun)
                return planned.status;
            if (detailsOf.get(snapshot)?.info?.canPush === false)
                throw noPushError(`${owner}/${repo}`);
            if (buffered || (kept.length === 0 && !queuedAny)) {
                kept.push(prepared);
                return planned.status;
            }
            // Sent in arrival order while the caller prepares the next files; the caller waits only
            // while more than maxQueuedBytes (MAX_QUEUED_BYTES) are waiting for GitHub's write pacing.
            const files = [...kept.splice(0), prepared];
            const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
            queuedAny = true;
            queuedBytes += bytes;
            serial(async () => {
                for (const f of files)
                    await send(f);
            }).then(() => settled(bytes), (error) => {
                if (!failure.failed)
                    Object.assign(failure, { error, failed: true });
                settled(bytes);
            });
            while (queuedBytes > this.maxQueuedBytes && !failure.failed)
                await new Promise((resume) => wake.push(resume));
            if (failure.failed)
                throw failure.error;
            return planned.status;
        };
        const finish = async (request) => {
            for (const file of request.files)
                await add(file);
            await queue;
            if (failure.failed)
                throw failure.error;
            const deletions = [...new Set(request.deletions ?? [])].filter((path) => {
                if (statuses.has(path))
                    throw new InputError('deletions', `"${path}" is both written and deleted.`);
                checkPath(path, 'deletions');
                return snapshot.files.has(path);
            });
            const files = [...statuses].map(([path, s]) => ({ path, ...s }));
            if (options.dryRun) {
                const changed = deletions.length > 0 || files.some((f) => f.status !== 'unchanged');
                if (changed)
                    this.logger.info(`Dry run: would commit changes to ${branch}.`);
                const removed = deletions.map((path) => ({
                    path,
                    status: 'deleted',
                    blobSha: snapshot.files.get(path)
                }));
                return { changed, branch, files: [...files, ...removed], retries: 0 };
            }
            if (sent.size === 0) {
                // At most one changed file (or all, buffered): commitFiles picks the strategy, as before.
                const result = await this.commitFiles(snapshot, {
                    message: request.message,
                    files: kept.map((f) => ({ path: f.path, content: f.bytes, keepExisting: f.keepExisting })),
                    deletions
                });
                const written = new Map(result.files.map((f) => [f.path, f]));
                return { ...result, files: [...files.filter((f) => !written.has(f.path)), ...result.files] };
            }
            for (const first of kept.splice(0))
                await send(first);
            for (const path of deletions)
                await place(sized({ path, mode: FILE_MODE, type: 'blob', sha: null }));
            // Every open request but the last one now; the last goes with the commit.
            open.sort((a, b) => bytesOf(b) - bytesOf(a));
            while (open.length > 1)
                treeSha = await this.postTree(snapshot, open.shift(), treeSha, context);
            const last = open.shift() ?? [];
            return this.finishCommit(snapshot, { treeSha, last, sent, deletions, files, message: request.message });
        };
        return { add, finish };
    }
    /**
     * The end of a session's commit: the last tree request, the commit, the ref update. When the
     * branch moved, the commit is rebuilt on the new head from the files' blob SHAs alone (every
     * file sent is in the repository by now), so no file needs its bytes again.
     */
    async finishCommit(snapshot, built) {
        const { owner, repo, branch } = snapshot;
        const context = contextFor(this.octokit, owner, repo);
        let current = snapshot;
        let baseTree = built.treeSha;
        let entries = built.last;
        let statuses = [
            ...built.files,
            ...built.deletions.map((path) => ({ path, status: 'deleted', blobSha: snapshot.files.get(path) }))
        ];
        let mayHaveWritten = false;
        for (let attempt = 1;; attempt++) {
            const retries = attempt - 1;
            if (entries.length === 0 && baseTree === current.treeSha) {
                const own = mayHaveWritten ? await this.headCommitIfOurs(current, built.message) : undefined;
                if (own)
                    return { changed: true, commitSha: own.sha, commitUrl: own.url, branch, files: statuses, retries };
                this.logger.info(`Nothing changed on ${branch}; no commit.`);
                return { changed: false, branch, files: statuses, retries };
            }
            try {
                const commit = await this.commitTree(current, current.headSha, baseTree, entries, built.message, context);
                const changed = statuses.filter((f) => f.status !== 'unchanged').length;
                this.logger.info(`Committed ${changed} changed or deleted files to ${branch}: ${commit.sha.slice(0, 7)}.`);
                return {
                    changed: true,
                    commitSha: commit.sha,
                    commitUrl: commit.htmlUrl ?? `${current.htmlUrl}/commit/${commit.sha}`,
                    branch,
                    files: statuses,
                    retries,
                    strategy: 'git-data'
                };
            }
            catch (error) {
                if (!(error instanceof BranchMoved))
                    throw error;
                if (error.retried)
                    mayHaveWritten = true;
                current = await this.readAfterRefusal(error, attempt, current, context, true);
                if (current.truncated)
                    throw truncatedError(current);
                // Rebuild from the blob SHAs: the same comparison as planChanges, without the bytes.
                statuses = built.files.map((f) => {
                    const sent = built.sent.get(f.path);
                    const now = current.files.get(f.path);
                    if (!sent)
                        return f;
                    return {
                        path: f.path,
                        status: now === undefined ? 'created' : now === sent.blobSha ? 'unchanged' : 'updated',
                        blobSha: sent.blobSha
                    };
                });
                const changes = statuses.filter((f) => f.status === 'created' || f.status === 'updated');
                const deletions = built.deletions.filter((path) => current.files.has(path));
                statuses.push(...deletions.map((path) => ({ path, status: 'deleted', blobSha: current.files.get(path) })));
                entries = [
                    ...changes.map((f) => sized({ path: f.path, mode: built.sent.get(f.path)?.mode ?? FILE_MODE, type: 'blob', sha: f.blobSha })),
                    ...deletions.map((path) => sized({ path, mode: FILE_MODE, type: 'blob', sha: null }))
                ];
                baseTree = current.treeSha;
            }
        }
    }
    /**
     * The one answer to a refused write (both strategies, both commit paths): give up after
     * MAX_COMMIT_ATTEMPTS, else read the branch again. The Git Data API's ref update is refused only
     * when the branch moved; when it did not, the refusal has another reason (e.g. branch
     * protection) and retrying cannot help.
     */
    async readAfterRefusal(error, attempt, current, context, refusedOnlyWhenMoved) {
        const { owner, repo, branch } = current;
        const status = statusOf(error.cause);
        if (attempt >= MAX_COMMIT_ATTEMPTS) {
            throw new GitHubApiError(`Branch ${branch} of ${owner}/${repo} kept moving while we committed (${status} on ${attempt} tries), so our commit was not added to it. Run again when pushes to it have settled.`, status, { cause: error.cause });
        }
        const reread = await this.readAgain(current, context);
        if (refusedOnlyWhenMoved && reread.headSha === current.headSha)
            throw translateGitHubError(error.cause, context(`updating branch ${branch}`, true));
        this.logger.warn(`${branch} moved while we committed (${status}); rebuilding on it (attempt ${attempt + 1} of ${MAX_COMMIT_ATTEMPTS}).`);
        return reread;
    }
    /** The same files as `snapshot`, read again (the branch moved). */
    readAgain(snapshot, context) {
        const details = detailsOf.get(snapshot);
        const target = details?.reread ?? { owner: snapshot.owner, repo: snapshot.repo, branch: snapshot.branch };
        if (target.paths)
            return this.readPaths(target, target.paths, context, details?.info);
        return this.readBranch(target);
    }
    /** Drops from the plan the files whose keepExisting predicate prefers what the branch holds. */
    async keepNewer(snapshot, plan) {
        for (const file of [...plan.changes]) {
            if (!file.keepExisting || !snapshot.files.has(file.path))
                continue;
            const current = await this.readFile(snapshot, file.path);
            if (!current || !file.keepExisting(current))
                continue;
            this.logger.warn(`${file.path} on ${snapshot.branch} holds a newer version than the one fetched; keeping it.`);
            plan.changes = plan.changes.filter((c) => c !== file);
            const status = plan.statuses.find((s) => s.path === file.path);
            if (status) {
                status.status = 'kept';
                status.blobSha = snapshot.files.get(file.path);
            }
        }
    }
    /**
     * Only `paths`, with the contents API: GET repository (default branch, web URL, whether the
     * token may push), then GET contents per path. A 404 asks the branch state what is missing.
     */
    async readPaths(target, paths, context, known) {
        const { owner, repo } = target;
        const info = known ?? (await getRepository(this.octokit, owner, repo, context));
        const branch = target.branch ?? info.defaultBranch;
        const files = new Map();
        const contents = new Map();
        let state;
        // Where the files are read: the default branch for a branch a dry run would create from it.
        let ref = branch;
        for (const path of paths) {
            let found = await this.readPath(owner, repo, ref, path, context);
            if (!found && !state) {
                state = await readBranchState(this.octokit, this.logger, { ...target, branch }, context, { info });
                if (state.head === null)
                    break;
                if (state.created) {
                    if (target.dryRun)
                        ref = info.defaultBranch;
                    found = await this.readPath(owner, repo, ref, path, context);
                }
            }
            if (found) {
                files.set(path, found.sha);
                if (found.content)
                    contents.set(path, found.content);
            }
        }
        const snapshot = {
            owner,
            repo,
            branch,
            defaultBranch: info.defaultBranch,
            headSha: state?.head === null ? null : '',
            treeSha: state?.head === null ? null : '',
            files,
            htmlUrl: info.htmlUrl,
            truncated: false,
            partial: true,
            ...(state?.created ? { branchCreated: true } : {})
        };
        detailsOf.set(snapshot, { reread: { owner, repo, branch, paths }, modes: new Map(), contents, info });
        return snapshot;
    }
    /** GET contents/{path} (readRepositoryFile): the blob SHA (and bytes up to 1 MB); undefined on 404. */
    async readPath(owner, repo, ref, path, context) {
        const file = await readRepositoryFile(this.octokit, { owner, repo, path, ref }, { context });
        if (file.state === 'not-found')
            return undefined;
        if (file.state === 'not-a-file') {
            throw new GitHubApiError(`${path} on ${ref} is a ${file.type === 'dir' ? 'folder' : file.type}, not a file. Choose another directory or filename.`, undefined);
        }
        // Bytes that do not hash to the SHA (a cut answer) are not used: readFile reads the blob.
        const content = file.inline ? await file.bytes().catch(() => undefined) : undefined;
        return { sha: file.sha, content };
    }
    /**
     * The files under `directory` of the tree `rootSha`: the folders above it one level at a time
     * (a file where a folder is needed is reported as that file, so planning refuses it), then the
     * directory's own tree recursively.
     */
    async readFolder(snapshot, rootSha, directory, modes, context) {
        const files = new Map();
        if (rootSha === EMPTY_TREE_SHA)
            return { files, truncated: false };
        let sha = rootSha;
        let prefix = '';
        for (const segment of directory === '' ? [] : directory.split('/')) {
            const listing = await this.getTree(snapshot, sha, false, context);
            const path = prefix ? `${prefix}/${segment}` : segment;
            const entry = listing.tree.find((e) => e.path === segment);
            if (!entry || entry.sha === undefined) {
                if (listing.truncated)
                    return this.truncated(snapshot, files);
                return { files, truncated: false };
            }
            if (entry.type !== 'tree') {
                if (entry.type === 'blob')
                    files.set(path, entry.sha);
                return { files, truncated: false };
            }
            sha = entry.sha;
            prefix = path;
        }
        const truncated = await this.readSubtree(snapshot, sha, prefix, files, modes, context);
        return truncated ? this.truncated(snapshot, files) : { files, truncated: false };
    }
    /** Adds the files of tree `sha` (at `prefix`); true when even a single folder's list was truncated. */
    async readSubtree(snapshot, sha, prefix, files, modes, context) {
        const join = (path) => (prefix ? `${prefix}/${path}` : path);
        const add = (entry) => {
            if (entry.type !== 'blob' || entry.path === undefined || entry.sha === undefined)
                return;
            files.set(join(entry.path), entry.sha);
            if (entry.mode !== FILE_MODE)
                modes.set(join(entry.path), entry.mode);
        };
        const all = await this.getTree(snapshot, sha, true, context);
        if (!all.truncated) {
            for (const entry of all.tree)
                add(entry);
            return false;
        }
        // Over GitHub's 100,000 entries or 7 MB: read this folder's own list, and each subfolder apart.
        this.logger.info(`GitHub truncated the file list of ${prefix || 'the repository'}; reading it folder by folder.`);
        const level = await this.getTree(snapshot, sha, false, context);
        if (level.truncated)
            return true;
        for (const entry of level.tree) {
            if (entry.type === 'tree' && entry.path !== undefined && entry.sha !== undefined) {
                if (await this.readSubtree(snapshot, entry.sha, join(entry.path), files, modes, context))
                    return true;
            }
            else
                add(entry);
        }
        return false;
    }
    truncated(snapshot, files) {
        this.logger.warn(`GitHub truncated the file list of ${snapshot.owner}/${snapshot.repo} branch ${snapshot.branch} (too many files in one folder); writing to it is refused.`);
        return { files, truncated: true };
    }
    async getTree(snapshot, sha, recursive, context) {
        try {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
                owner: snapshot.owner,
                repo: snapshot.repo,
                tree_sha: sha,
                ...(recursive ? { recursive: '1' } : {})
            });
            const body = jsonBody(data);
            return { truncated: body.truncated === true, tree: body.tree ?? [] };
        }
        catch (error) {
            throw translateGitHubError(error, context(`reading the files of branch ${snapshot.branch}`));
        }
    }
    /** The branch's head commit when its message is ours (our write landed though its answer was lost). */
    async headCommitIfOurs(snapshot, message) {
        try {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', {
                owner: snapshot.owner,
                repo: snapshot.repo,
                branch: snapshot.branch
            });
            return data.commit.commit.message === message ? { sha: data.commit.sha, url: data.commit.html_url } : undefined;
        }
        catch {
            return undefined;
        }
    }
    /**
     * The contents strategy: one PUT contents, which is a commit of its own. Without a branch it
     * makes the first commit of an empty repository (and its default branch).
     */
    async putFile(snapshot, file, message, context) {
        const current = snapshot.files.get(file.path);
        try {
            const { data } = await this.octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', {
                owner: snapshot.owner,
                repo: snapshot.repo,
                path: file.path,
                message,
                content: file.bytes.toString('base64'),
                ...(snapshot.headSha === null ? {} : { branch: snapshot.branch }),
                ...(current ? { sha: current } : {})
            });
            const { sha, tree } = data.commit;
            if (!sha)
                throw new GitHubApiError(`GitHub accepted the write of ${file.path} but returned no commit.`, undefined);
            return { sha, treeSha: tree?.sha, htmlUrl: data.commit.html_url };
        }
        catch (error) {
            // 409: our sha is stale (or someone made the first commit); 422: the file appeared since we looked.
            const status = statusOf(error);
            // A refusal by branch protection, a ruleset or push protection is final, not a moved branch.
            if ((status === 409 || status === 422) && !ruleRefusalOf(error))
                throw new BranchMoved(error, 'contents');
            throw translateGitHubError(error, context(`writing ${file.path} to ${snapshot.branch}`, true));
        }
    }
    /**
     * The Git Data strategy: the commit of `plan` on `snapshot`, and the branch moved to it.
     * Inline content goes in tree requests of at most TREE_REQUEST_BUDGET_BYTES each, every one on
     * the tree the previous one made; files beyond the budget go up as blobs first.
     */
    async writeCommit(snapshot, plan, message, uploaded, context) {
        if (snapshot.truncated)
            throw truncatedError(snapshot);
        const { owner, repo } = snapshot;
        let parent = snapshot.headSha;
        let baseTree = snapshot.treeSha;
        let changes = plan.changes;
        if (parent === null) {
            // planChanges finds nothing to delete in an empty repository, so there is a file to write.
            // The Git Data API answers 409 for a repository without commits, so the contents API makes
            // the first commit (and the branch) with one file; the rest follow in a second commit.
            const first = changes.reduce((a, b) => (b.bytes.length < a.bytes.length ? b : a));
            const made = await this.putFile(snapshot, first, message, context);
            if (changes.length === 1)
                return made;
            if (!made.treeSha)
                throw new GitHubApiError(`GitHub made the first commit of ${owner}/${repo} but returned no tree.`, undefined);
            parent = made.sha;
            baseTree = made.treeSha;
            changes = changes.filter((c) => c !== first);
        }
        const modes = detailsOf.get(snapshot)?.modes;
        const budget = this.treeBudget - TREE_REQUEST_OVERHEAD_BYTES;
        const entries = [];
        for (const file of changes)
            entries.push(await this.treeEntry(snapshot, file, modeOf(modes, file.path), budget, uploaded, context));
        for (const path of plan.deletions)
            entries.push(sized({ path, mode: FILE_MODE, type: 'blob', sha: null }));
        return this.commitTree(snapshot, parent, baseTree, entries, message, context);
    }
    /**
     * Tree requests of at most the budget each, every one on the tree the previous one made (the
     * first on `baseTree`), then the commit on `parent` and the fast-forward of the branch to it.
     */
    async commitTree(snapshot, parent, baseTree, entries, message, context) {
        const { owner, repo, branch } = snapshot;
        let treeSha = baseTree;
        for (const chunk of chunksWithin(entries, this.treeBudget - TREE_REQUEST_OVERHEAD_BYTES))
            treeSha = await this.postTree(snapshot, chunk, treeSha, context);
        let commit;
        try {
            // No author or committer: GitHub then signs commits made with the workflow token (Verified).
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/commits', {
                owner,
                repo,
                message,
                tree: treeSha ?? EMPTY_TREE_SHA,
                parents: [parent]
            });
            commit = { sha: data.sha, htmlUrl: data.html_url };
        }
        catch (error) {
            throw translateGitHubError(error, context(`creating the commit on branch ${branch}`, true));
        }
        try {
            const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                owner,
                repo,
                ref: `heads/${branch}`,
                sha: commit.sha,
                force: false
            });
            // Never report a commit the branch does not point at.
            if (data.object?.sha !== commit.sha) {
                throw new GitHubApiError(`GitHub answered the update of branch ${branch} without moving it to ${commit.sha.slice(0, 7)}; nothing was committed. Run the backup again.`, undefined);
            }
        }
        catch (error) {
            // 422 "Update is not a fast forward" / "Reference cannot be updated", 409: the branch moved.
            const status = statusOf(error);
            if ((status === 422 || status === 409) && !ruleRefusalOf(error))
                throw new BranchMoved(error, 'git-data');
            throw translateGitHubError(error, context(`updating branch ${branch}`, true));
        }
        return commit;
    }
    /**
     * One tree request on `base` (or several, each on the tree the one before made), answered with
     * the last tree's SHA. GitHub refuses large tree requests below its documented cap at times (422
     * "your input was too large", or 502/504 once the retries are spent): then the writer halves its
     * budget for the rest of the commit, and entries beyond the budget go again in parts within it,
     * an inline file larger than the budget as a blob.
     */
    async postTree(snapshot, entries, base, context) {
        const { owner, repo, branch } = snapshot;
        const budget = this.treeBudget - TREE_REQUEST_OVERHEAD_BYTES;
        const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
        if (bytes > budget && entries.length > 0) {
            // Filled before a refusal lowered the budget: inline files beyond it as blobs, the rest in parts.
            const within = [];
            for (const e of entries) {
                if (e.entry.content === undefined || e.bytes <= budget) {
                    within.push(e);
                    continue;
                }
                const content = Buffer.from(e.entry.content, 'utf8');
                const file = { path: e.entry.path, bytes: content, blobSha: gitBlobSha(content), binary: false };
                await this.createBlob(snapshot, file, context);
                within.push(sized({ path: e.entry.path, mode: e.entry.mode, type: 'blob', sha: file.blobSha }));
            }
            const parts = chunksWithin(within, budget);
            if (parts.length > 1 || within.some((e, i) => e !== entries[i])) {
                let tree = base;
                for (const part of parts)
                    tree = await this.postTree(snapshot, part, tree, context);
                return tree;
            }
        }
        try {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/trees', {
                owner,
                repo,
                tree: entries.map((e) => e.entry),
                ...(base ? { base_tree: base } : {})
            });
            return jsonBody(data).sha;
        }
        catch (error) {
            if (!isTooLargeRefusal(error) || bytes <= MIN_TREE_REQUEST_BYTES)
                throw translateGitHubError(error, context(`creating the tree for branch ${branch}`, true));
            this.treeBudget = Math.max(MIN_TREE_REQUEST_BYTES, Math.floor(Math.min(this.treeBudget, bytes) / 2));
            this.logger.warn(`GitHub refused a tree request of ${(bytes / 1024 / 1024).toFixed(2)} MB as too large (${statusOf(error)}); sending it in parts of at most ${(this.treeBudget / 1024 / 1024).toFixed(2)} MB, as the rest of this commit.`);
            return this.postTree(snapshot, entries, base, context);
        }
    }
    /**
     * A changed file's tree entry: its content inline when it is UTF-8 text within `budget`, else
     * a blob uploaded first (once per content: `uploaded` outlives a failed attempt).
     */
    async treeEntry(snapshot, file, mode, budget, uploaded, context) {
        if (!file.binary) {
            const inline = sized({ path: file.path, mode, type: 'blob', content: file.bytes.toString('utf8') });
            if (inline.bytes <= budget)
                return inline;
        }
        if (!uploaded.has(file.blobSha))
            await this.createBlob(snapshot, file, context);
        uploaded.add(file.blobSha);
        return sized({ path: file.path, mode, type: 'blob', sha: file.blobSha });
    }
    async createBlob(snapshot, file, context) {
        try {
            const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
                owner: snapshot.owner,
                repo: snapshot.repo,
                content: file.bytes.toString('base64'),
                encoding: 'base64'
            });
            if (data.sha !== file.blobSha)
                throw new GitHubApiError(`GitHub stored ${file.path} as blob ${data.sha}, not ${file.blobSha}; the upload was altered.`, undefined);
        }
        catch (error) {
            throw translateGitHubError(error, context(`uploading ${file.path}`, true));
        }
    }
}
const sized = (entry) => ({ entry, bytes: Buffer.byteLength(JSON.stringify(entry)) + 1 });
/**
 * GitHub's answers to a tree request too large for it: 422 "Sorry, your request timed out. It's
 * likely that your input was too large to process…", or a gateway error once the retries are spent.
 */
function isTooLargeRefusal(error) {
    const status = statusOf(error);
    if (status === 502 || status === 504)
        return true;
    const message = String(error.message ?? '');
    return status === 422 && /too large|timed out/i.test(message);
}
/** The write was refused because the branch (or the file) moved; the cause is the Octokit error. */
class BranchMoved extends Error {
    cause;
    strategy;
    /** True when plugin-retry had sent the request more than once: an earlier try may have been applied. */
    retried;
    constructor(cause, strategy) {
        super('The branch moved while we committed.');
        this.cause = cause;
        this.strategy = strategy;
        this.retried =
            Number(cause.request?.request?.retryCount ?? 0) > 0;
    }
}
/** A written file keeps the executable bit it has on the branch; every other file is 100644. */
function modeOf(modes, path) {
    return modes?.get(path) === '100755' ? '100755' : FILE_MODE;
}
/** The contents API when exactly one file changes, nothing is deleted and its mode stays 100644. */
function chooseStrategy(snapshot, plan) {
    if (plan.changes.length !== 1 || plan.deletions.length !== 0)
        return 'git-data';
    const mode = detailsOf.get(snapshot)?.modes.get(plan.changes[0].path);
    return mode === undefined || mode === FILE_MODE ? 'contents' : 'git-data';
}
/**
 * Entries in as few groups of at most `budget` bytes as first-fit by decreasing size finds, so
 * the number of tree requests follows the bytes that changed, not the number of files.
 */
function chunksWithin(entries, budget) {
    const chunks = [];
    const bySize = entries.map((e, index) => ({ ...e, index })).sort((a, b) => b.bytes - a.bytes);
    for (const { bytes, index } of bySize) {
        const chunk = chunks.find((c) => c.size + bytes <= budget);
        if (chunk) {
            chunk.indexes.push(index);
            chunk.size += bytes;
        }
        else
            chunks.push({ indexes: [index], size: bytes });
    }
    // Within a request the entries keep the caller's order.
    return chunks.map((c) => c.indexes.sort((a, b) => a - b).map((i) => entries[i]));
}
/** The deepest folder holding every path ('' for the repository root). */
function commonFolder(paths) {
    const folders = paths.map((p) => p.split('/').slice(0, -1));
    const common = [];
    for (let i = 0; folders.every((f) => i < f.length && f[i] === folders[0][i]); i++)
        common.push(folders[0][i]);
    return common.join('/');
}
function truncatedError(snapshot) {
    return new GitHubApiError(`GitHub truncated the file list of ${snapshot.owner}/${snapshot.repo} branch ${snapshot.branch} (over 100,000 entries or 7 MB in one folder), so which files exist is unknown; nothing was written. Back up to a directory with fewer files.`, undefined);
}
function prepareFiles(request) {
    const seen = new Set();
    const deleted = new Set(request.deletions ?? []);
    for (const path of deleted)
        checkPath(path, 'deletions');
    return request.files.map((file) => {
        if (seen.has(file.path))
            throw new InputError('files', `"${file.path}" is given twice.`);
        if (deleted.has(file.path))
            throw new InputError('deletions', `"${file.path}" is both written and deleted.`);
        seen.add(file.path);
        return prepareFile(file);
    });
}
function prepareFile({ path, content, keepExisting }) {
    checkPath(path, 'files');
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (bytes.length > MAX_FILE_BYTES)
        throw new InputError('files', `"${path}" is ${bytes.length} bytes; GitHub refuses files over 100 MB.`);
    // Inline tree content is a JSON string: only UTF-8 without NUL survives it byte for byte.
    const binary = !isUtf8(bytes) || bytes.includes(0);
    return { path, bytes, blobSha: gitBlobSha(bytes), binary, keepExisting };
}
/** Compares the desired files with the snapshot: what to send, and each file's status. */
function planChanges(snapshot, files, deletions) {
    const plan = { changes: [], deletions: [], statuses: [] };
    const folders = new Set();
    for (const path of snapshot.files.keys()) {
        for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
            folders.add(path.slice(0, i));
    }
    const deleting = new Set(deletions);
    for (const file of files) {
        const current = snapshot.files.get(file.path);
        // Refuse what git would resolve by silently dropping files: a folder in the way, or a file where a folder is needed.
        if (current === undefined && folders.has(file.path)) {
            throw new GitHubApiError(`${file.path} on ${snapshot.branch} is a folder, not a file. Choose another directory or filename.`, undefined);
        }
        for (let i = file.path.indexOf('/'); i !== -1; i = file.path.indexOf('/', i + 1)) {
            const parent = file.path.slice(0, i);
            if (snapshot.files.has(parent) && !deleting.has(parent)) {
                throw new GitHubApiError(`${parent} on ${snapshot.branch} is a file, so ${file.path} cannot be written below it. Choose another directory.`, undefined);
            }
        }
        const status = current === undefined ? 'created' : current === file.blobSha ? 'unchanged' : 'updated';
        if (status !== 'unchanged')
            plan.changes.push(file);
        plan.statuses.push({ path: file.path, status, blobSha: file.blobSha });
    }
    for (const path of deletions) {
        const current = snapshot.files.get(path);
        if (current === undefined)
            continue;
        plan.deletions.push(path);
        plan.statuses.push({ path, status: 'deleted', blobSha: current });
    }
    return plan;
}
