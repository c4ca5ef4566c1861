// The secret scan of one document: a generic walk over every string of any JSON document,
// structure-aware rules where a Postman structure is recognised (key/value lists, raw bodies,
// URLs), secretlint patterns on every candidate string, the run's own credentials by value,
// then the policy. Findings carry pointers and rule ids, never a value or a part of one.
import { escapePointerToken } from '../schema/index.js';
import { isObject } from '../util/json.js';
import { allowMatcher } from './allow-list.js';
import { findPatternSecrets } from './detect.js';
import { scanJsonText } from './json-text.js';
import { ownCredentialForms, removeForms } from './own-credentials.js';
import { STRUCTURE_RULES, isCredentialCookie, isCredentialHeader, isCredentialJsonProperty, isCredentialParameter, isCredentialVariable, isLiteralCredential, urlPasswordRange } from './structure.js';
export const OWN_CREDENTIAL_RULE = 'postman/own-credential';
/**
 * What replaces a secret found inside a longer string (a script line, a URL's password, a
 * description). A Postman variable reference: Postman and this scan already read `{{…}}` as "not
 * a literal", so a second run finds nothing new and a restored request shows an unresolved
 * variable instead of a wrong credential; it has no character a token rule matches; inside a
 * quoted script string it keeps the script parseable; in a URL it is valid Postman syntax.
 * A secret that is a whole value becomes '' instead (as redact.ts does).
 */
