import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import { ProxyAgent } from 'undici';
import { GitHubApiError, InputError } from '../errors.js';
import { silentLogger } from '../logger.js';
import { redactText } from '../secrets.js';
import { apiUrlProblem, withoutUserinfo } from '../util/api-url.js';
import { megabytes } from '../util/bytes.js';
import { proxyUrlFor } from '../util/proxy.js';
/** How often a rate-limited request is tried again before we give up. */
const RATE_LIMIT_RETRIES = 2;
/** Longest rate-limit wait we accept; a longer one fails the run with a clear message. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
/**
 * Options for @octokit/plugin-retry and @octokit/plugin-throttling, shared by the action
 * (getOctokit) and the library (createOctokit). Pass the plugins as (throttling, retry) so
 * 429s reach throttling, which honours the reset time; 409 and 429 are never blindly retried.
 */
export function octokitPluginOptions(logger = silentLogger) {
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
            logger.warn(`GitHub ${kind} rate limit on ${what}; retrying in ${retryAfter} s.`);
            return true;
        }
        logger.warn(`GitHub ${kind} rate limit on ${what}; giving up (retry after ${retryAfter} s).`);
        return false;
    };
    return {
        retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451], retries: 3 },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') }
    };
}
/** Default total time a GitHub request may take: connecting, the headers and the whole body. */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000;
/**
 * Default largest GitHub answer, in bytes: a blob of GitHub's 100 MB file limit comes as about
 * 136 MB of base64 (with GitHub's line breaks) in JSON; nothing we read is larger.
 */
export const GITHUB_MAX_ANSWER_BYTES = 150 * 1024 * 1024;
/** The fetch a request was given before we wrapped it, kept so that a retry does not wrap twice. */
const INNER_FETCH = Symbol('postman-backup inner fetch');
/** How many times this request (over its retries) missed its deadline. */
const DEADLINES_MISSED = Symbol('postman-backup deadlines missed');
/** "GET /repos/o/r/git/blobs/…": method and path, for messages (no query, which may carry anything). */
function describeRequest(octokit, requestOptions) {
    try {
        const { method, url } = octokit.request.endpoint.parse(requestOptions);
        return `${method} ${new URL(url).pathname}`;
    }
    catch {
        return `${requestOptions.method} ${String(requestOptions.url)}`;
    }
}
/**
 * A redirect answer, not followed. GitHub answers 301 for a renamed or transferred repository:
 * that is said as such, with the new location (user info never shown).
 */
function redirectError(what, status, location, requested) {
    let where = '(no Location)';
    if (location) {
        try {
            where = withoutUserinfo(new URL(location, requested).href);
        }
        catch {
            where = `an unusable Location (${withoutUserinfo(location).slice(0, 200)})`;
        }
    }
    if (status === 301 && /\/repos\/[^/]+\/[^/]+/.test(what) && location && /\/repositories\/\d+/.test(location)) {
        return new GitHubApiError(`The repository has moved (renamed or transferred): GitHub answered 301 to ${what} with ${where}; not followed with the token. Set \`repository\` to its new owner/name.`, status);
    }
    return new GitHubApiError(`GitHub answered ${status} to ${what} with ${where}; not followed: the token is only sent to \`githubApiUrl\`. If the API has moved, set \`githubApiUrl\` to its new address.`, status);
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
export function requestTimeout(octokit, options) {
    const ms = options.requestTimeout ?? GITHUB_REQUEST_TIMEOUT_MS;
    const max = options.maxAnswerBytes ?? GITHUB_MAX_ANSWER_BYTES;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const previous = (requestOptions.request ?? {});
        const inner = (previous[INNER_FETCH] ?? previous.fetch ?? globalThis.fetch);
        const missed = Number(previous[DEADLINES_MISSED] ?? 0);
        const what = describeRequest(octokit, requestOptions);
        const controller = new AbortController();
        let refused;
        let expired = false;
        const refuse = (bytes, counted) => {
            refused ??= new GitHubApiError(`GitHub's answer to ${what} is larger than ${megabytes(max)} (${counted} ${megabytes(bytes)}), more than any file GitHub stores; not read further and not retried. Check that \`githubApiUrl\` points at the GitHub API.`, undefined);
            controller.abort(refused);
            return refused;
        };
        const timer = setTimeout(() => {
            expired = true;
            controller.abort(new Error(`deadline of ${ms} ms passed`));
        }, ms);
        const cappedFetch = async (url, init) => {
            // Redirects are never followed: the token would go along, to wherever the answer points.
            const response = await inner(url, { ...init, signal: controller.signal, redirect: 'manual' });
            if (response.status >= 300 && response.status < 400 && response.status !== 304) {
                await response.body?.cancel().catch(() => undefined);
                refused ??= redirectError(what, response.status, response.headers.get('location'), String(url));
                throw refused;
            }
            const announced = Number(response.headers.get('content-length'));
            if (Number.isFinite(announced) && announced > max) {
                await response.body?.cancel().catch(() => undefined);
                throw refuse(announced, 'announced');
            }
            if (!response.body || [101, 204, 205, 304].includes(response.status))
                return response;
            let received = 0;
            const counted = response.body.pipeThrough(new TransformStream({
                transform(chunk, stream) {
                    received += chunk.byteLength;
                    if (received > max)
                        stream.error(refuse(received, 'over'));
                    else
                        stream.enqueue(chunk);
                }
            }));
            const capped = new Response(counted, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers
            });
            Object.defineProperty(capped, 'url', { value: response.url });
            return capped;
        };
        requestOptions.request = {
            ...requestOptions.request,
            // before-after-hook hands every layer the same options object, so set these in place.
            signal: controller.signal,
            fetch: cappedFetch,
            [INNER_FETCH]: inner,
            [DEADLINES_MISSED]: missed
        };
        const deadlineError = () => {
            ;
            requestOptions.request[DEADLINES_MISSED] = missed + 1;
            const message = `GitHub sent no complete answer to ${what} within ${ms / 1000} s (the deadline covers connecting, the headers and the whole body)`;
            if (missed + 1 >= 2) {
                return new GitHubApiError(`${message}, twice; gave up. Check \`githubApiUrl\` and https://www.githubstatus.com, then run again.`, undefined);
            }
            // Once: a RequestError, which plugin-retry retries with a fresh timer.
            return new RequestError(message, 500, { request: octokit.request.endpoint.parse(requestOptions) });
        };
        try {
            const response = await request(requestOptions);
            if (refused)
                throw refused;
            if (expired)
                throw deadlineError();
            return response;
        }
        catch (error) {
            if (refused)
                throw refused;
            if (expired && !(error instanceof GitHubApiError))
                throw deadlineError();
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    });
}
/**
 * Two guards around every request, inside retry and throttling:
 * - a 2xx answer that is not JSON (a proxy's HTML page) becomes a 502 RequestError, which
 *   plugin-retry retries, instead of data our code would misread;
 * - an error whose message echoes the token (some servers repeat the request) is redacted
 *   before anything can log or throw it.
 */
