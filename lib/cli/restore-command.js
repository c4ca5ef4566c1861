// `postman-backup restore`: plan, and with --yes apply, a backed-up file (on disk or in a repository),
// or a whole backup folder (--dir DIR, or --repo with a --path that is a folder) into --workspace.
import { pick, resolveRestoreOptions, restoreSource, RESTORE_KEYS } from '../options/index.js';
import { InputError } from '../errors.js';
import { describeRestore, describeWorkspaceRestore, isBackupFolderPath, restoreBackup, restoreWorkspace } from '../restore/index.js';
import { printJson } from './io.js';
import { flagNaming } from './flags.js';
import { ProgressReporter } from './progress-reporter.js';
export async function restoreCommand(given, flags, io) {
    if (given.dir !== undefined || isBackupFolderPath(given.path))
        return restoreFolderCommand(given, flags, io);
    const source = restoreSource(pick(given, ['file', 'repository', 'path', 'ref']), flagNaming);
    const options = resolveRestoreOptions({ ...pick(given, RESTORE_KEYS), source }, flagNaming);
    const result = await restoreBackup({ ...options, logger: new ProgressReporter(io, flags.verbose) });
    if (flags.json)
        printJson(io, result);
    else
        io.stdout.write(`${describeRestore(result, 'run again with --yes to apply').join('\n')}\n`);
    return 0;
}
/** `--dir DIR` or `--repo o/r --path DIR` with `--workspace W`: every document of a backup folder; exit 1 when it stopped midway. */
async function restoreFolderCommand(given, flags, io) {
    if (given.to !== undefined)
        throw new InputError('to', 'cannot be used with a backup folder: give --workspace (the workspace to restore it into).');
    const source = given.dir !== undefined
        ? { dir: String(given.dir) }
        : restoreSource(pick(given, ['repository', 'path', 'ref']), flagNaming);
    // restoreWorkspace checks every value (by the table) before the first request.
    const result = await restoreWorkspace({
        ...pick(given, RESTORE_KEYS),
        source,
        workspace: String(given.workspace ?? ''),
        logger: new ProgressReporter(io, flags.verbose)
    });
    if (flags.json)
        printJson(io, result);
    else
        io.stdout.write(`${describeWorkspaceRestore(result, 'run again with --yes to apply').join('\n')}\n`);
    return result.complete ? 0 : 1;
}
