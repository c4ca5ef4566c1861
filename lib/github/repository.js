// Repository, branch and blob requests of the GitHub writer and restore: one reading of the
// branch state (default branch, missing branch, empty repository, created branch), blob reads
// and the wording of these failures.
import { GitHubApiError, GitHubNotFoundError, GitHubPermissionError } from '../errors.js';
import { gitBlobSha } from '../git-blob-sha.js';
import { statusOf, translateGitHubError, WRITE_PERMISSION_HINT } from './request-errors.js';
export function contextFor(octokit, owner, repo) {
    const baseUrl = String(octokit.request.endpoint.DEFAULTS.baseUrl);
    return (action, write = false) => ({ repository: `${owner}/${repo}`, action, baseUrl, write });
}
/** GET /repos/{owner}/{repo}: the default branch, the web URL and whether the token may push. */
export async function getRepository(octokit, owner, repo, context) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo });
        return { defaultBranch: data.default_branch, htmlUrl: data.html_url, canPush: data.permissions?.push };
    }
    catch (error) {
        throw translateGitHubError(error, context(`reading repository ${owner}/${repo}`));
    }
}
/**
 * GET git/ref/heads/{branch}. The Git Data API answers 409 for a repository without commits,
 * which is how an empty repository is told from a missing branch (both 404 elsewhere).
 */
export async function branchRef(octokit, owner, repo, branch, context) {
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner,
            repo,
            ref: `heads/${branch}`
        });
        return { state: 'exists', sha: data.object.sha };
    }
    catch (error) {
        const status = statusOf(error);
        if (status === 404)
            return { state: 'missing' };
        if (status === 409)
            return { state: 'empty-repository' };
        throw translateGitHubError(error, context(`reading branch ${branch}`));
    }
}
/** POST git/refs: makes `branch` point at `sha` (the head of `from`). */
export async function createBranchAt(octokit, logger, target, context) {
    const { owner, repo, branch, sha, from } = target;
    try {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/heads/${branch}`, sha });
        logger.info(`Created branch "${branch}" from "${from}" (${sha.slice(0, 7)}).`);
    }
    catch (error) {
        // 422 "Reference already exists": another run made it first, which is fine.
        if (statusOf(error) === 422)
            return;
        throw translateGitHubError(error, context(`creating branch ${branch}`, true));
    }
}
/**
 * GET git/blobs/{sha}: the blob's bytes, checked against `sha` (a cut or re-encoded answer must not
 * pass for the file). `what` names the blob in errors (e.g. the file's path); `action` is what we
 * were doing, for the error context.
 */
export async function readBlob(octokit, target, context) {
    const { owner, repo, sha } = target;
    try {
        const data = jsonBody((await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { owner, repo, file_sha: sha })).data);
        const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
        if (gitBlobSha(bytes) !== sha)
            throw new GitHubApiError(`GitHub answered blob ${sha} of ${target.what} with other bytes (${bytes.length} bytes); try again.`, undefined);
        return bytes;
    }
    catch (error) {
        throw translateGitHubError(error, context(target.action));
    }
}
/**
 * Octokit's bigint-aware JSON parser gives up on very large answers (a blob over ~10 MB, a tree of
 * many files) and hands over the text instead. An Octokit made with OCTOKIT_PLUGINS parses it
 * (safeResponses); the writers take any Octokit, so plain JSON.parse here too.
 */
export function jsonBody(data) {
    if (typeof data !== 'string')
        return data;
    try {
        return JSON.parse(data);
    }
    catch (error) {
        throw new GitHubApiError(`GitHub sent an answer that is not JSON (${data.length} characters): ${data.slice(0, 80)}`, undefined, { cause: error });
    }
}
export function missingBranchError(repository, branch, defaultBranch) {
    return new GitHubNotFoundError(`Branch "${branch}" does not exist in ${repository}. Create it first, or turn on \`createBranch\` to create it from the default branch "${defaultBranch}".`);
}
export function emptyRepositoryBranchError(repository, branch, defaultBranch) {
    return new GitHubNotFoundError(`${repository} is empty (no commits), so branch "${branch}" cannot be made from "${defaultBranch}". Leave branch empty to make the first commit on the default branch, or push an initial commit first.`);
}
export function noPushError(repository) {
    return new GitHubPermissionError(`The token can read ${repository} but not write to it. ${WRITE_PERMISSION_HINT}`);
}
/** GET branches/{branch}: head commit, its tree and the web URL; undefined on 404. */
export async function getBranchHead(octokit, target, context) {
    const { owner, repo, branch } = target;
    try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', { owner, repo, branch });
        const htmlUrl = /^(.*)\/commit\/[0-9a-f]+$/.exec(data.commit.html_url)?.[1];
        return { sha: data.commit.sha, treeSha: data.commit.commit.tree.sha, htmlUrl };
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw translateGitHubError(error, context(`reading branch ${branch}`));
    }
}
/**
 * The one place that tells the states of a branch apart: it exists; it is missing (an error, or
 * created from the default branch with createBranch); or the repository is empty (only the
 * default branch can get the first commit). `info` saves the GET repository a caller already made.
 */
export async function readBranchState(octokit, logger, target, context, known = {}) {
    const { owner, repo } = target;
    const repository = `${owner}/${repo}`;
    let info = known.info ?? (target.branch === undefined ? await getRepository(octokit, owner, repo, context) : undefined);
    const branch = target.branch ?? info.defaultBranch;
    const fromInfo = info ? { defaultBranch: info.defaultBranch, canPush: info.canPush } : {};
    const head = await getBranchHead(octokit, { owner, repo, branch }, context);
    if (head) {
        const htmlUrl = head.htmlUrl ?? info?.htmlUrl ?? (await getRepository(octokit, owner, repo, context)).htmlUrl;
        return { branch, ...fromInfo, htmlUrl, head, created: false };
    }
    // 404: no such branch, an empty repository, or no such repository (GET repository says which).
    info ??= await getRepository(octokit, owner, repo, context);
    const base = { branch, defaultBranch: info.defaultBranch, canPush: info.canPush, htmlUrl: info.htmlUrl };
    const ref = await branchRef(octokit, owner, repo, branch, context);
    if (ref.state === 'empty-repository') {
        if (branch !== info.defaultBranch)
            throw emptyRepositoryBranchError(repository, branch, info.defaultBranch);
        logger.info(`${repository} is empty; the first commit will create branch "${branch}".`);
        return { ...base, head: null, created: false };
    }
    if (ref.state === 'exists') {
        // Created between our two reads: read it again.
        const again = await getBranchHead(octokit, { owner, repo, branch }, context);
        if (again)
            return { ...base, head: again, created: false };
    }
    if (!target.createBranch)
        throw missingBranchError(repository, branch, info.defaultBranch);
    const from = await getBranchHead(octokit, { owner, repo, branch: info.defaultBranch }, context);
    if (!from)
        throw new GitHubNotFoundError(`The default branch "${info.defaultBranch}" of ${repository} cannot be read, so branch "${branch}" cannot be made from it.`);
    if (target.dryRun) {
        logger.info(`Dry run: would create branch "${branch}" from "${info.defaultBranch}" (${from.sha.slice(0, 7)}).`);
    }
    else {
        if (info.canPush === false)
            throw noPushError(repository);
        await createBranchAt(octokit, logger, { owner, repo, branch, sha: from.sha, from: info.defaultBranch }, context);
    }
    return { ...base, head: from, created: true };
}
