// Which proxy a request goes through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case),
// with the rules curl and proxy-from-env (axios's) follow, so the Postman and GitHub clients
// agree: NO_PROXY is a comma- or space-separated list of `*`, hosts, `.domain` or `domain`
// (the domain and every host below it), optionally with `:port`.
const read = (env, name) => env[name.toLowerCase()] || env[name.toUpperCase()] || '';
const defaultPort = (protocol) => (protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '');
/** Whether NO_PROXY says `target` is reached directly. */
export function bypassesProxy(target, env = process.env) {
    const noProxy = read(env, 'no_proxy').toLowerCase();
    if (noProxy === '')
        return false;
    if (noProxy.trim() === '*')
        return true;
    const host = target.hostname.toLowerCase().replace(/^\[|\]$/g, '');
    const port = target.port || defaultPort(target.protocol);
    return noProxy
        .split(/[,\s]+/)
        .filter(Boolean)
        .some((entry) => {
        if (entry === '*')
            return true;
        const match = /^(.*?)(?::(\d+))?$/.exec(entry);
        let name = match[1].replace(/^\[|\]$/g, '');
        if (match[2] && match[2] !== port)
            return false;
        if (name.startsWith('*'))
            name = name.slice(1);
        if (name.startsWith('.'))
            return host.endsWith(name) || host === name.slice(1);
        return host === name || host.endsWith(`.${name}`);
    });
}
/** The proxy URL for a request to `target`, or undefined for a direct connection. */
export function proxyUrlFor(target, env = process.env) {
    const url = typeof target === 'string' ? new URL(target) : target;
    const proxy = url.protocol === 'https:'
        ? read(env, 'https_proxy') || read(env, 'all_proxy')
        : read(env, 'http_proxy') || read(env, 'all_proxy');
    if (proxy === '' || bypassesProxy(url, env))
        return undefined;
    // "proxy.corp:3128" without a scheme means http://proxy.corp:3128, as curl reads it.
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}
