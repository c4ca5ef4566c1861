// One class per failure kind. Every message says what went wrong and what to do;
// `cause` keeps the original failure with credentials stripped.
import { findOption, specOf } from './options/table.js';
export class PostmanBackupError extends Error {
    name = 'PostmanBackupError';
    constructor(message, options) {
        super(message, options);
    }
}
/**
 * An option has a value we cannot use. `option` may be given as the library key (`githubToken`)
 * or the action input name (`github-token`); the table in options/table.ts maps one to the other.
 * The message names the library option; the action and the CLI print `reason` after their own
 * name for it (`Input "github-token": …`, `--token (or GITHUB_TOKEN): …`).
 */
export class InputError extends PostmanBackupError {
    name = 'InputError';
    /** The action input's name (the name given when the option has no input). */
    input;
    /** The library option's key (the name given when the table does not know it). */
    option;
    /** What is wrong and what to do, without the option's name. */
    reason;
    constructor(option, reason, options) {
        const key = findOption(option);
        super(`Option "${key ?? option}": ${reason}`, options);
        this.option = key ?? option;
        this.input = (key && specOf(key).input) || option;
        this.reason = reason;
    }
}
/** Postman refused the API key (401). */
export class PostmanAuthError extends PostmanBackupError {
    name = 'PostmanAuthError';
}
/** The collection (or workspace/environment) does not exist or is not visible to the key. */
export class PostmanNotFoundError extends PostmanBackupError {
    name = 'PostmanNotFoundError';
}
/** A name matched several collections. */
export class AmbiguousNameError extends PostmanBackupError {
    candidates;
    name = 'AmbiguousNameError';
    constructor(message, candidates) {
        super(message);
        this.candidates = candidates;
    }
}
/** Postman's rate limit or monthly usage quota stopped us. */
export class PostmanRateLimitError extends PostmanBackupError {
    kind;
    name = 'PostmanRateLimitError';
    constructor(message, kind, options) {
        super(message, options);
        this.kind = kind;
    }
}
/** Any other failed or unusable Postman API answer (5xx after retries, network, non-JSON body). */
export class PostmanApiError extends PostmanBackupError {
    status;
    name = 'PostmanApiError';
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
/** The fetched document is not a valid collection; nothing was written. */
export class CollectionValidationError extends PostmanBackupError {
    issues;
    name = 'CollectionValidationError';
    constructor(message, issues) {
        super(message);
        this.issues = issues;
    }
}
/** GitHub refused the token (401). */
export class GitHubAuthError extends PostmanBackupError {
    name = 'GitHubAuthError';
}
/** The token may read but not write, or cannot see the repository. */
export class GitHubPermissionError extends PostmanBackupError {
    name = 'GitHubPermissionError';
}
/** Repository or branch missing. */
export class GitHubNotFoundError extends PostmanBackupError {
    name = 'GitHubNotFoundError';
}
/** Any other failed GitHub API call. */
export class GitHubApiError extends PostmanBackupError {
    status;
    name = 'GitHubApiError';
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
/**
 * GitHub refused a direct write to a protected branch: classic branch protection or a ruleset (for
 * instance "Changes must be made through a pull request"). Retrying cannot help; `pullRequest` can.
 */
export class GitHubProtectedBranchError extends PostmanBackupError {
    name = 'GitHubProtectedBranchError';
}
/**
 * GitHub's secret scanning push protection refused content we tried to write (GH013 "Push cannot
 * contain secrets"); nothing was written. The message never quotes the secret. `locations` lets a
 * caller map a blob SHA back to its file when GitHub gave no path.
 */
export class PushProtectionError extends PostmanBackupError {
    locations;
    secretTypes;
    name = 'PushProtectionError';
    constructor(message, locations, 
    /** Secret types as GitHub names them, e.g. "GitHub Personal Access Token" (never the value). */
    secretTypes, options) {
        super(message, options);
        this.locations = locations;
        this.secretTypes = secretTypes;
    }
}
/** GitHub refused to open or update a pull request for lack of a permission or a repository setting. */
export class GitHubPullRequestPermissionError extends GitHubPermissionError {
    name = 'GitHubPullRequestPermissionError';
}