export const REDACTED_PLACEHOLDER = '{{REDACTED}}';
// Tokens and pointers are only built for the few strings that are reported or changed: building
// them for every string was most of the walk's time on a 20 MB collection.
class Site {
    place;
    value;
    roles;
    changed = false;
    cachedPointer;
    constructor(place, value, roles) {
        this.place = place;
        this.value = value;
        this.roles = roles;
    }
    get tokens() {
        const tokens = [];
        for (let p = this.place; p; p = p.up)
            tokens.push(p.token);
        return tokens.reverse();
    }
    get pointer() {
        this.cachedPointer ??= this.tokens.map((token) => `/${escapePointerToken(String(token))}`).join('');
        return this.cachedPointer;
    }
}
const KV_RULES = {
    header: { rule: STRUCTURE_RULES.header, isCredential: isCredentialHeader },
    query: { rule: STRUCTURE_RULES.query, isCredential: isCredentialParameter },
    urlencoded: { rule: STRUCTURE_RULES.form, isCredential: isCredentialParameter },
    formdata: { rule: STRUCTURE_RULES.form, isCredential: isCredentialParameter },
    cookie: { rule: STRUCTURE_RULES.cookie, isCredential: isCredentialCookie },
    variable: { rule: STRUCTURE_RULES.variable, isCredential: isCredentialVariable },
    values: { rule: STRUCTURE_RULES.variable, isCredential: isCredentialVariable }
};
/** Every string of `doc` with its pointer and, where a structure is recognised, its roles. */
function collectSites(doc) {
    const sites = [];
    const visit = (node, place, roles, arrayKey) => {
        if (typeof node === 'string') {
            sites.push(new Site(place, node, roles));
            return;
        }
        if (Array.isArray(node)) {
            const key = place?.token;
            const hostArray = key === 'host' && place?.up?.token === 'url';
            node.forEach((child, index) => visit(child, { up: place, token: index }, hostArray ? [{ type: 'url' }] : [], typeof key === 'string' ? key : undefined));
            return;
        }
        if (!isObject(node))
            return;
        const childRoles = new Map();
        const add = (key, role) => childRoles.set(key, [...(childRoles.get(key) ?? []), role]);
        const kv = arrayKey === undefined ? undefined : KV_RULES[arrayKey];
        const name = typeof node.key === 'string' ? node.key : typeof node.name === 'string' ? node.name : undefined;
        if (kv && name !== undefined && typeof node.value === 'string' && node.type !== 'secret' && kv.isCredential(name)) {
            add('value', { type: 'whole', rule: kv.rule });
        }
        if (node.mode === 'raw' && typeof node.raw === 'string')
            add('raw', { type: 'json-body' });
        // GraphQL variables are a JSON text too.
        const key = place?.token;
        if (key === 'graphql' && typeof node.variables === 'string') {
            add('variables', { type: 'json-body' });
        }
        if (key === 'url') {
            if (typeof node.raw === 'string')
                add('raw', { type: 'url' });
            if (typeof node.host === 'string')
                add('host', { type: 'url' });
        }
        if (key === 'auth' && place?.up?.token === 'url' && typeof node.password === 'string') {
            add('password', { type: 'whole', rule: STRUCTURE_RULES.urlPassword });
        }
        for (const [childKey, child] of Object.entries(node)) {
            const roles = childRoles.get(childKey) ?? (childKey === 'url' && typeof child === 'string' ? [{ type: 'url' }] : []);
            visit(child, { up: place, token: childKey }, roles);
        }
    };
    visit(doc, undefined, []);
    return sites;
}
function structureHits(site) {
    const hits = [];
    for (const role of site.roles) {
        if (role.type === 'whole') {
            if (isLiteralCredential(site.value))
                hits.push({ site, rule: role.rule, kind: 'structure' });
        }
        else if (role.type === 'url') {
            const range = urlPasswordRange(site.value);
            if (range)
                hits.push({ site, rule: STRUCTURE_RULES.urlPassword, kind: 'structure', range });
        }
        else {
            const scan = scanJsonText(site.value, { tolerant: true });
            for (const property of scan?.properties ?? []) {
                if (!isCredentialJsonProperty(property.key))
                    continue;
                // The value as written (JSON-escaped) is enough to judge a literal.
                if (!isLiteralCredential(site.value.slice(property.start, property.end)))
                    continue;
                hits.push({
                    site,
                    rule: STRUCTURE_RULES.jsonBody,
                    kind: 'structure',
                    inner: property.pointer,
                    range: [property.start, property.end]
                });
            }
        }
    }
    return hits;
}
/** `value` with the hits removed: '' for a whole-value hit, the placeholder for each range. */
function redactValue(value, hits) {
    if (hits.some((hit) => !hit.range))
        return '';
    const ranges = hits.map((hit) => hit.range).sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [start, end] of ranges) {
        const last = merged[merged.length - 1];
        if (last && start <= last[1])
            last[1] = Math.max(last[1], end);
        else
            merged.push([start, end]);
    }
    // Secrets that make up the whole value leave '' (as a whole-value hit does).
    let outside = value.slice(0, merged[0][0]);
    for (let i = 0; i < merged.length; i++)
        outside += value.slice(merged[i][1], merged[i + 1]?.[0] ?? value.length);
    if (outside.trim() === '')
        return '';
    let out = '';
    let at = 0;
    for (const [start, end] of merged) {
        // A range inside a JSON string property (json-body) is blanked; others get the placeholder.
        const jsonProperty = hits.some((hit) => hit.inner !== undefined && hit.range[0] === start && hit.range[1] === end);
        out += value.slice(at, start) + (jsonProperty ? '' : REDACTED_PLACEHOLDER);
        at = end;
    }
    return out + value.slice(at);
}
function setAt(root, tokens, value) {
    let node = root;
    for (const token of tokens.slice(0, -1))
        node = node[token];
    node[tokens[tokens.length - 1]] = value;
}
/** What the policy does with a finding the allow-list does not cover. */
const actionOf = (allowed, policy) => allowed ? 'allowed' : policy === 'redact' ? 'redacted' : 'kept';
/** The result's `counts` (findings not allowed, by rule id) and `refused` (policy 'fail' and one kept). */
function tally(findings, policy) {
    const counts = {};
    for (const finding of findings)
        if (finding.action !== 'allowed')
            counts[finding.rule] = (counts[finding.rule] ?? 0) + 1;
    const refused = policy === 'fail' && findings.some((finding) => finding.action === 'kept');
    return { counts, refused };
}
/** Removes the run's own credentials from the sites' values; a finding per site changed. */
function removeOwnFrom(sites, credentials) {
    const forms = ownCredentialForms(credentials);
    const findings = [];
    for (const site of sites) {
        const cleaned = removeForms(site.value, forms, REDACTED_PLACEHOLDER);
        if (cleaned === undefined)
            continue;
        site.value = cleaned;
        site.changed = true;
        findings.push({ pointer: site.pointer, rule: OWN_CREDENTIAL_RULE, kind: 'own-credential', action: 'redacted' });
    }
    return findings;
}
/** `doc` with the changed sites' values: a copy when any changed, `doc` itself otherwise. */
function withChanges(doc, sites) {
    const changed = sites.filter((site) => site.changed);
    if (changed.length === 0)
        return doc;
    let document = structuredClone(doc);
    for (const site of changed) {
        if (site.tokens.length === 0)
            document = site.value;
        else
            setAt(document, site.tokens, site.value);
    }
    return document;
}
/**
 * Scans every string of a JSON document (a collection, an environment, any later kind) and
 * applies the policy. The input is never mutated. The run's own credentials are removed whatever
 * the policy, even 'off'.
 */
