// Pull-request mode on GitHub's side: the backup's own branch (made from, and brought back to, the
// base branch) and the one open pull request from it into the base branch.
//
// The branch rule. The head branch holds backup commits only, so:
// - missing: created at the base branch's head;
// - an open pull request from it into base: kept as it is, and the run commits on top, so the pull
//   request grows by one commit per run. If base moved on meanwhile, head is not rebased or merged:
//   GitHub shows the pull request as behind (or, rarely, in conflict), and merging it still brings
//   base the latest backup;
// - no open pull request: fast-forwarded to base when it can be (a pull request merged with a
//   merge commit, or a run that committed nothing); reset to base when its head is the head of a
//   closed pull request (merged by squash or rebase, or closed unmerged: its commits are base's or
//   were turned down), so the next pull request starts afresh; else kept: its commits are in no pull
//   request yet (say an earlier run could not open one) and the next pull request will hold them.
// A commit nobody reviewed is never thrown away, and a run never rewrites the branch of an open
// pull request.
import { GitHubApiError, GitHubNotFoundError, GitHubPullRequestPermissionError, InputError } from '../errors.js';
import { silentLogger } from '../logger.js';
import { checkBranchName } from './names.js';
import { branchRef, contextFor, createBranchAt, getBranchHead } from './repository.js';
import { statusOf, translateGitHubError } from './request-errors.js';
/** The head branch's name when `pullRequestBranch` is not given. */
export function defaultPullRequestBranch(base) {
    return `postman-backup/${base}`;
}
function checkBranches(target) {
    checkBranchName(target.base);
    checkBranchName(target.head, 'pullRequestBranch');
    if (target.head === target.base)
        throw new InputError('pullRequestBranch', `is the same as the branch the pull request goes into ("${target.base}"). Name another branch, or leave it empty for "${defaultPullRequestBranch(target.base)}".`);
}
/**
 * Makes the head branch ready for this run's commit (see the rule at the top of this file) and
 * returns it. Errors: the base branch missing (GitHubNotFoundError), no permission
 * (GitHubPermissionError), a protected head branch (GitHubProtectedBranchError), others
 * (GitHubApiError). Requests: GET branches/{base}, GET pulls, GET git/ref/heads/{head}, and at most
 * a POST git/refs, or a PATCH git/refs (two with a GET pulls of closed ones when it cannot fast-forward).
 */
export async function preparePullRequestBranch(octokit, target, options = {}) {
    checkBranches(target);
    const { owner, repo, base, head } = target;
    const logger = options.logger ?? silentLogger;
    const context = contextFor(octokit, owner, repo);
    const baseHead = await getBranchHead(octokit, { owner, repo, branch: base }, context);
    if (!baseHead)
        throw new GitHubNotFoundError(`Branch "${base}" does not exist in ${owner}/${repo} (or the repository is empty), so no pull request can go into it. Check \`branch\`; in an empty repository make the first backup without \`pullRequest\`.`);
    const baseSha = baseHead.sha;
    const open = await findOpenPullRequest(octokit, target);
    const ref = await branchRef(octokit, owner, repo, head, context);
    const result = (state, headSha) => ({
        branch: head,
        base,
        state,
        baseSha,
        headSha,
        ...(open ? { pullRequest: open } : {})
    });
    if (ref.state !== 'exists') {
        if (options.dryRun) {
            logger.info(`Dry run: would create branch "${head}" from "${base}" (${baseSha.slice(0, 7)}).`);
        }
        else {
            await createBranchAt(octokit, logger, { owner, repo, branch: head, sha: baseSha, from: base }, context);
        }
        return result('created', baseSha);
    }
    if (open) {
        logger.info(`Pull request #${open.number} from "${head}" is open; this run adds to it.`);
        return result('open', ref.sha);
    }
    if (ref.sha === baseSha)
        return result('up-to-date', baseSha);
    if (options.dryRun) {
        logger.info(`Dry run: would bring branch "${head}" up to "${base}" where it can (no pull request is open).`);
        return result('kept', ref.sha);
    }
    if (await moveBranch(octokit, target, baseSha, false, context)) {
        logger.info(`Fast-forwarded branch "${head}" to "${base}" (${baseSha.slice(0, 7)}).`);
        return result('fast-forwarded', baseSha);
    }
    const closed = await closedPullRequestWithHead(octokit, target, ref.sha);
    if (closed) {
        await moveBranch(octokit, target, baseSha, true, context);
        logger.info(`Pull request #${closed.number} from "${head}" is closed; branch "${head}" starts again from "${base}" (${baseSha.slice(0, 7)}).`);
        return result('reset', baseSha);
    }
    logger.warn(`Branch "${head}" holds commits that are in no pull request (perhaps an earlier run could not open one); this run adds to them, and the pull request will hold them too.`);
    return result('kept', ref.sha);
}
/**
 * PATCH git/refs/heads/{head} to `sha`. Without `force`, false when it is not a fast-forward
 * (422 "Update is not a fast forward"); every other failure is thrown, translated.
 */
