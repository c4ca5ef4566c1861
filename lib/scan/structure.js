// What only this domain knows: which places of a Postman document hold credentials (headers,
// query parameters, form fields, JSON body properties and variables with credential names;
// passwords in URL userinfo), and which values there are not literal secrets (empty, only
// variable references, documentation placeholders).
/** Rule ids of the structure-aware rules. */
export const STRUCTURE_RULES = {
    header: 'postman/header-credential',
    query: 'postman/query-credential',
    form: 'postman/form-credential',
    cookie: 'postman/cookie-credential',
    variable: 'postman/variable-credential',
    jsonBody: 'postman/json-body-credential',
    urlPassword: 'postman/url-password'
};
const normalize = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
// Names are compared lower-cased without separators: X-API-Key, x_api_key and XApiKey are one.
const CREDENTIAL_HEADERS = new Set([
    'authorization',
    'proxy-authorization',
    'cookie',
    'set-cookie',
    'x-api-key',
    'api-key',
    'apikey',
    'x-auth-token',
    'x-access-token',
    'x-auth-key',
    'x-api-token',
    'x-api-secret',
    'private-token',
    'ocp-apim-subscription-key',
    'x-functions-key',
    'x-amz-security-token',
    'x-goog-api-key',
    'x-postman-api-key'
].map(normalize));
const CREDENTIAL_PARAMETERS = new Set([
    'token',
    'access_token',
    'refresh_token',
    'id_token',
    'auth_token',
    'api_key',
    'apikey',
    'api_token',
    'key',
    'secret',
    'client_secret',
    'password',
    'passwd',
    'pwd',
    'passphrase',
    'signature',
    'sig',
    'private_key',
    'session_token',
    'x-amz-signature',
    'x-amz-security-token'
].map(normalize));
// Suffixes that make any name a credential name (accessToken, github_api_key, db_password) …
const CREDENTIAL_SUFFIX = /(?:token|secret|password|passwd|apikey|privatekey|accesskey|authkey|subscriptionkey)$/;
// … except the ones that name something else: pagination and CSRF tokens, token types and URLs.
const NOT_CREDENTIAL = /^(?:next|page|continuation|cursor|sync|resume|csrf|xsrf|xcsrf|xxsrf|requestverification)|(?:tokentype|tokenurl|granttype)$/;
function isCredentialName(name, known) {
    const n = normalize(name);
    if (n === '' || NOT_CREDENTIAL.test(n))
        return false;
    return known.has(n) || CREDENTIAL_SUFFIX.test(n);
}
// In JSON bodies a `key` property is mostly a name (Postman's own {key, value} pairs, map
// entries), so only the other parameter names count there.
export function isCredentialJsonProperty(name) {
    return normalize(name) !== 'key' && isCredentialName(name, CREDENTIAL_PARAMETERS);
}
export const isCredentialHeader = (name) => isCredentialName(name, CREDENTIAL_HEADERS);
export const isCredentialParameter = (name) => isCredentialName(name, CREDENTIAL_PARAMETERS);
// Variables: only the suffix rule and unambiguous names; `key` or `signature` variables are common
// non-secrets (a key name, a signature algorithm).
const CREDENTIAL_VARIABLES = new Set(['apikey', 'secret', 'clientsecret', 'password', 'passwd', 'token']);
export const isCredentialVariable = (name) => isCredentialName(name, CREDENTIAL_VARIABLES);
const SESSION_COOKIES = new Set(['session', 'sessionid', 'sid', 'jsessionid', 'phpsessid', 'connectsid', 'auth']);
export const isCredentialCookie = (name) => isCredentialName(name, SESSION_COOKIES);
const REFERENCES = /\{\{[^{}]*\}\}|\$\{[^{}]*\}|<<[^<>]*>>/g;
const AUTH_SCHEMES = /\b(?:bearer|basic|token|digest|jwt|bot|oauth|apikey|api-key|key|hawk|negotiate|ntlm|sso-key)\b/gi;
// Documentation placeholders published collections are full of.
const PLACEHOLDER_SHAPES = [
    /^<[^<>]*>$/, // <token>, <string>
    /^\[[^[\]]*\]$/, // [api key]
    /^\{[^{}]*\}$/, // {token}
    /^\$[A-Za-z_][\w.]*$/, // $TOKEN
    /^%[\w.]+%$/, // %TOKEN%
    /^:[A-Za-z_]\w*$/, // :token
    /^(.)\1*$/ // xxxx, ****, 0000, ....
];
const PLACEHOLDER_WORDS = /your|example|sample|placeholder|insert|replace|changeme|change_me|dummy|redacted|fake|<|>|\.\.\.|xxx|\*\*\*/i;
const PLACEHOLDER_VALUES = new Set([
    'token',
    'secret',
    'password',
    'pass',
    'passwd',
    'apikey',
    'api_key',
    'key',
    'value',
    'string',
    'test',
    'testing',
    'null',
    'undefined',
    'none',
    'true',
    'false',
    'demo',
    'foo',
    'bar',
    'abc',
    'abc123',
    '123',
    '1234',
    '12345',
    '123456',
    'admin',
    'user',
    'username',
    'access_token',
    'refresh_token',
    'client_secret',
    'mytoken',
    'mysecret',
    'mypassword',
    'secret_key',
    'accesstoken',
    'bearer'
].map(normalize));
/** A value that documentation puts where a credential goes, not a credential. */
export function isPlaceholder(value) {
    const v = value.trim().replace(AUTH_SCHEMES, '').trim();
    if (v === '')
        return true;
    if (PLACEHOLDER_SHAPES.some((shape) => shape.test(v)))
        return true;
    if (PLACEHOLDER_WORDS.test(v))
        return true;
    return PLACEHOLDER_VALUES.has(normalize(v));
}
/**
 * Whether a value in a credential place is a literal secret: not empty, not only variable
 * references (`{{token}}`, `Bearer {{token}}`), not a placeholder.
 */
export function isLiteralCredential(value) {
    // Fewer than 4 letters or digits outside references is no credential (`xyz`, `1`).
    const rest = value.replace(REFERENCES, ' ').replace(AUTH_SCHEMES, ' ');
    if ((rest.match(/[A-Za-z0-9]/g)?.length ?? 0) < 4)
        return false;
    return !isPlaceholder(value);
}
// scheme://user:password@host… (the scheme may be missing in a Postman raw URL) and the
// `user:password@host` form a host part keeps when Postman did not split it.
const URL_USERINFO = /^\s*(?:(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/)?([^:/?#\s@{}]*|\{\{[^{}]*\}\}):([^/?#\s@]+)@[^\s@]/d;
/** The range of the password in a URL's userinfo, when it is a literal secret. */
export function urlPasswordRange(url) {
    const match = URL_USERINFO.exec(url);
    const range = match?.indices?.[2];
    if (!match || !range)
        return undefined;
    return isLiteralCredential(match[2]) ? [range[0], range[1]] : undefined;
}
