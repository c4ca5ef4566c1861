// One file, one commit: the contents strategy of the GitHub writer behind a one-call API.
import { gitBlobSha } from '../git-blob-sha.js';
import { blobUrl } from './names.js';
import { TreeWriter } from './tree-writer.js';
/**
 * Writes one file: reads only that file (GET repository, GET contents), compares git blob SHAs
 * (no write when unchanged) and PUTs it with the current `sha`, re-reading on a conflict. The
 * same reading, planning and conflict loop as every backup (TreeWriter with `paths`).
 */
export class ContentsWriter {
    writer;
    constructor(octokit, options = {}) {
        this.writer = new TreeWriter(octokit, options);
    }
    async writeFile(request) {
        const { owner, repo, path } = request;
        const content = typeof request.content === 'string' ? Buffer.from(request.content, 'utf8') : request.content;
        const snapshot = await this.writer.readBranch({
            owner,
            repo,
            branch: request.branch,
            createBranch: request.createBranch,
            dryRun: request.dryRun,
            paths: [path]
        });
        const result = await this.writer.commitFiles(snapshot, {
            message: request.message,
            files: [{ path, content, keepExisting: request.keepExisting }],
            dryRun: request.dryRun
        });
        const status = result.files.find((f) => f.path === path)?.status;
        return {
            changed: result.changed,
            created: status === 'created',
            branch: snapshot.branch,
            path,
            ...(result.commitSha ? { commitSha: result.commitSha, commitUrl: result.commitUrl } : {}),
            fileUrl: blobUrl(snapshot.htmlUrl, snapshot.branch, path),
            blobSha: gitBlobSha(content),
            branchCreated: snapshot.branchCreated === true,
            ...(status === 'kept' ? { keptExisting: true } : {})
        };
    }
}
