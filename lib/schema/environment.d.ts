import { type Static } from '@sinclair/typebox';
import type { ValidationMode, ValidationResult } from './validate.js';
/** Variable types in Postman's OpenAPI definition (environmentVariables.type). */
export declare const ENVIRONMENT_VARIABLE_TYPES: readonly ["default", "secret"];
export interface EnvironmentDeviation {
    /** Variable type Postman writes that the OpenAPI definition lacks. */
    readonly value: string;
    /** Where it is seen. */
    readonly reference: string;
}
/** Variable types Postman's exports carry beyond the OpenAPI enum; lenient accepts them with a warning. */
export declare const ENVIRONMENT_DEVIATIONS: readonly [{
    readonly value: "any";
    readonly reference: "Postman 9 and 10 exports";
}, {
    readonly value: "text";
    readonly reference: "Postman 4 to 6 exports and Newman";
}];
export type EnvironmentVariableType = (typeof ENVIRONMENT_VARIABLE_TYPES)[number] | (typeof ENVIRONMENT_DEVIATIONS)[number]['value'];
declare const lenientParts: {
    Environment: import("@sinclair/typebox").TUnsafe<import("./typebox-helpers.js").Open<{
        uid?: string | undefined;
        createdAt?: string | undefined;
        updatedAt?: string | undefined;
        id?: string | undefined;
        owner?: string | undefined;
        isPublic?: boolean | undefined;
        _postman_exported_at?: string | undefined;
        _postman_exported_using?: string | undefined;
        _postman_variable_scope?: "environment" | undefined;
        values: import("./typebox-helpers.js").Open<{
            secret?: boolean | undefined;
            type?: EnvironmentVariableType | undefined;
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            value?: string | number | boolean | null | undefined;
            enabled?: boolean | undefined;
            source?: Record<string, unknown> | undefined;
            disabled?: boolean | undefined;
            key: string;
        }>[];
        name: string;
    }>>;
    EnvironmentVariable: import("@sinclair/typebox").TUnsafe<import("./typebox-helpers.js").Open<{
        secret?: boolean | undefined;
        type?: EnvironmentVariableType | undefined;
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        value?: string | number | boolean | null | undefined;
        enabled?: boolean | undefined;
        source?: Record<string, unknown> | undefined;
        disabled?: boolean | undefined;
        key: string;
    }>>;
};
/** The environment as the OpenAPI definition describes it (strict mode). */
export declare const EnvironmentSchema: import("@sinclair/typebox").TUnsafe<import("./typebox-helpers.js").Open<{
    uid?: string | undefined;
    createdAt?: string | undefined;
    updatedAt?: string | undefined;
    id?: string | undefined;
    owner?: string | undefined;
    isPublic?: boolean | undefined;
    _postman_exported_at?: string | undefined;
    _postman_exported_using?: string | undefined;
    _postman_variable_scope?: "environment" | undefined;
    values: import("./typebox-helpers.js").Open<{
        secret?: boolean | undefined;
        type?: EnvironmentVariableType | undefined;
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        value?: string | number | boolean | null | undefined;
        enabled?: boolean | undefined;
        source?: Record<string, unknown> | undefined;
        disabled?: boolean | undefined;
        key: string;
    }>[];
    name: string;
}>>;
/** EnvironmentSchema plus the variable types Postman's exports carry (lenient mode). */
export declare const EnvironmentLenientSchema: import("@sinclair/typebox").TUnsafe<import("./typebox-helpers.js").Open<{
    uid?: string | undefined;
    createdAt?: string | undefined;
    updatedAt?: string | undefined;
    id?: string | undefined;
    owner?: string | undefined;
    isPublic?: boolean | undefined;
    _postman_exported_at?: string | undefined;
    _postman_exported_using?: string | undefined;
    _postman_variable_scope?: "environment" | undefined;
    values: import("./typebox-helpers.js").Open<{
        secret?: boolean | undefined;
        type?: EnvironmentVariableType | undefined;
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        value?: string | number | boolean | null | undefined;
        enabled?: boolean | undefined;
        source?: Record<string, unknown> | undefined;
        disabled?: boolean | undefined;
        key: string;
    }>[];
    name: string;
}>>;
/** A Postman environment: the Postman API's `environment` object, or an exported environment file. */
export type Environment = Static<typeof EnvironmentLenientSchema>;
export type EnvironmentVariable = Static<typeof lenientParts.EnvironmentVariable>;
export declare function validateEnvironment(doc: unknown, mode?: ValidationMode): ValidationResult;
export {};
