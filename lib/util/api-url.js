// The API base URLs the Postman key and the GitHub token are sent to: https only (plain http only
// to this machine, for local servers), never with credentials inside the URL, and never shown
// with them. The options check (src/options/values.ts) and both clients use this one rule.
/** A URL as it may be shown: without any `user:password@`. */
export function withoutUserinfo(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
}
/** Whether `hostname` (as URL gives it: IPv6 in brackets) is this machine. */
export function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        host === '::1' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
        /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}
/**
 * Why `url` cannot carry a credential, or undefined when it can: not an http(s) URL, user info
 * in it, or plain http to another machine. `example` completes the message.
 */
export function apiUrlProblem(url, example) {
    const shown = withoutUserinfo(url);
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return `"${shown}" is not an http(s) URL, e.g. ${example}.`;
    }
    if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || !/^https?:\/\/[^\s/]+(\/\S*)?$/i.test(url))
        return `"${shown}" is not an http(s) URL, e.g. ${example}.`;
    if (parsed.username !== '' || parsed.password !== '' || /^https?:\/\/[^/?#]*@/i.test(url))
        return `"${shown}" contains a user name or password (user:password@); give the URL alone and the credential in its own option.`;
    if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname))
        return `"${shown}" uses plain http, which would send the credential unencrypted; use https (http is accepted only for this machine: localhost, 127.0.0.1, ::1).`;
    return undefined;
}
