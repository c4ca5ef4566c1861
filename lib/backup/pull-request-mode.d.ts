import type { BackupWorkspaceOptions } from './pipeline.js';
import type { WorkspaceBackupResult } from './result.js';
/** Runs the pipeline on given options (pipeline.ts passes its own, so this module does not import it). */
export type PipelineRun<T extends {
    result: WorkspaceBackupResult;
}> = (options: BackupWorkspaceOptions) => Promise<T>;
/** The pull request's body: the changelog of the run, each file linked on the backup's branch. */
export declare function pullRequestBody(result: WorkspaceBackupResult): string;
/**
 * Backs up in pull-request mode: resolves the base (`branch`, else the repository's default
 * branch), makes the head branch ready, runs the pipeline on the head, and opens or updates the
 * pull request when the run committed (or the head holds commits no pull request has held). A dry
 * run plans against the head (the base when the head does not exist yet) and reports what it would
 * open or update.
 */
export declare function runInPullRequestMode<T extends {
    result: WorkspaceBackupResult;
}>(options: BackupWorkspaceOptions, run: PipelineRun<T>): Promise<T>;
