import { RequestError } from '@octokit/request-error';
import { GitHubApiError, GitHubAuthError, GitHubNotFoundError, GitHubPermissionError, GitHubProtectedBranchError, PostmanBackupError, PushProtectionError } from '../errors.js';
export const WRITE_PERMISSION_HINT = 'With the workflow token, give the job `permissions: contents: write`; a classic PAT needs the `repo` scope (`public_repo` for public repositories); a fine-grained PAT needs access to this repository with Contents: Read and write and Metadata: Read.';
/** The HTTP status of an Octokit failure; undefined for anything else. */
export function statusOf(error) {
    return error instanceof RequestError ? error.status : undefined;
}
function githubMessage(error) {
    const data = error.response?.data;
    return typeof data?.message === 'string' ? data.message : error.message;
}
/**
 * Turns an Octokit failure into an error a user can act on, told apart by status.
 * Octokit already redacts the token in `error.request`; we keep only status and message.
 */
export function translateGitHubError(error, context) {
    if (error instanceof PostmanBackupError)
        return error;
    if (!(error instanceof RequestError)) {
        return new GitHubApiError(`GitHub API failed while ${context.action}: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
    }
    const status = error.status;
    const refusal = ruleRefusalOf(error);
    if (refusal === 'push-protection')
        return pushProtectionError(error, context);
    const message = githubMessage(error);
    const cause = new Error(`${status} ${message}`);
    if (refusal === 'protected-branch') {
        return new GitHubProtectedBranchError(`GitHub refused ${context.action}: the branch is protected in ${context.repository} (branch protection or a ruleset: ${oneLine(message)}). Retrying cannot help. Set \`pullRequest\` to commit to a branch of its own and open a pull request instead, or write to another \`branch\`.`, { cause });
    }
    if (status === 401) {
        return new GitHubAuthError(`GitHub rejected the token (401 ${message}) while ${context.action}. Check \`githubToken\`: it may be expired or revoked.`, { cause });
    }
    if (status === 403 && context.write) {
        return new GitHubPermissionError(`The token may not write to ${context.repository} (403 ${message}) while ${context.action}. ${WRITE_PERMISSION_HINT}`, { cause });
    }
    if (status === 404 && context.write) {
        return new GitHubPermissionError(`GitHub answered 404 while ${context.action}: the token cannot write to ${context.repository}, or it is not the repository you meant. ${WRITE_PERMISSION_HINT}`, { cause });
    }
    if (status === 404) {
        return new GitHubNotFoundError(`GitHub answered 404 while ${context.action}: repository ${context.repository} does not exist or the token cannot see it. Check \`repository\` and that the token covers it: a workflow token only sees its own repository (use a PAT for another one); ${WRITE_PERMISSION_HINT.charAt(0).toLowerCase()}${WRITE_PERMISSION_HINT.slice(1)} For GitHub Enterprise Server, \`githubApiUrl\` must be https://HOST/api/v3 (now ${context.baseUrl}).`, { cause });
    }
    if (status === 403) {
        return new GitHubPermissionError(`GitHub refused ${context.action} (403 ${message}). The token needs Contents: Read (and Metadata: Read) on ${context.repository}.`, { cause });
    }
    if (status === 500 && !error.response) {
        return new GitHubApiError(`Cannot reach the GitHub API at ${context.baseUrl} while ${context.action} (${message}). For GitHub Enterprise Server set \`githubApiUrl\` to https://HOST/api/v3.`, undefined, { cause });
    }
    return new GitHubApiError(`GitHub API answered ${status} while ${context.action}: ${message}`, status, { cause });
}
// ---- refusals by repository rules ---------------------------------------------------------------
// GitHub documents the status codes of these refusals, not their words; these are from real answers:
// classic branch protection ("Changes must be made through a pull request.", 422 on git/refs, 409
// "Could not update file: …" on contents, GH006 on a push), rulesets ("Repository rule violations
// found", GH013) and other protection rules (required reviews, status checks, force pushes).
const PROTECTION_MESSAGES = [
    /Changes must be made through a pull request/i,
    /Repository rule violations? found/i,
    // GH006: protected branch update failed; GH013: repository rule violations (push protection is told apart first).
    /\bGH006\b|\bGH013\b/,
    /protected branch/i,
    /protected ref/i,
    /Required status checks? .*(?:expected|failing)/i,
    /approving reviews? (?:is|are) required/i
];
const PROTECTION_DOCS = /protected-branches|about-protected-branches|rulesets|repository-rules/i;
const PUSH_PROTECTION_MESSAGES = [/Push cannot contain secrets/i, /PUSH PROTECTION/i];
/**
 * Whether a failed write was refused by a repository rule: secret scanning push protection, or the
 * protection of the branch (branch protection, rulesets). Such a refusal is final: the branch did
 * not move, and writing again cannot succeed. Undefined for any other failure.
 */
