/**
 * Branch names git refuses (git check-ref-format), checked before any request so a typo
 * fails fast with a reason instead of a 404 or 422 from GitHub.
 */
export declare function checkBranchName(branch: string, input?: string): string;
/** Parses `owner/name`, refusing anything GitHub would not accept as a repository. */
export declare function parseRepository(value: string, input?: string): {
    owner: string;
    repo: string;
};
/** Link to a file on a branch in GitHub's web UI. */
export declare function blobUrl(htmlUrl: string, branch: string, path: string): string;