async function moveBranch(octokit, target, sha, force, context) {
    const { owner, repo, head } = target;
    try {
        await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
            owner,
            repo,
            ref: `heads/${head}`,
            sha,
            force
        });
        return true;
    }
    catch (error) {
        const refused = translateGitHubError(error, context(`moving branch ${head} to ${target.base}`, true));
        if (!force && statusOf(error) === 422 && refused instanceof GitHubApiError)
            return false;
        throw refused;
    }
}
async function listPullRequests(octokit, target, state) {
    const { owner, repo, base, head } = target;
    try {
        // GitHub filters by head only in the owner:branch form (a bare branch name is ignored).
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
            owner,
            repo,
            head: `${owner}:${head}`,
            base,
            state,
            ...(state === 'closed' ? { sort: 'updated', direction: 'desc', per_page: 30 } : { per_page: 10 })
        });
        return data;
    }
    catch (error) {
        throw pullRequestError(error, octokit, target, `listing pull requests from ${head} into ${base}`, false);
    }
}
/** The open pull request from `head` into `base` (GitHub allows one), if any. */
export async function findOpenPullRequest(octokit, target) {
    const [pr] = await listPullRequests(octokit, target, 'open');
    return pr ? { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '' } : undefined;
}
/** A recently closed pull request from head into base whose head commit is `sha`. */
async function closedPullRequestWithHead(octokit, target, sha) {
    const pr = (await listPullRequests(octokit, target, 'closed')).find((p) => p.head.sha === sha);
    return pr ? { number: pr.number, url: pr.html_url } : undefined;
}
/** GitHub refuses a pull request body over 65,536 characters. */
export const PULL_REQUEST_BODY_LIMIT = 65536;
function fitBody(body) {
    if (body.length <= PULL_REQUEST_BODY_LIMIT)
        return body;
    const note = '\n\n… (cut to GitHub’s limit; the commit messages hold the rest)';
    return body.slice(0, PULL_REQUEST_BODY_LIMIT - note.length) + note;
}
/**
 * Opens the pull request from head into base, or updates the open one's title and body (not
 * touched when they are the same). Call it after a commit to head; a run with no change should not
 * call it. Errors: GitHubPullRequestPermissionError (the workflow token without the repository
 * setting, or without `pull-requests: write`; a PAT without the permission), GitHubApiError (e.g.
 * no commits between base and head).
 */
export async function openOrUpdatePullRequest(octokit, target, content, options = {}) {
    checkBranches(target);
    const logger = options.logger ?? silentLogger;
    const body = fitBody(content.body);
    const { owner, repo, base, head } = target;
    const update = async (open) => {
        if (open.title === content.title && open.body === body)
            return { number: open.number, url: open.url, created: false, updated: false };
        try {
            await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner,
                repo,
                pull_number: open.number,
                title: content.title,
                body
            });
        }
        catch (error) {
            throw pullRequestError(error, octokit, target, `updating pull request #${open.number}`, true);
        }
        logger.info(`Updated pull request #${open.number}: ${open.url}`);
        return { number: open.number, url: open.url, created: false, updated: true };
    };
    const open = await findOpenPullRequest(octokit, target);
    if (open)
        return update(open);
    try {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
            owner,
            repo,
            title: content.title,
            head,
            base,
            body
        });
        logger.info(`Opened pull request #${data.number}: ${data.html_url}`);
        return { number: data.number, url: data.html_url, created: true, updated: false };
    }
    catch (error) {
        const message = validationMessages(error);
        // Another run opened it between our GET and POST.
        if (statusOf(error) === 422 && /already exists/i.test(message)) {
            const now = await findOpenPullRequest(octokit, target);
            if (now)
                return update(now);
        }
        if (statusOf(error) === 422 && /No commits between/i.test(message))
            throw new GitHubApiError(`GitHub opened no pull request from ${head} into ${base} in ${owner}/${repo}: there are no commits between them (${message}).`, 422, { cause: new Error(`422 ${message}`) });
        throw pullRequestError(error, octokit, target, `opening a pull request from ${head} into ${base}`, true);
    }
}
/** The message and the messages of the `errors` of a 422 Validation Failed. */
function validationMessages(error) {
    const data = error.response?.data;
    const parts = [data?.message, ...(Array.isArray(data?.errors) ? data.errors.map((e) => e?.message) : [])];
    return parts.filter((p) => typeof p === 'string').join('; ');
}
export const PULL_REQUEST_SETTING_HINT = 'Turn on "Allow GitHub Actions to create and approve pull requests" in the repository\'s Settings > Actions > General > Workflow permissions (for an organisation\'s repositories, the organisation must allow it first), or give `githubToken` a PAT with pull-requests: write (classic: the repo scope; fine-grained: Pull requests: Read and write).';
/** The failures of the pull request requests, in words a user can act on. */
function pullRequestError(error, octokit, target, action, write) {
    const repository = `${target.owner}/${target.repo}`;
    const status = statusOf(error);
    const message = validationMessages(error);
    const cause = new Error(`${status} ${message}`);
    if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        return new GitHubPullRequestPermissionError(`GitHub does not let the workflow token open pull requests in ${repository} (403 ${message}). ${PULL_REQUEST_SETTING_HINT}`, { cause });
    }
    if (status === 403 && /Resource not accessible by integration/i.test(message)) {
        return new GitHubPullRequestPermissionError(`The token may not ${write ? 'write' : 'read'} pull requests in ${repository} (403 ${message}) while ${action}. With the workflow token, give the job \`permissions: pull-requests: write\` (next to contents: write); a GitHub App needs the Pull requests: Read and write permission.`, { cause });
    }
    if (status === 403 && /Resource not accessible by personal access token/i.test(message)) {
        return new GitHubPullRequestPermissionError(`The personal access token may not ${write ? 'write' : 'read'} pull requests in ${repository} (403 ${message}) while ${action}. A fine-grained PAT needs Pull requests: Read and write on this repository; a classic PAT the repo scope.`, { cause });
    }
    return translateGitHubError(error, contextFor(octokit, target.owner, target.repo)(action, write));
}
