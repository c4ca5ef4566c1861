// Pull-request mode (`pullRequest`): for base branches that take changes only through pull
// requests. The run commits to the backup's own branch (src/github/pull-request.ts keeps it: created
// from base, fast-forwarded or started afresh once its pull request is merged or closed), then opens
// the pull request into base, or updates the open one, with the changelog as its body. A run that
// changes nothing leaves the pull request alone.
import { InputError } from '../errors.js';
import { defaultPullRequestBranch, openOrUpdatePullRequest, preparePullRequestBranch } from '../github/pull-request.js';
import { contextFor, getRepository } from '../github/repository.js';
import { changesMarkdown } from './changelog-stage.js';
import { prepareBackup } from './prepare.js';
/** The pull request's title when the run made no commit of its own (its branch held earlier ones). */
function fallbackTitle(result) {
    return `Back up Postman: ${result.collections} collection(s), ${result.environments} environment(s)`;
}
/** The pull request's body: the changelog of the run, each file linked on the backup's branch. */
export function pullRequestBody(result) {
    const urls = new Map(result.files.map((f) => [f.path, f.url]));
    const changelog = changesMarkdown(result.changes, (path) => urls.get(path));
    const removed = result.deleted.length ? `\n\nFiles removed: ${result.deleted.length}.` : '';
    return [
        '## Postman backup',
        changelog || 'No document changed in the latest run; the branch holds backups of earlier runs.',
        `_Written by postman-backup. This description shows the latest run; each commit message lists its own run's changes.${removed}_`
    ].join('\n\n');
}
/**
 * Backs up in pull-request mode: resolves the base (`branch`, else the repository's default
 * branch), makes the head branch ready, runs the pipeline on the head, and opens or updates the
 * pull request when the run committed (or the head holds commits no pull request has held). A dry
 * run plans against the head (the base when the head does not exist yet) and reports what it would
 * open or update.
 */
export async function runInPullRequestMode(options, run) {
    if (options.writer !== undefined)
        throw new InputError('pullRequest', 'works with GitHub only; it cannot be used when writing to a local folder.');
    const prepared = prepareBackup(options);
    const { owner, repo, logger } = prepared;
    const octokit = prepared.octokit;
    const base = prepared.branch || (await getRepository(octokit, owner, repo, contextFor(octokit, owner, repo))).defaultBranch;
    const target = { owner, repo, base, head: prepared.pullRequestBranch || defaultPullRequestBranch(base) };
    const branch = await preparePullRequestBranch(octokit, target, {
        logger,
        dryRun: options.dryRun
    });
    // The head's own rule replaces createBranch; a dry run cannot read a head it has not created.
    const writeTo = options.dryRun && branch.state === 'created' ? base : branch.branch;
    const outcome = await run({
        ...options,
        octokit,
        branch: writeTo,
        createBranch: false,
        pullRequest: false,
        pullRequestBranch: undefined
    });
    const { result } = outcome;
    // A run that committed nothing leaves the pull request alone, unless the head holds commits
    // that are in no pull request yet (an earlier run could not open one).
    if (!result.changed && branch.state !== 'kept')
        return outcome;
    let report;
    if (options.dryRun) {
        const open = branch.pullRequest;
        report = { ...(open ? { number: open.number, url: open.url } : {}), created: !open, base, head: target.head };
        logger.info(open
            ? `Dry run: would update pull request #${open.number}: ${open.url}`
            : `Dry run: would open a pull request from "${target.head}" into "${base}".`);
    }
    else {
        const title = result.commitMessage?.split('\n')[0] || fallbackTitle(result);
        const pr = await openOrUpdatePullRequest(octokit, target, { title, body: pullRequestBody(result) }, { logger });
        report = { number: pr.number, url: pr.url, created: pr.created, base, head: target.head };
    }
    return { ...outcome, result: { ...result, pullRequest: report } };
}
