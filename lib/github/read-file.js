// The one reader of a repository file through the contents API. GET contents with the object media
// type answers with the file's metadata for files up to 100 MB and with its bytes up to 1 MB; larger
// files are read from their blob. What a 404 means (no such file, branch, ref or repository, or an
// empty repository) is left to the caller, who knows which of these it can tell apart.
import { GitHubApiError } from '../errors.js';
import { gitBlobSha } from '../git-blob-sha.js';
import { contextFor, readBlob } from './repository.js';
import { statusOf, translateGitHubError } from './request-errors.js';
// The object media type answers with the file's metadata for files up to 100 MB (the default
// media type refuses files over 1 MB with 403 too_large).
const OBJECT_MEDIA_TYPE = { format: 'object' };
/**
 * GET /repos/{owner}/{repo}/contents/{path} with the object media type. A file's sha comes with
 * the answer; its bytes come with it up to 1 MB, and from GET git/blobs/{sha} above that, only when
 * bytes() is called (a caller comparing SHAs reads nothing more). Every other failure is translated
 * into a typed error.
 */
export async function readRepositoryFile(octokit, target, options = {}) {
    const { owner, repo, path, ref } = target;
    const label = options.label ?? `${path}${ref ? ` on ${ref}` : ''}`;
    const context = options.context ?? contextFor(octokit, owner, repo);
    let data;
    try {
        const answer = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner,
            repo,
            path,
            ...(ref ? { ref } : {}),
            mediaType: OBJECT_MEDIA_TYPE
        });
        // The default media type lists a folder as an array; the object one answers {type: 'dir', entries}.
        data = (Array.isArray(answer.data) ? { type: 'dir' } : answer.data);
    }
    catch (error) {
        if (statusOf(error) === 404)
            return { state: 'not-found' };
        throw translateGitHubError(error, context(`reading ${label}`));
    }
    if (data.type !== 'file' || !data.sha)
        return { state: 'not-a-file', type: data.type ?? 'unknown' };
    const sha = data.sha;
    const size = data.size ?? 0;
    // Over 1 MB the object media type leaves the bytes out: `encoding: none`, `content: ''`.
    const inline = data.encoding === 'base64' && (data.content !== '' || data.size === 0);
    const content = inline ? Buffer.from(data.content ?? '', 'base64') : undefined;
    let read;
    const bytes = () => {
        read ??= content
            ? gitBlobSha(content) === sha
                ? Promise.resolve(content)
                : Promise.reject(new GitHubApiError(`GitHub answered ${label} with other bytes than its blob ${sha}; try again.`, undefined))
            : readBlob(octokit, { owner, repo, sha, what: label, action: `reading ${label}` }, context);
        return read;
    };
    return { state: 'file', sha, size, inline, bytes };
}
