/** Rule ids of the structure-aware rules. */
export declare const STRUCTURE_RULES: {
    readonly header: "postman/header-credential";
    readonly query: "postman/query-credential";
    readonly form: "postman/form-credential";
    readonly cookie: "postman/cookie-credential";
    readonly variable: "postman/variable-credential";
    readonly jsonBody: "postman/json-body-credential";
    readonly urlPassword: "postman/url-password";
};
export declare function isCredentialJsonProperty(name: string): boolean;
export declare const isCredentialHeader: (name: string) => boolean;
export declare const isCredentialParameter: (name: string) => boolean;
export declare const isCredentialVariable: (name: string) => boolean;
export declare const isCredentialCookie: (name: string) => boolean;
/** A value that documentation puts where a credential goes, not a credential. */
export declare function isPlaceholder(value: string): boolean;
/**
 * Whether a value in a credential place is a literal secret: not empty, not only variable
 * references (`{{token}}`, `Bearer {{token}}`), not a placeholder.
 */
export declare function isLiteralCredential(value: string): boolean;
/** The range of the password in a URL's userinfo, when it is a literal secret. */
export declare function urlPasswordRange(url: string): [number, number] | undefined;
