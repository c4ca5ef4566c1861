import type { SecretLintRuleCreator } from '@secretlint/types';
/** Rule ids of the project's own secretlint rules. */
export declare const POSTMAN_API_KEY_RULE = "postman/postman-api-key";
export declare const POSTMAN_ACCESS_KEY_RULE = "postman/postman-collection-access-key";
export declare const AWS_ACCESS_KEY_ID_RULE = "postman/aws-access-key-id";
export declare const PROJECT_RULES: SecretLintRuleCreator[];
