export { scanDocument, scanText, removeOwnCredentials, OWN_CREDENTIAL_RULE, REDACTED_PLACEHOLDER, type SecretScanPolicy, type SecretScanOptions, type SecretFinding, type SecretFindingKind, type SecretFindingAction, type SecretScanResult, type TextSecretFinding, type TextScanResult } from './scan.js';
export { findDuplicateKeys, type DuplicateKey } from './json-text.js';
export { allowMatcher, type AllowEntry } from './allow-list.js';
export { STRUCTURE_RULES } from './structure.js';
export { POSTMAN_API_KEY_RULE, POSTMAN_ACCESS_KEY_RULE, AWS_ACCESS_KEY_ID_RULE } from './rules.js';
