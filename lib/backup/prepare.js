// Stage 0 of the backup pipeline: every option checked and its default applied, before the first
// request. The checks and defaults are the options table's (src/options/): resolveBackupOptions.
import { parseRepository } from '../github/names.js';
import { createOctokit } from '../github/octokit.js';
import { silentLogger } from '../logger.js';
import { REDACT_MODES, VALIDATION_MODES } from '../modes.js';
import { defaultOf, resolveBackupOptions } from '../options/index.js';
import { PostmanClient } from '../postman/client.js';
export { VALIDATION_MODES, REDACT_MODES };
/** A PostmanClient from the library's options, with the table's default URL. */
export function createPostmanClient(options, logger = silentLogger) {
    return new PostmanClient({
        apiKey: options.postmanApiKey ?? '',
        baseUrl: options.postmanApiUrl || defaultOf('postmanApiUrl'),
        logger,
        retry: options.postmanRetry,
        timeoutMs: options.postmanTimeoutMs
    });
}
/**
 * Checks every option before the first request (resolveBackupOptions) and makes the clients. The
 * files go to GitHub unless a `writer` is given (a local folder): then no repository or token is
 * needed, and no Octokit is made. backupCollection's `collection` counts as `collections: [collection]`.
 */
export function prepareBackup(options) {
    const given = options.collections === undefined && options.collection !== undefined
        ? { ...options, collections: [options.collection] }
        : options;
    const values = resolveBackupOptions(given);
    const logger = values.logger ?? silentLogger;
    const github = options.writer === undefined;
    // resolveBackupOptions has checked the repository (and that there is one) when the files go to GitHub;
    // a given writer may write to GitHub too (a TreeWriter with limits of its own).
    const { owner, repo } = values.repository ? parseRepository(values.repository) : { owner: '', repo: '' };
    const octokit = !github
        ? undefined
        : (values.octokit ?? createOctokit({ token: values.githubToken, baseUrl: values.githubApiUrl, logger }));
    return {
        ...values,
        owner,
        repo,
        client: createPostmanClient(values, logger),
        octokit,
        logger
    };
}
/** References as given, trimmed, without blanks and repeats. */
export function cleanReferences(references) {
    return [...new Set((references ?? []).map((r) => r.trim()).filter((r) => r !== ''))];
}