export function safeResponses(octokit, options) {
    const token = typeof options.auth === 'string' ? options.auth.replace(/^(token|bearer)\s+/i, '') : undefined;
    const redact = (text) => (token ? redactText(text, [token, options.auth]) : text);
    octokit.hook.wrap('request', async (request, requestOptions) => {
        let response;
        try {
            response = await request(requestOptions);
        }
        catch (error) {
            if (error instanceof Error) {
                error.message = redact(error.message);
                const data = error.response?.data;
                if (data && typeof data === 'object' && typeof data.message === 'string') {
                    ;
                    data.message = redact(data.message);
                }
            }
            throw error;
        }
        const raw = requestOptions.mediaType?.format === 'raw';
        if (typeof response.data === 'string' && /json/i.test(String(response.headers['content-type']))) {
            // Octokit's bigint-aware parser gives up on very large answers (a blob over ~10 MB, a big
            // tree) and hands over the text; plain JSON.parse copes.
            try {
                response.data = JSON.parse(response.data);
            }
            catch {
                // Not JSON after all: judged below.
            }
        }
        if (response.status >= 200 &&
            response.status < 300 &&
            response.status !== 204 &&
            !raw &&
            (response.data === null || typeof response.data !== 'object')) {
            throw new RequestError('GitHub answered with a body that is not JSON (an HTML page from a proxy?)', 502, {
                request: octokit.request.endpoint.parse(requestOptions),
                response: { ...response, data: undefined }
            });
        }
        return response;
    });
}
/** The plugins, in the order they must be applied. */
export const OCTOKIT_PLUGINS = [requestTimeout, safeResponses, throttling, retry];
const OctokitWithPlugins = Octokit.plugin(...OCTOKIT_PLUGINS);
/** One ProxyAgent per proxy URL, shared by every Octokit of the process. */
const proxyAgents = new Map();
/**
 * fetch through the proxy that HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) give for each
 * URL (src/util/proxy.ts), or directly. Read per request, as curl and axios do.
 */
const proxyAwareFetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const proxy = proxyUrlFor(url);
    if (!proxy)
        return globalThis.fetch(input, init);
    let agent = proxyAgents.get(proxy);
    if (!agent)
        proxyAgents.set(proxy, (agent = new ProxyAgent(proxy)));
    // Node's fetch is undici: it takes an undici dispatcher.
    return globalThis.fetch(input, { ...init, dispatcher: agent });
};
/** An Octokit with retry and throttling, for library and CLI use outside GitHub Actions. */
export function createOctokit(options) {
    const baseUrl = (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, '');
    // Checked here too, for Octokits built directly: the token goes only to https (or this machine).
    const problem = apiUrlProblem(baseUrl, 'https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server');
    if (problem)
        throw new InputError('github-api-url', problem);
    return new OctokitWithPlugins({
        auth: options.token,
        baseUrl,
        request: { fetch: proxyAwareFetch },
        userAgent: 'postman-backup',
        requestTimeout: options.requestTimeout,
        maxAnswerBytes: options.maxAnswerBytes,
        ...octokitPluginOptions(options.logger)
    });
}
