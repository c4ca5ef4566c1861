/** Rule ids of the project's own secretlint rules. */
export const POSTMAN_API_KEY_RULE = 'postman/postman-api-key';
export const POSTMAN_ACCESS_KEY_RULE = 'postman/postman-collection-access-key';
export const AWS_ACCESS_KEY_ID_RULE = 'postman/aws-access-key-id';
function patternRule(id, description, pattern, skip) {
    const messages = { FOUND: { en: () => `found ${description}` } };
    const creator = {
        messages,
        meta: { id, recommended: true, type: 'scanner', supportedContentTypes: ['text'] },
        create(context) {
            const t = context.createTranslator(messages);
            return {
                file(source) {
                    for (const match of source.content.matchAll(pattern)) {
                        if (skip?.(match[0]))
                            continue;
                        const start = match.index ?? 0;
                        context.report({ message: t('FOUND'), range: [start, start + match[0].length] });
                    }
                }
            };
        }
    };
    return creator;
}
// Postman API keys: PMAK-<24 hex>-<34 hex> (the format Postman issues and GitHub's secret
// scanning partner program matches).
const postmanApiKeyRule = patternRule(POSTMAN_API_KEY_RULE, 'Postman API key', /(?<![A-Za-z0-9])PMAK-[0-9a-fA-F]{24}-[0-9a-fA-F]{34}(?![A-Za-z0-9])/g);
// Postman collection access keys: PMAT-<26 characters>, a ULID (Crockford base32, upper case).
// Accept any upper-case letters and digits so a key is not missed over an alphabet detail.
const postmanCollectionAccessKeyRule = patternRule(POSTMAN_ACCESS_KEY_RULE, 'Postman collection access key', /(?<![A-Za-z0-9])PMAT-[0-9A-Z]{26}(?![A-Za-z0-9])/g);
// A bare AWS access key ID. The preset's aws rule only finds one with `enableIDScanRule`, which
// also turns on an account-ID pattern (any 12 digits after "account"), a false-positive source;
// GitHub push protection blocks AKIA/ASIA IDs on their own, so we match those. AWS's documented
// examples end in EXAMPLE and are skipped, as the preset does.
const awsAccessKeyIdRule = patternRule(AWS_ACCESS_KEY_ID_RULE, 'AWS access key ID', /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, (match) => match.endsWith('EXAMPLE'));
export const PROJECT_RULES = [postmanApiKeyRule, postmanCollectionAccessKeyRule, awsAccessKeyIdRule];
