// Backups into a local folder (`postman-backup backup --out DIR`), for git-based workflows that
// commit themselves: the same BackupWriter shape as TreeWriter, so the backup pipeline decides
// what changed exactly as it does for GitHub (git blob SHAs, the manifest), without any git command.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, PostmanBackupError } from './errors.js';
import { gitBlobSha } from './git-blob-sha.js';
import { silentLogger } from './logger.js';
import { checkPath } from './paths.js';
/** Folders never listed: git's own, where a backup never goes (checkPath refuses `.git`). */
const SKIPPED_FOLDERS = new Set(['.git']);
export class LocalDirectoryWriter {
    /** Absolute path of the folder. */
    root;
    logger;
    constructor(directory, options = {}) {
        if (directory.trim() === '')
            throw new InputError('out', 'is empty. Give the folder to write the backup to.');
        this.root = path.resolve(directory);
        this.logger = options.logger ?? silentLogger;
    }
    /** Every file under the folder (recursively) with its git blob SHA; an absent folder is empty. Scopes are not needed on a disk. */
    async readBranch(target) {
        const files = new Map();
        await this.list('', files);
        return {
            owner: target.owner,
            repo: target.repo,
            branch: target.branch ?? '',
            headSha: null,
            treeSha: null,
            files,
            htmlUrl: pathToFileURL(this.root).href,
            truncated: false
        };
    }
    /** A file:// link to a written file. */
    fileUrl(_snapshot, relative) {
        return pathToFileURL(path.join(this.root, relative)).href;
    }
    async readFile(snapshot, relative) {
        if (!snapshot.files.has(relative))
            return undefined;
        return fs.readFile(await this.resolveInside(relative, false));
    }
    /** Writes the files whose SHA differs from the snapshot's and removes the deletions; no commit, so no commitSha. */
    async commitFiles(snapshot, request) {
        const statuses = [];
        const writes = [];
        // Check every path before touching the disk, so a bad one leaves the folder as it was.
        for (const file of request.files) {
            checkPath(file.path, 'out');
            const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
            const blobSha = gitBlobSha(bytes);
            const current = snapshot.files.get(file.path);
            let status = current === undefined ? 'created' : current === blobSha ? 'unchanged' : 'updated';
            // An overlapping run already stored a newer version: keep it.
            if (status === 'updated' && file.keepExisting?.((await this.readFile(snapshot, file.path)) ?? Buffer.alloc(0))) {
                this.logger.warn(`${file.path} in ${this.root} holds a newer version than the one fetched; keeping it.`);
                status = 'kept';
            }
            statuses.push({ path: file.path, status, blobSha: status === 'kept' ? current : blobSha });
            if (status === 'created' || status === 'updated')
                writes.push({ relative: file.path, bytes });
        }
        const deletions = [...new Set(request.deletions ?? [])].filter((p) => snapshot.files.has(p));
        for (const relative of deletions) {
            checkPath(relative, 'out');
            statuses.push({ path: relative, status: 'deleted', blobSha: snapshot.files.get(relative) });
        }
        const changed = writes.length + deletions.length > 0;
        const result = { changed, branch: snapshot.branch, files: statuses, retries: 0 };
        if (!changed || request.dryRun) {
            this.logger.info(changed
                ? `Dry run: would write ${writes.length} and delete ${deletions.length} file(s) in ${this.root}.`
                : `Nothing changed in ${this.root}.`);
            return result;
        }
        for (const { relative, bytes } of writes) {
            const target = await this.resolveInside(relative, true);
            // Write next to the target, then rename: an interrupted run never leaves half a file. The
            // temporary name is random and created exclusively (`wx`), so a file or link planted there
            // is never written through.
            const temporary = `${target}.${randomBytes(8).toString('hex')}.tmp`;
            await this.fsCall(relative, () => fs.writeFile(temporary, bytes, { flag: 'wx' }));
            await this.fsCall(relative, () => fs.rename(temporary, target)).catch(async (error) => {
                await fs.rm(temporary, { force: true }).catch(() => undefined);
                throw error;
            });
        }
        for (const relative of deletions) {
            const target = await this.resolveInside(relative, false);
            await this.fsCall(relative, () => fs.rm(target, { force: true }));
            await this.removeEmptyFolders(path.dirname(target));
        }
        this.logger.info(`Wrote ${writes.length} and deleted ${deletions.length} file(s) in ${this.root}.`);
        return result;
    }
    async list(relative, files) {
        let entries;
        try {
            entries = await fs.readdir(path.join(this.root, relative), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'ENOENT' && relative === '')
                return;
            throw this.failure(relative || '.', error, 'read');
        }
        for (const entry of entries) {
            const child = relative ? `${relative}/${entry.name}` : entry.name;
            // Symbolic links are not followed: they could lead out of the folder.
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name))
                await this.list(child, files);
            else if (entry.isFile())
                files.set(child, gitBlobSha(await fs.readFile(path.join(this.root, child))));
        }
    }
    /**
     * The absolute path of `relative`, refusing any that would land outside the folder: `..`,
     * absolute paths, and any symbolic link at or above the target below the folder (each
     * component is checked with lstat, from the folder down). With `createParents`, missing folders
     * are made one at a time, each checked, so none is ever made through a link.
     */
    async resolveInside(relative, createParents) {
        checkPath(relative, 'out');
        const parts = relative.split('/');
        // The folder itself is the user's choice (it may be a link); only what is below it is checked.
        if (createParents)
            await this.fsCall(relative, () => fs.mkdir(this.root, { recursive: true }));
        let current = this.root;
        for (const [index, part] of parts.entries()) {
            current = path.join(current, part);
            const last = index === parts.length - 1;
            let stats = await fs.lstat(current).catch((error) => {
                if (error.code === 'ENOENT')
                    return undefined;
                throw this.failure(relative, error);
            });
            if (!stats && !last && createParents) {
                await this.fsCall(relative, () => fs.mkdir(current).catch((error) => {
                    if (error.code !== 'EEXIST')
                        throw error;
                }));
                stats = await this.fsCall(relative, () => fs.lstat(current));
            }
            if (stats?.isSymbolicLink()) {
                throw new InputError('out', `"${relative}" would be written through the symbolic link ${current}, which may lead outside ${this.root}; refusing. Remove the link and run again.`);
            }
            if (stats && !last && !stats.isDirectory()) {
                throw new InputError('out', `"${relative}" needs ${current} to be a folder, but it is not; refusing.`);
            }
            if (!stats && !last)
                return path.join(this.root, ...parts);
        }
        return current;
    }
    async removeEmptyFolders(folder) {
        for (let current = folder; current !== this.root && current.startsWith(this.root + path.sep); current = path.dirname(current)) {
            const left = await fs.readdir(current).catch(() => ['?']);
            if (left.length > 0)
                return;
            await fs.rmdir(current).catch(() => undefined);
        }
    }
    async fsCall(relative, call) {
        try {
            return await call();
        }
        catch (error) {
            throw this.failure(relative, error);
        }
    }
    failure(relative, error, verb = 'write') {
        const e = error;
        return new PostmanBackupError(`Cannot ${verb} ${path.join(this.root, relative)} (${e.code ?? 'error'}: ${e.message ?? String(error)}).`, { cause: error });
    }
}
