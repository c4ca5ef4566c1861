// Public surface of the secret scan (issue 12): the pipeline calls scanDocument between
// validation and serialization, and findDuplicateKeys on a Postman answer's raw text.
export { scanDocument, scanText, removeOwnCredentials, OWN_CREDENTIAL_RULE, REDACTED_PLACEHOLDER } from './scan.js';
export { findDuplicateKeys } from './json-text.js';
export { allowMatcher } from './allow-list.js';
export { STRUCTURE_RULES } from './structure.js';
export { POSTMAN_API_KEY_RULE, POSTMAN_ACCESS_KEY_RULE, AWS_ACCESS_KEY_ID_RULE } from './rules.js';
