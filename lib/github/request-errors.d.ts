import { type PushProtectionLocation } from '../errors.js';
export declare const WRITE_PERMISSION_HINT = "With the workflow token, give the job `permissions: contents: write`; a classic PAT needs the `repo` scope (`public_repo` for public repositories); a fine-grained PAT needs access to this repository with Contents: Read and write and Metadata: Read.";
/** The HTTP status of an Octokit failure; undefined for anything else. */
export declare function statusOf(error: unknown): number | undefined;
export interface GitHubContext {
    /** owner/name */
    repository: string;
    /** What we were doing, e.g. "reading Postman collections/x.json on main". */
    action: string;
    baseUrl: string;
    /** Whether the failed request writes (a 403/404 then means no write permission). */
    write?: boolean;
    /** Blob SHA → repository path of the files being written, to name a file push protection refused by blob. */
    blobPaths?: ReadonlyMap<string, string>;
}
/**
 * Turns an Octokit failure into an error a user can act on, told apart by status.
 * Octokit already redacts the token in `error.request`; we keep only status and message.
 */
export declare function translateGitHubError(error: unknown, context: GitHubContext): Error;
/**
 * Whether a failed write was refused by a repository rule: secret scanning push protection, or the
 * protection of the branch (branch protection, rulesets). Such a refusal is final: the branch did
 * not move, and writing again cannot succeed. Undefined for any other failure.
 */
export declare function ruleRefusalOf(error: unknown): 'push-protection' | 'protected-branch' | undefined;
/**
 * The locations and secret types of a GH013 push protection message: "—— <type> ——" headers, then
 * "- blob: <sha>" / "- commit: <sha>" entries, each maybe followed by "path: <path>:<line>". Lines
 * GitHub may add with a snippet of the secret are not read.
 */
export declare function parsePushProtection(message: string): {
    locations: PushProtectionLocation[];
    secretTypes: string[];
};
