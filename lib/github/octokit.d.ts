import { Octokit } from '@octokit/core';
import type { OctokitOptions } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { type Logger } from '../logger.js';
export type { Octokit };
/**
 * Options for @octokit/plugin-retry and @octokit/plugin-throttling, shared by the action
 * (getOctokit) and the library (createOctokit). Pass the plugins as (throttling, retry) so
 * 429s reach throttling, which honours the reset time; 409 and 429 are never blindly retried.
 */
export declare function octokitPluginOptions(logger?: Logger): {
    retry: {
        doNotRetry: number[];
        retries: number;
    };
    throttle: {
        onRateLimit: (retryAfter: number, options: {
            method?: string;
            url?: string;
        }, _octokit: unknown, retryCount: number) => boolean;
        onSecondaryRateLimit: (retryAfter: number, options: {
            method?: string;
            url?: string;
        }, _octokit: unknown, retryCount: number) => boolean;
    };
};
/** Default total time a GitHub request may take: connecting, the headers and the whole body. */
export declare const GITHUB_REQUEST_TIMEOUT_MS = 30000;
/**
 * Default largest GitHub answer, in bytes: a blob of GitHub's 100 MB file limit comes as about
 * 136 MB of base64 (with GitHub's line breaks) in JSON; nothing we read is larger.
 */
export declare const GITHUB_MAX_ANSWER_BYTES: number;
export interface RequestLimitOptions {
    /** Total deadline of each request in ms (default GITHUB_REQUEST_TIMEOUT_MS). */
    requestTimeout?: number;
    /** Largest answer accepted in bytes (default GITHUB_MAX_ANSWER_BYTES). */
    maxAnswerBytes?: number;
}
/**
 * Bounds every GitHub request in time and size (Octokit has neither, so a stalled or dripping
 * connection would hang the job, and a huge or endlessly inflating answer would exhaust memory):
 * - a total deadline of `requestTimeout` ms covering connect, headers and the whole body. A
 *   missed deadline is retried once (plugin-retry, with a fresh timer), then fails;
 * - answers over `maxAnswerBytes` (announced by Content-Length, or counted as the body arrives,
 *   after fetch has inflated it) stop at the cap and fail at once, never retried.
 * Register it before throttling and retry: the hook registered first is innermost, so every
 * retry gets a fresh timer. Octokit swallows errors that happen while it reads a body, so the
 * failure is kept here and thrown after it.
 */
export declare function requestTimeout(octokit: Octokit, options: OctokitOptions & RequestLimitOptions): void;
/**
 * Two guards around every request, inside retry and throttling:
 * - a 2xx answer that is not JSON (a proxy's HTML page) becomes a 502 RequestError, which
 *   plugin-retry retries, instead of data our code would misread;
 * - an error whose message echoes the token (some servers repeat the request) is redacted
 *   before anything can log or throw it.
 */
export declare function safeResponses(octokit: Octokit, options: OctokitOptions): void;
export interface CreateOctokitOptions {
    token: string;
    /** https://api.github.com (default) or https://HOST/api/v3 for GitHub Enterprise Server. */
    baseUrl?: string;
    logger?: Logger;
    /** Total deadline of each request in ms: connect, headers and the whole body (default 30 s). */
    requestTimeout?: number;
    /** Largest answer accepted in bytes (default 150 MiB, above the base64 of GitHub's 100 MB file limit). */
    maxAnswerBytes?: number;
}
/** The plugins, in the order they must be applied. */
export declare const OCTOKIT_PLUGINS: readonly [typeof requestTimeout, typeof safeResponses, typeof throttling, typeof retry];
/** An Octokit with retry and throttling, for library and CLI use outside GitHub Actions. */
export declare function createOctokit(options: CreateOctokitOptions): Octokit;
