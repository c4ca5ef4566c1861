import { plural } from '../changelog/text.js';
/** `3 literal secrets removed: github/token 2, postman/api-key 1` (rule ids and counts, never values). */
export function secretsNote(secrets) {
    const total = Object.values(secrets).reduce((a, b) => a + b, 0);
    const rules = Object.entries(secrets)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([rule, n]) => `${rule} ${n}`);
    return `${plural(total, 'literal secret')} removed: ${rules.join(', ')}`;
}
/**
 * The run's failures in one line ("N of M backed up; the next run continues" when it stopped),
 * or undefined when every document was backed up.
 */
export function failureMessage(result) {
    if (result.failed.length === 0 && !result.stopped)
        return undefined;
    const total = result.files.length;
    const done = total - result.failed.length;
    const failures = result.failed.filter((f) => f.reason !== 'not-reached');
    const parts = [
        result.stopped ? `${result.stopped.message} ${done} of ${total} documents backed up; the next run continues.` : '',
        failures.length
            ? `${failures.length} of ${total} documents could not be backed up${done ? ' (the others were)' : ''}; their previous backups are untouched and the next run retries them: ${failures.map((f) => f.message).join(' ')}`
            : ''
    ];
    return parts.filter(Boolean).join(' ');
}
/** The one-collection view of a run's result. */
export function asCollectionResult(result, details) {
    const [file] = result.files;
    const prepared = details.get(file.path);
    return {
        changed: result.changed,
        dryRun: result.dryRun,
        repository: result.repository,
        branch: result.branch,
        filePath: file.path,
        fileUrl: file.url,
        ...(result.commitSha ? { commitSha: result.commitSha, commitUrl: result.commitUrl } : {}),
        collection: { id: file.id, uid: file.uid, name: file.name },
        warnings: prepared?.warnings ?? [],
        redacted: prepared?.redacted ?? [],
        bytes: prepared?.bytes ?? 0,
        postmanRequests: result.postmanRequests,
        changes: result.changes,
        ...(result.pullRequest ? { pullRequest: result.pullRequest } : {})
    };
}