export async function scanDocument(doc, options = {}) {
    const policy = options.policy ?? 'redact';
    const sites = collectSites(doc);
    const findings = removeOwnFrom(sites, options.ownCredentials ?? []);
    if (policy !== 'off') {
        const allowed = allowMatcher(options.allow);
        const patternHits = await findPatternSecrets(sites.map((site) => site.value));
        const seen = new Set();
        for (const [index, site] of sites.entries()) {
            const hits = [
                ...structureHits(site),
                ...patternHits[index].map((hit) => ({
                    site,
                    rule: hit.rule,
                    kind: 'pattern',
                    range: [hit.start, hit.end]
                }))
            ];
            const toRedact = [];
            for (const hit of hits) {
                const where = hit.inner === undefined ? hit.site.pointer : `${hit.site.pointer}${hit.inner}`;
                const action = actionOf(allowed(hit.site.pointer, hit.rule) || (hit.inner !== undefined && allowed(where, hit.rule)), policy);
                if (action === 'redacted')
                    toRedact.push(hit);
                const id = `${hit.site.pointer}\u0000${hit.inner ?? ''}\u0000${hit.rule}`;
                if (seen.has(id))
                    continue;
                seen.add(id);
                findings.push({
                    pointer: hit.site.pointer,
                    ...(hit.inner === undefined ? {} : { inner: hit.inner }),
                    rule: hit.rule,
                    kind: hit.kind,
                    action
                });
            }
            if (toRedact.length > 0) {
                site.value = redactValue(site.value, toRedact);
                site.changed = true;
            }
        }
    }
    return { document: withChanges(doc, sites), findings, ...tally(findings, policy) };
}
/**
 * Only the always-on part: removes the run's own credentials (by value, in every known
 * encoding) from every string of `doc`. Synchronous, for callers that need it outside a scan.
 */
export function removeOwnCredentials(doc, credentials) {
    const sites = collectSites(doc);
    const findings = removeOwnFrom(sites, credentials);
    return { document: withChanges(doc, sites), findings };
}
/**
 * Scans a plain text file (a YAML or other spec) with the pattern rules and the run's own
 * credentials. The text is linted as a whole, so a multi-line PEM key is found; findings name
 * the line where the secret starts. The allow-list applies by rule id; pointer globs match
 * `/line/<n>`.
 */
export async function scanText(text, options = {}) {
    const policy = options.policy ?? 'redact';
    const findings = [];
    const lineOf = (current, offset) => current.slice(0, offset).split('\n').length;
    let current = text;
    const forms = ownCredentialForms(options.ownCredentials ?? []);
    for (const form of forms) {
        for (let at = current.indexOf(form); at >= 0; at = current.indexOf(form, at + 1)) {
            findings.push({
                line: lineOf(current, at),
                rule: OWN_CREDENTIAL_RULE,
                kind: 'own-credential',
                action: 'redacted'
            });
        }
        current = current.split(form).join(REDACTED_PLACEHOLDER);
    }
    if (policy !== 'off') {
        const allowed = allowMatcher(options.allow);
        const [hits] = await findPatternSecrets([current]);
        const toRedact = [];
        const site = new Site(undefined, current, []);
        for (const hit of hits) {
            const line = lineOf(current, hit.start);
            const action = actionOf(allowed(`/line/${line}`, hit.rule), policy);
            if (action === 'redacted')
                toRedact.push({ site, rule: hit.rule, kind: 'pattern', range: [hit.start, hit.end] });
            findings.push({ line, rule: hit.rule, kind: 'pattern', action });
        }
        if (toRedact.length > 0)
            current = redactValue(current, toRedact);
    }
    return { text: current, findings, ...tally(findings, policy) };
}
