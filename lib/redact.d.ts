import { REDACT_MODES, type RedactMode } from './modes.js';
export type { RedactMode };
export interface RedactedField {
    /** JSON pointer (RFC 6901) of the blanked value, e.g. /item/0/request/auth/bearer/0/value. */
    pointer: string;
    /** What it was, e.g. 'secret variable', 'bearer token', 'basic password'. */
    kind: string;
}
export interface RedactionResult<T> {
    /** A redacted deep copy; the input is never mutated. */
    document: T;
    redacted: RedactedField[];
}
/**
 * Per auth method (the `type` of an auth block, and the property holding its fields), the
 * fields that hold credentials and how they are reported. Identifiers that are not secret on
 * their own (usernames, client IDs, consumer and access keys, key names) are kept, so that a
 * restored collection only needs its secrets filled in again. Methods from the Collection
 * Format schema, plus those Postman added later (jwt, asap); edgegrid is Akamai EdgeGrid.
 */
export declare const AUTH_CREDENTIAL_FIELDS: {
    readonly apikey: {
        readonly value: "apikey value";
    };
    readonly asap: {
        readonly privateKey: "asap private key";
    };
    readonly awsv4: {
        readonly secretKey: "awsv4 secret key";
        readonly sessionToken: "awsv4 session token";
    };
    readonly basic: {
        readonly password: "basic password";
    };
    readonly bearer: {
        readonly token: "bearer token";
    };
    readonly digest: {
        readonly password: "digest password";
    };
    readonly edgegrid: {
        readonly accessToken: "edgegrid access token";
        readonly clientToken: "edgegrid client token";
        readonly clientSecret: "edgegrid client secret";
    };
    readonly hawk: {
        readonly authKey: "hawk auth key";
    };
    readonly jwt: {
        readonly secret: "jwt secret";
        readonly privateKey: "jwt private key";
        readonly passphrase: "jwt private key passphrase";
    };
    readonly ntlm: {
        readonly password: "ntlm password";
    };
    readonly oauth1: {
        readonly consumerSecret: "oauth1 consumer secret";
        readonly token: "oauth1 access token";
        readonly tokenSecret: "oauth1 token secret";
        readonly privateKey: "oauth1 private key";
    };
    readonly oauth2: {
        readonly accessToken: "oauth2 access token";
        readonly refreshToken: "oauth2 refresh token";
        readonly clientSecret: "oauth2 client secret";
        readonly password: "oauth2 password";
        readonly code_verifier: "oauth2 code verifier";
    };
};
export declare const SECRET_VARIABLE_KIND = "secret variable";
export { REDACT_MODES };
/**
 * Blanks, anywhere in a collection (its own, its folders', its requests' and its saved examples'
 * original requests): the values of variables of type `secret`, and the credential fields of
 * every auth method present in an auth block, the active one or not (Postman keeps the fields
 * of the others). Both auth shapes are read: attribute lists (v2.1.0) and objects (v2.0.0).
 */
export declare function redactCollection<T>(doc: T, mode?: RedactMode): RedactionResult<T>;
/** Blanks the values of an environment's variables of type `secret` (and of vault secrets). */
export declare function redactEnvironment<T>(doc: T, mode?: RedactMode): RedactionResult<T>;
/** Blanks the values of a workspace's globals of type `secret`: the same {key, value, type} values as an environment's. */
export declare function redactGlobals<T>(doc: T, mode?: RedactMode): RedactionResult<T>;
/** Counts of redacted fields by kind, for a summary line. */
export declare function countRedactedByKind(fields: readonly RedactedField[]): Record<string, number>;
