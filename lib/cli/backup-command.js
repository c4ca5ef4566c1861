// `postman-backup backup`: runBackup to GitHub, or into a local folder with --out.
import { renderCommitBody } from '../changelog/index.js';
import { oneLine, terminalText } from '../changelog/text.js';
import { LocalDirectoryWriter } from '../local-writer.js';
import { BACKUP_KEYS, pick, resolveBackupOptions, resolveValue } from '../options/index.js';
import { failureMessage, runBackup, secretsNote, stopOnSignals } from '../backup/index.js';
import { printJson } from './io.js';
import { flagNaming } from './flags.js';
import { ProgressReporter } from './progress-reporter.js';
export async function backupCommand(given, flags, io) {
    const out = resolveValue('out', given.out);
    // Every option is checked before anything is created; `writer` only says that one will be.
    const options = resolveBackupOptions({ ...pick(given, BACKUP_KEYS), writer: out }, flagNaming);
    const reporter = new ProgressReporter(io, flags.verbose);
    const writer = out === undefined ? undefined : new LocalDirectoryWriter(out, { logger: reporter });
    // resolveBackupOptions has checked that a backup to GitHub has a token.
    const octokit = writer || !io.createOctokit
        ? undefined
        : io.createOctokit({ token: options.githubToken ?? '', baseUrl: options.githubApiUrl, logger: reporter });
    let result;
    // Ctrl-C or a CI system's SIGTERM: commit what is ready (the next run continues); a second one exits.
    const stop = stopOnSignals((signal) => io.stderr.write(`postman-backup: ${signal}: saving the documents backed up so far (again to quit at once).\n`));
    try {
        result = await runBackup({
            signal: stop.signal,
            ...options,
            repository: options.repository ?? '',
            writer,
            ...(octokit && { octokit }),
            onProgress: reporter.progress,
            logger: reporter
        });
    }
    finally {
        stop.dispose();
        reporter.end();
    }
    // Failed or unreached documents: exit 1 after printing what was committed.
    const failure = failureMessage(result);
    const code = failure ? 1 : 0;
    if (failure)
        io.stderr.write(`postman-backup: ${failure}\n`);
    if (writer) {
        // Written to a folder (the writer gave file:// links): the folder replaces GitHub's repository and branch.
        const { repository: _repository, branch: _branch, ...rest } = result;
        if (flags.json) {
            printJson(io, { ...rest, out: writer.root });
            return code;
        }
        result = rest;
    }
    if (flags.json) {
        printJson(io, result);
        return code;
    }
    printBackup(io, result, writer?.root);
    return code;
}
function printBackup(io, result, out) {
    const lines = [];
    const where = out ?? `${result.repository} on ${result.branch}`;
    for (const f of result.files) {
        const status = f.status !== 'ok' ? 'NOT BACKED UP' : f.changed ? (result.dryRun ? 'would change' : 'changed') : 'unchanged';
        const blanked = (f.redacted ? ` (${f.redacted} secret${f.redacted === 1 ? '' : 's'} blanked)` : '') +
            (f.secrets ? ` (${secretsNote(f.secrets)})` : '');
        lines.push(`${status.padEnd(12)} ${f.kind.padEnd(11)} ${oneLine(f.name)}  ->  ${f.path}${blanked}`);
    }
    for (const deleted of result.deleted)
        lines.push(`${(result.dryRun ? 'would remove' : 'removed').padEnd(12)} ${deleted}`);
    // What changed in each document, as the commit body says it (names only).
    const changes = renderCommitBody(result.changes ?? [], { width: 100 });
    if (changes)
        lines.push('', 'What changed:', ...changes.split('\n').map((line) => `  ${terminalText(line)}`), '');
    if (result.warnings.length)
        lines.push(`${result.warnings.length} validation warning(s); run with --verbose or see the log above.`);
    if (result.dryRun)
        lines.push(`Dry run: ${result.changed ? `${result.changedFiles} file(s) would change in ${where}` : `nothing would change in ${where}`}; nothing was written.`);
    else if (!result.changed)
        lines.push(`Nothing changed in ${where}; ${out ? 'nothing written' : 'no commit made'}.`);
    else if (out)
        lines.push(`Wrote ${result.changedFiles} changed file(s) to ${out}.`);
    else
        lines.push(`Committed ${result.changedFiles} changed file(s) to ${where}: ${result.commitUrl ?? result.commitSha ?? ''}`);
    const pr = result.pullRequest;
    if (pr)
        lines.push(pr.number === undefined
            ? `Would open a pull request from ${pr.head} into ${pr.base}.`
            : `${result.dryRun ? 'Would update' : pr.created ? 'Opened' : 'Updated'} pull request #${pr.number}: ${pr.url ?? ''}`);
    io.stdout.write(`${lines.join('\n')}\n`);
}
