export declare class PostmanBackupError extends Error {
    readonly name: string;
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/**
 * An option has a value we cannot use. `option` may be given as the library key (`githubToken`)
 * or the action input name (`github-token`); the table in options/table.ts maps one to the other.
 * The message names the library option; the action and the CLI print `reason` after their own
 * name for it (`Input "github-token": …`, `--token (or GITHUB_TOKEN): …`).
 */
export declare class InputError extends PostmanBackupError {
    readonly name = "InputError";
    /** The action input's name (the name given when the option has no input). */
    readonly input: string;
    /** The library option's key (the name given when the table does not know it). */
    readonly option: string;
    /** What is wrong and what to do, without the option's name. */
    readonly reason: string;
    constructor(option: string, reason: string, options?: {
        cause?: unknown;
    });
}
/** Postman refused the API key (401). */
export declare class PostmanAuthError extends PostmanBackupError {
    readonly name = "PostmanAuthError";
}
/** The collection (or workspace/environment) does not exist or is not visible to the key. */
export declare class PostmanNotFoundError extends PostmanBackupError {
    readonly name = "PostmanNotFoundError";
}
/** A name matched several collections. */
export declare class AmbiguousNameError extends PostmanBackupError {
    readonly candidates: ReadonlyArray<{
        id: string;
        name: string;
    }>;
    readonly name = "AmbiguousNameError";
    constructor(message: string, candidates: ReadonlyArray<{
        id: string;
        name: string;
    }>);
}
/** Postman's rate limit or monthly usage quota stopped us. */
export declare class PostmanRateLimitError extends PostmanBackupError {
    readonly kind: 'rateLimited' | 'serviceLimitExhausted';
    readonly name = "PostmanRateLimitError";
    constructor(message: string, kind: 'rateLimited' | 'serviceLimitExhausted', options?: {
        cause?: unknown;
    });
}
/** Any other failed or unusable Postman API answer (5xx after retries, network, non-JSON body). */
export declare class PostmanApiError extends PostmanBackupError {
    readonly status: number | undefined;
    readonly name = "PostmanApiError";
    constructor(message: string, status: number | undefined, options?: {
        cause?: unknown;
    });
}
/** The fetched document is not a valid collection; nothing was written. */
export declare class CollectionValidationError extends PostmanBackupError {
    readonly issues: ReadonlyArray<{
        pointer: string;
        message: string;
    }>;
    readonly name = "CollectionValidationError";
    constructor(message: string, issues: ReadonlyArray<{
        pointer: string;
        message: string;
    }>);
}
/** GitHub refused the token (401). */
export declare class GitHubAuthError extends PostmanBackupError {
    readonly name = "GitHubAuthError";
}
/** The token may read but not write, or cannot see the repository. */
export declare class GitHubPermissionError extends PostmanBackupError {
    readonly name: string;
}
/** Repository or branch missing. */
export declare class GitHubNotFoundError extends PostmanBackupError {
    readonly name = "GitHubNotFoundError";
}
/** Any other failed GitHub API call. */
export declare class GitHubApiError extends PostmanBackupError {
    readonly status: number | undefined;
    readonly name = "GitHubApiError";
    constructor(message: string, status: number | undefined, options?: {
        cause?: unknown;
    });
}
/**
 * GitHub refused a direct write to a protected branch: classic branch protection or a ruleset (for
 * instance "Changes must be made through a pull request"). Retrying cannot help; `pullRequest` can.
 */
export declare class GitHubProtectedBranchError extends PostmanBackupError {
    readonly name = "GitHubProtectedBranchError";
}
/** Where GitHub's push protection found a secret: the blob, and the file and line when GitHub names them. */
export interface PushProtectionLocation {
    blobSha?: string;
    path?: string;
    line?: number;
}
/**
 * GitHub's secret scanning push protection refused content we tried to write (GH013 "Push cannot
 * contain secrets"); nothing was written. The message never quotes the secret. `locations` lets a
 * caller map a blob SHA back to its file when GitHub gave no path.
 */
export declare class PushProtectionError extends PostmanBackupError {
    readonly locations: readonly PushProtectionLocation[];
    /** Secret types as GitHub names them, e.g. "GitHub Personal Access Token" (never the value). */
    readonly secretTypes: readonly string[];
    readonly name = "PushProtectionError";
    constructor(message: string, locations: readonly PushProtectionLocation[], 
    /** Secret types as GitHub names them, e.g. "GitHub Personal Access Token" (never the value). */
    secretTypes: readonly string[], options?: {
        cause?: unknown;
    });
}
/** GitHub refused to open or update a pull request for lack of a permission or a repository setting. */
export declare class GitHubPullRequestPermissionError extends GitHubPermissionError {
    readonly name = "GitHubPullRequestPermissionError";
}
