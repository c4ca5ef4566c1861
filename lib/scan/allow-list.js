// The allow-list for known false positives: entries name a rule id (`postman/header-credential`,
// `@secretlint/secretlint-rule-basicauth`, or a prefix glob like `postman/*`) or a JSON pointer
// glob (`/item/*/request/header/*`; `*` is one pointer token, `**` any number of them). A
// pointer glob allows a finding at the pointer it matches or anywhere below it, so a glob for a
// header allows its value too. An object entry needs both of its parts to match.
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function pointerGlob(glob) {
    const tokens = glob.split('/').slice(1);
    const body = tokens.map((token) => token === '**' ? '(?:/[^/]*)*' : `/${token.split('*').map(escapeRegExp).join('[^/]*')}`);
    return new RegExp(`^${body.join('')}(?:/.*)?$`);
}
const ruleGlob = (glob) => new RegExp(`^${glob.split('*').map(escapeRegExp).join('.*')}$`);
/** A predicate over (pointer, rule) built from the entries. */
export function allowMatcher(entries = []) {
    const tests = entries.map((entry) => {
        const { pointer, rule } = typeof entry === 'string' ? (entry.startsWith('/') ? { pointer: entry } : { rule: entry }) : entry;
        const pointerTest = pointer === undefined ? undefined : pointerGlob(pointer);
        const ruleTest = rule === undefined ? undefined : ruleGlob(rule);
        return (p, r) => (pointerTest !== undefined || ruleTest !== undefined) &&
            (pointerTest?.test(p) ?? true) &&
            (ruleTest?.test(r) ?? true);
    });
    return (pointer, rule) => tests.some((test) => test(pointer, rule));
}
