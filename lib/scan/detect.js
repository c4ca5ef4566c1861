// Pattern detection with secretlint's recommended preset plus the project's own rules, run on
// string values (never on a serialized file) so that every hit maps to one string and a
// character range inside it.
//
// Speed: one lintSource call costs ~0.06 ms whatever the text, so a 20 MB collection with
// 100,000+ strings would take seconds; we lint strings in batches of ~1 MB joined by a separator
// none of the preset's patterns crosses in practice, and lint each string a batch hit overlaps
// again on its own for the exact per-string result. Strings that look like a GCP service
// account (the gcp rule JSON-parses the whole text) are linted on their own from the start.
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import { PROJECT_RULES } from './rules.js';
// secretlint's profiler records performance marks on every call and matches them in a
// PerformanceObserver with a linear search over all marks so far: quadratic work that kept a
// process busy for a minute after 4,000 calls. We never read the profile, so marks are dropped.
secretLintProfiler.mark = () => undefined;
const FILTER_COMMENTS_RULE = '@secretlint/secretlint-rule-filter-comments';
// The preset's rules are registered one by one, except filter-comments: it honours
// `secretlint-disable` comments, and in a batch one such comment would silence every string
// after it; a comment inside a collection is no reason to commit a secret anyway (known false
// positives go to the scan's allow-list). Registering the preset itself with that rule
// `disabled` does not work in @secretlint/core 11.7.1: only top-level rules honour `disabled`.
const CONFIG = {
    rules: [...recommendedRules.filter((rule) => rule.meta.id !== FILTER_COMMENTS_RULE), ...PROJECT_RULES].map((rule) => ({
        id: rule.meta.id,
        rule: rule
    }))
};
const SEPARATOR = '\n\u0000\n';
const BATCH_CHARS = 1_000_000;
const VARIABLE_ONLY = /^\s*(?:\{\{[^{}]*\}\}\s*)*$/;
/** Strings worth linting: long enough to hold a token, and not only variable references. */
const isPatternCandidate = (text) => text.length >= 8 && !VARIABLE_ONLY.test(text);
async function lint(content) {
    const result = await lintSource({
        source: { filePath: 'value.txt', content, contentType: 'text' },
        options: { config: CONFIG, noPhysicFilePath: true }
    });
    return result.messages;
}
// Some preset rules report a range wider than the secret (a whole URL for a basic-auth or
// database URL) or shifted (aws and npm report the group's length from the match's start).
// Redacting such a range as is would destroy a URL or leave part of a key, so each is narrowed
// to the secret itself; anything not understood keeps the reported range.
const NARROWERS = {
    BasicAuth: /:\/\/[^:/\s@]*:([^@/\s]+)@/d,
    MongoDBConnection: /:\/\/[^:/\s@]*:([^@/\s]+)@/d,
    MySQLConnection: /:\/\/[^:/\s@]*:([^@/\s]+)@/d,
    PostgreSQLConnection: /:\/\/[^:/\s@]*:([^@/\s]+)@/d,
    AWSSecretAccessKey: /(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})/d,
    PackageJSON_xOauthToken: /https?:\/\/(.{1,256}):x-oauth-basic@/d,
    Npmrc_authToken: /_authToken=([^$].*)/d
};
function toHit(text, message) {
    const [start, end] = message.range;
    const narrower = NARROWERS[message.messageId];
    const indices = narrower?.exec(text.slice(start))?.indices?.[1];
    if (indices)
        return { rule: message.ruleId, start: start + indices[0], end: start + indices[1] };
    return { rule: message.ruleId, start, end: Math.max(end, start) };
}
async function lintOne(text) {
    return (await lint(text)).map((message) => toHit(text, message));
}
/**
 * Pattern hits for each of `texts` (same order). Strings that are not candidates (see
 * isPatternCandidate) get none.
 */
export async function findPatternSecrets(texts) {
    const hits = texts.map(() => []);
    const alone = new Set();
    let batch = [];
    let batchChars = 0;
    const flush = async () => {
        if (batch.length === 0)
            return;
        const indexes = batch;
        batch = [];
        batchChars = 0;
        const starts = [];
        let offset = 0;
        for (const index of indexes) {
            starts.push(offset);
            offset += texts[index].length + SEPARATOR.length;
        }
        const content = indexes.map((index) => texts[index]).join(SEPARATOR);
        for (const message of await lint(content)) {
            // Every string the reported range overlaps is linted again on its own.
            let at = upperBound(starts, message.range[0]) - 1;
            for (; at < indexes.length && at >= 0 && starts[at] <= Math.max(message.range[1] - 1, message.range[0]); at++) {
                alone.add(indexes[at]);
            }
        }
    };
    for (let index = 0; index < texts.length; index++) {
        const text = texts[index];
        if (!isPatternCandidate(text))
            continue;
        if (text.includes('private_key_id')) {
            alone.add(index);
            continue;
        }
        batch.push(index);
        batchChars += text.length + SEPARATOR.length;
        if (batchChars >= BATCH_CHARS)
            await flush();
    }
    await flush();
    for (const index of alone)
        hits[index] = await lintOne(texts[index]);
    return hits;
}
/** The number of entries of the sorted `values` that are <= `value`. */
function upperBound(values, value) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (values[mid] <= value)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