export function ruleRefusalOf(error) {
    if (!(error instanceof RequestError))
        return undefined;
    if (error.status !== 403 && error.status !== 409 && error.status !== 422)
        return undefined;
    const data = error.response?.data;
    const message = githubMessage(error);
    const metadata = data?.metadata;
    if (metadata?.secret_scanning !== undefined || PUSH_PROTECTION_MESSAGES.some((p) => p.test(message)))
        return 'push-protection';
    const docs = typeof data?.documentation_url === 'string' ? data.documentation_url : '';
    if (PROTECTION_MESSAGES.some((p) => p.test(message)) || PROTECTION_DOCS.test(docs))
        return 'protected-branch';
    return undefined;
}
/** GitHub's message on one line, shortened: it is quoted inside ours. */
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
/**
 * A secret type as GitHub names it ("GitHub Personal Access Token", "Slack API Token"): words of up to
 * 20 characters, at least two. Anything else (a quoted value has no spaces and is longer) is not shown.
 */
const SECRET_TYPE = /^[A-Za-z][A-Za-z0-9.()&/-]{0,19}(?: [A-Za-z0-9.()&/-]{1,20}){1,8}$/;
/** A path as GitHub prints it in a location: one line, no control characters. */
function isSafePath(path) {
    return path.length <= 1000 && ![...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}
/**
 * The locations and secret types of a GH013 push protection message: "—— <type> ——" headers, then
 * "- blob: <sha>" / "- commit: <sha>" entries, each maybe followed by "path: <path>:<line>". Lines
 * GitHub may add with a snippet of the secret are not read.
 */
export function parsePushProtection(message) {
    const locations = [];
    const secretTypes = new Set();
    let current;
    for (const line of message.split(/\r?\n/)) {
        const header = /^\s*[—–-]{2,}\s*(.+?)\s*[—–-]{2,}\s*$/.exec(line);
        if (header) {
            if (SECRET_TYPE.test(header[1]))
                secretTypes.add(header[1]);
            current = undefined;
            continue;
        }
        const entry = /^\s*-\s*(blob|commit):\s*([0-9a-f]{40}|[0-9a-f]{64})\s*$/i.exec(line);
        if (entry) {
            current = entry[1].toLowerCase() === 'blob' ? { blobSha: entry[2].toLowerCase() } : {};
            locations.push(current);
            continue;
        }
        const path = /^\s*(?:-\s*)?path:\s*(.+?)(?::(\d+))?\s*$/.exec(line);
        if (path && isSafePath(path[1])) {
            if (!current || current.path !== undefined) {
                current = {};
                locations.push(current);
            }
            current.path = path[1];
            if (path[2] !== undefined)
                current.line = Number(path[2]);
        }
    }
    return { locations, secretTypes: [...secretTypes] };
}
function pushProtectionError(error, context) {
    const parsed = parsePushProtection(githubMessage(error));
    const locations = parsed.locations.map((l) => l.path === undefined && l.blobSha !== undefined && context.blobPaths?.has(l.blobSha)
        ? { ...l, path: context.blobPaths.get(l.blobSha) }
        : l);
    const named = [
        ...new Set(locations.map((l) => l.path !== undefined
            ? `"${l.path}"${l.line !== undefined ? ` (line ${l.line})` : ''}`
            : l.blobSha !== undefined
                ? `blob ${l.blobSha}`
                : undefined))
    ].filter((n) => n !== undefined);
    const what = parsed.secretTypes.length > 0 ? `a secret (${parsed.secretTypes.join(', ')})` : 'a secret';
    const where = named.length > 0 ? ` in ${named.join(', ')}` : '';
    return new PushProtectionError(`GitHub's push protection refused ${context.action} in ${context.repository}: it found ${what}${where}; nothing was written. Keep the secret out of the backup: set \`secretScan\` to "redact" (the default: the secret scan blanks such values before anything is written), or, if the value is no secret, add it to the secret scan's allow-list; or remove the secret from the document in Postman. See ${PUSH_PROTECTION_DOCS}.`, locations, parsed.secretTypes, 
    // GitHub's text may quote the secret: the cause keeps only the status and what was parsed.
    { cause: new Error(`${error.status} GH013 push protection: ${named.join(', ') || 'no location given'}`) });
}
const PUSH_PROTECTION_DOCS = 'https://docs.github.com/code-security/secret-scanning/working-with-secret-scanning-and-push-protection/working-with-push-protection-from-the-rest-api';
