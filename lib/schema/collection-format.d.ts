import { type Static, type TObject, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { type Open } from './typebox-helpers.js';
export declare const Description: TUnsafe<string | Open<{
    type?: string | undefined;
    content?: string | undefined;
    version?: unknown;
}> | null>;
/** The schema's variable types. The TypeScript type also admits the ones Postman emits (lenient mode accepts them). */
export declare const VARIABLE_TYPES: readonly ["string", "boolean", "any", "number"];
export declare const Variable: TUnsafe<Open<{
    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
    description?: string | Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    id?: string | undefined;
    name?: string | undefined;
    key?: string | undefined;
    value?: unknown;
    system?: boolean | undefined;
    disabled?: boolean | undefined;
}>>;
export declare const VariableList: import("@sinclair/typebox").TArray<TUnsafe<Open<{
    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
    description?: string | Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    id?: string | undefined;
    name?: string | undefined;
    key?: string | undefined;
    value?: unknown;
    system?: boolean | undefined;
    disabled?: boolean | undefined;
}>>>;
export declare const Version: TUnsafe<string | Open<{
    identifier?: string | undefined;
    meta?: unknown;
    patch: number;
    major: number;
    minor: number;
}>>;
export declare const Info: TUnsafe<Open<{
    description?: string | Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    _postman_id?: string | undefined;
    version?: string | Open<{
        identifier?: string | undefined;
        meta?: unknown;
        patch: number;
        major: number;
        minor: number;
    }> | undefined;
    name: string;
    schema: string;
}>>;
export declare const AuthAttribute: TUnsafe<Open<{
    type?: string | undefined;
    value?: unknown;
    key: string;
}>>;
export declare const Certificate: TUnsafe<Open<{
    name?: string | undefined;
    key?: Open<{
        src?: unknown;
    }> | undefined;
    passphrase?: string | undefined;
    matches?: string[] | undefined;
    cert?: Open<{
        src?: unknown;
    }> | undefined;
}>>;
export declare const CertificateList: import("@sinclair/typebox").TArray<TUnsafe<Open<{
    name?: string | undefined;
    key?: Open<{
        src?: unknown;
    }> | undefined;
    passphrase?: string | undefined;
    matches?: string[] | undefined;
    cert?: Open<{
        src?: unknown;
    }> | undefined;
}>>>;
export declare const Cookie: TUnsafe<Open<{
    name?: string | undefined;
    value?: string | undefined;
    expires?: string | null | undefined;
    maxAge?: string | undefined;
    hostOnly?: boolean | undefined;
    httpOnly?: boolean | undefined;
    secure?: boolean | undefined;
    session?: boolean | undefined;
    extensions?: unknown[] | undefined;
    path: string;
    domain: string;
}>>;
export declare const CookieList: import("@sinclair/typebox").TArray<TUnsafe<Open<{
    name?: string | undefined;
    value?: string | undefined;
    expires?: string | null | undefined;
    maxAge?: string | undefined;
    hostOnly?: boolean | undefined;
    httpOnly?: boolean | undefined;
    secure?: boolean | undefined;
    session?: boolean | undefined;
    extensions?: unknown[] | undefined;
    path: string;
    domain: string;
}>>>;
export declare const Header: TUnsafe<Open<{
    description?: string | Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    disabled?: boolean | undefined;
    key: string;
    value: string;
}>>;
export declare const HeaderList: import("@sinclair/typebox").TArray<TUnsafe<Open<{
    description?: string | Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    disabled?: boolean | undefined;
    key: string;
    value: string;
}>>>;
export declare const ProtocolProfileBehavior: TUnsafe<Record<string, unknown>>;
export declare const ProxyConfig: TUnsafe<Open<{
    disabled?: boolean | undefined;
    match?: string | undefined;
    host?: string | undefined;
    port?: number | undefined;
    tunnel?: boolean | undefined;
}>>;
export declare const Url: TUnsafe<string | Open<{
    path?: string | (string | Open<{
        type?: string | undefined;
        value?: string | undefined;
    }>)[] | undefined;
    variable?: Open<{
        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        id?: string | undefined;
        name?: string | undefined;
        key?: string | undefined;
        value?: unknown;
        system?: boolean | undefined;
        disabled?: boolean | undefined;
    }>[] | undefined;
    query?: Open<{
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        key?: string | null | undefined;
        value?: string | null | undefined;
        disabled?: boolean | undefined;
    }>[] | undefined;
    raw?: string | undefined;
    host?: string | string[] | undefined;
    port?: string | undefined;
    protocol?: string | undefined;
    hash?: string | undefined;
}>>;
export declare const Script: TUnsafe<Open<{
    type?: string | undefined;
    id?: string | undefined;
    name?: string | undefined;
    src?: string | Open<{
        path?: string | (string | Open<{
            type?: string | undefined;
            value?: string | undefined;
        }>)[] | undefined;
        variable?: Open<{
            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            id?: string | undefined;
            name?: string | undefined;
            key?: string | undefined;
            value?: unknown;
            system?: boolean | undefined;
            disabled?: boolean | undefined;
        }>[] | undefined;
        query?: Open<{
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            key?: string | null | undefined;
            value?: string | null | undefined;
            disabled?: boolean | undefined;
        }>[] | undefined;
        raw?: string | undefined;
        host?: string | string[] | undefined;
        port?: string | undefined;
        protocol?: string | undefined;
        hash?: string | undefined;
    }> | undefined;
    exec?: string | string[] | undefined;
}>>;
export declare const Event: TUnsafe<Open<{
    id?: string | undefined;
    disabled?: boolean | undefined;
    script?: Open<{
        type?: string | undefined;
        id?: string | undefined;
        name?: string | undefined;
        src?: string | Open<{
            path?: string | (string | Open<{
                type?: string | undefined;
                value?: string | undefined;
            }>)[] | undefined;
            variable?: Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                id?: string | undefined;
                name?: string | undefined;
                key?: string | undefined;
                value?: unknown;
                system?: boolean | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            query?: Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                key?: string | null | undefined;
                value?: string | null | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            raw?: string | undefined;
            host?: string | string[] | undefined;
            port?: string | undefined;
            protocol?: string | undefined;
            hash?: string | undefined;
        }> | undefined;
        exec?: string | string[] | undefined;
    }> | undefined;
    listen: string;
}>>;
export declare const EventList: import("@sinclair/typebox").TArray<TUnsafe<Open<{
    id?: string | undefined;
    disabled?: boolean | undefined;
    script?: Open<{
        type?: string | undefined;
        id?: string | undefined;
        name?: string | undefined;
        src?: string | Open<{
            path?: string | (string | Open<{
                type?: string | undefined;
                value?: string | undefined;
            }>)[] | undefined;
            variable?: Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                id?: string | undefined;
                name?: string | undefined;
                key?: string | undefined;
                value?: unknown;
                system?: boolean | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            query?: Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                key?: string | null | undefined;
                value?: string | null | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            raw?: string | undefined;
            host?: string | string[] | undefined;
            port?: string | undefined;
            protocol?: string | undefined;
            hash?: string | undefined;
        }> | undefined;
        exec?: string | string[] | undefined;
    }> | undefined;
    listen: string;
}>>>;
export declare const HTTP_METHODS: readonly ["GET", "PUT", "POST", "PATCH", "DELETE", "COPY", "HEAD", "OPTIONS", "LINK", "UNLINK", "PURGE", "LOCK", "UNLOCK", "PROPFIND", "VIEW"];
export declare const RequestBody: TUnsafe<Open<{
    mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
    file?: Open<{
        content?: string | undefined;
        src?: string | null | undefined;
    }> | undefined;
    raw?: string | undefined;
    options?: Record<string, unknown> | undefined;
    disabled?: boolean | undefined;
    urlencoded?: Open<{
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        value?: string | undefined;
        disabled?: boolean | undefined;
        key: string;
    }>[] | undefined;
    formdata?: ({
        type?: "text" | undefined;
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        value?: string | undefined;
        disabled?: boolean | undefined;
        contentType?: string | undefined;
        key: string;
    } | {
        type?: "file" | undefined;
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        disabled?: boolean | undefined;
        src?: string | unknown[] | null | undefined;
        contentType?: string | undefined;
        key: string;
    })[] | undefined;
    graphql?: Record<string, unknown> | undefined;
}>>;
export declare const AUTH_TYPES_V21: readonly ["apikey", "awsv4", "basic", "bearer", "digest", "edgegrid", "hawk", "noauth", "oauth1", "oauth2", "ntlm"];
export declare const AUTH_TYPES_V20: readonly ["apikey", "awsv4", "basic", "bearer", "digest", "edgegrid", "hawk", "ntlm", "noauth", "oauth1", "oauth2"];
declare const AUTH_METHODS: readonly ["apikey", "awsv4", "basic", "bearer", "digest", "edgegrid", "hawk", "ntlm", "oauth1", "oauth2"];
/** An auth block: its method, and per method that method's attributes. */
export type AuthOf<T extends string, Attributes> = Open<{
    type: T;
    noauth?: unknown;
} & {
    [M in (typeof AUTH_METHODS)[number]]?: Attributes;
}>;
/** `auth`: one property per method, each holding that method's attributes in the shape `attributes` gives. */
export declare function authDefinition<const Types extends readonly string[], A extends TSchema>(types: Types, attributes: A): TUnsafe<AuthOf<Types[number], Static<A>>>;
/** A folder's properties besides `item`. */
declare function folderProperties<A extends TSchema>(Auth: A): {
    name: import("@sinclair/typebox").TOptional<import("@sinclair/typebox").TString>;
    description: import("@sinclair/typebox").TOptional<TUnsafe<string | Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null>>;
    variable: import("@sinclair/typebox").TOptional<TUnsafe<Open<{
        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        id?: string | undefined;
        name?: string | undefined;
        key?: string | undefined;
        value?: unknown;
        system?: boolean | undefined;
        disabled?: boolean | undefined;
    }>[]>>;
    event: import("@sinclair/typebox").TOptional<TUnsafe<Open<{
        id?: string | undefined;
        disabled?: boolean | undefined;
        script?: Open<{
            type?: string | undefined;
            id?: string | undefined;
            name?: string | undefined;
            src?: string | Open<{
                path?: string | (string | Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    id?: string | undefined;
                    name?: string | undefined;
                    key?: string | undefined;
                    value?: unknown;
                    system?: boolean | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                query?: Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    key?: string | null | undefined;
                    value?: string | null | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                raw?: string | undefined;
                host?: string | string[] | undefined;
                port?: string | undefined;
                protocol?: string | undefined;
                hash?: string | undefined;
            }> | undefined;
            exec?: string | string[] | undefined;
        }> | undefined;
        listen: string;
    }>[]>>;
    auth: import("@sinclair/typebox").TOptional<TUnsafe<(A & {
        params: [];
    })["static"] | null>>;
    protocolProfileBehavior: import("@sinclair/typebox").TOptional<TUnsafe<Record<string, unknown>>>;
};
/** A folder (item-group): items and folders, to any depth. */
export type Folder<A extends TSchema, I> = Open<Static<TObject<ReturnType<typeof folderProperties<A>>>>> & {
    item: Array<I | Folder<A, I>>;
};
export interface CollectionFormatParts<A extends TSchema> {
    version: '2.1.0' | '2.0.0';
    auth: A;
    /** Response `header` alternatives besides the header array: 2.1.0 writes one {type:[string,null]}, 2.0.0 two. */
    responseHeaderScalars: TSchema[];
    /** Definitions only one version has (2.1.0's auth-attribute). */
    extraDefinitions: Record<string, TSchema>;
}
export declare function collectionFormat<A extends TSchema>(parts: CollectionFormatParts<A>): {
    Collection: TUnsafe<Open<{
        variable?: Open<{
            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            id?: string | undefined;
            name?: string | undefined;
            key?: string | undefined;
            value?: unknown;
            system?: boolean | undefined;
            disabled?: boolean | undefined;
        }>[] | undefined;
        event?: Open<{
            id?: string | undefined;
            disabled?: boolean | undefined;
            script?: Open<{
                type?: string | undefined;
                id?: string | undefined;
                name?: string | undefined;
                src?: string | Open<{
                    path?: string | (string | Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        id?: string | undefined;
                        name?: string | undefined;
                        key?: string | undefined;
                        value?: unknown;
                        system?: boolean | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    query?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        key?: string | null | undefined;
                        value?: string | null | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    raw?: string | undefined;
                    host?: string | string[] | undefined;
                    port?: string | undefined;
                    protocol?: string | undefined;
                    hash?: string | undefined;
                }> | undefined;
                exec?: string | string[] | undefined;
            }> | undefined;
            listen: string;
        }>[] | undefined;
        auth?: (A & {
            params: [];
        })["static"] | null | undefined;
        protocolProfileBehavior?: Record<string, unknown> | undefined;
        info: Open<{
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            _postman_id?: string | undefined;
            version?: string | Open<{
                identifier?: string | undefined;
                meta?: unknown;
                patch: number;
                major: number;
                minor: number;
            }> | undefined;
            name: string;
            schema: string;
        }>;
        item: (Open<{
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            id?: string | undefined;
            response?: Open<{
                id?: string | undefined;
                body?: string | null | undefined;
                status?: string | undefined;
                code?: number | undefined;
                originalRequest?: string | Open<{
                    url?: string | Open<{
                        path?: string | (string | Open<{
                            type?: string | undefined;
                            value?: string | undefined;
                        }>)[] | undefined;
                        variable?: Open<{
                            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            id?: string | undefined;
                            name?: string | undefined;
                            key?: string | undefined;
                            value?: unknown;
                            system?: boolean | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        query?: Open<{
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            key?: string | null | undefined;
                            value?: string | null | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        raw?: string | undefined;
                        host?: string | string[] | undefined;
                        port?: string | undefined;
                        protocol?: string | undefined;
                        hash?: string | undefined;
                    }> | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    body?: Open<{
                        mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                        file?: Open<{
                            content?: string | undefined;
                            src?: string | null | undefined;
                        }> | undefined;
                        raw?: string | undefined;
                        options?: Record<string, unknown> | undefined;
                        disabled?: boolean | undefined;
                        urlencoded?: Open<{
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            value?: string | undefined;
                            disabled?: boolean | undefined;
                            key: string;
                        }>[] | undefined;
                        formdata?: ({
                            type?: "text" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            value?: string | undefined;
                            disabled?: boolean | undefined;
                            contentType?: string | undefined;
                            key: string;
                        } | {
                            type?: "file" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            disabled?: boolean | undefined;
                            src?: string | unknown[] | null | undefined;
                            contentType?: string | undefined;
                            key: string;
                        })[] | undefined;
                        graphql?: Record<string, unknown> | undefined;
                    }> | null | undefined;
                    auth?: (A & {
                        params: [];
                    })["static"] | null | undefined;
                    method?: string | undefined;
                    certificate?: Open<{
                        name?: string | undefined;
                        key?: Open<{
                            src?: unknown;
                        }> | undefined;
                        passphrase?: string | undefined;
                        matches?: string[] | undefined;
                        cert?: Open<{
                            src?: unknown;
                        }> | undefined;
                    }> | undefined;
                    header?: string | Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        disabled?: boolean | undefined;
                        key: string;
                        value: string;
                    }>[] | undefined;
                    proxy?: Open<{
                        disabled?: boolean | undefined;
                        match?: string | undefined;
                        host?: string | undefined;
                        port?: number | undefined;
                        tunnel?: boolean | undefined;
                    }> | undefined;
                }> | undefined;
                cookie?: Open<{
                    name?: string | undefined;
                    value?: string | undefined;
                    expires?: string | null | undefined;
                    maxAge?: string | undefined;
                    hostOnly?: boolean | undefined;
                    httpOnly?: boolean | undefined;
                    secure?: boolean | undefined;
                    session?: boolean | undefined;
                    extensions?: unknown[] | undefined;
                    path: string;
                    domain: string;
                }>[] | undefined;
                header?: string | (string | Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>)[] | null | undefined;
                responseTime?: string | number | null | undefined;
                timings?: Record<string, unknown> | null | undefined;
            }>[] | undefined;
            name?: string | undefined;
            variable?: Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                id?: string | undefined;
                name?: string | undefined;
                key?: string | undefined;
                value?: unknown;
                system?: boolean | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            event?: Open<{
                id?: string | undefined;
                disabled?: boolean | undefined;
                script?: Open<{
                    type?: string | undefined;
                    id?: string | undefined;
                    name?: string | undefined;
                    src?: string | Open<{
                        path?: string | (string | Open<{
                            type?: string | undefined;
                            value?: string | undefined;
                        }>)[] | undefined;
                        variable?: Open<{
                            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            id?: string | undefined;
                            name?: string | undefined;
                            key?: string | undefined;
                            value?: unknown;
                            system?: boolean | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        query?: Open<{
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            key?: string | null | undefined;
                            value?: string | null | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        raw?: string | undefined;
                        host?: string | string[] | undefined;
                        port?: string | undefined;
                        protocol?: string | undefined;
                        hash?: string | undefined;
                    }> | undefined;
                    exec?: string | string[] | undefined;
                }> | undefined;
                listen: string;
            }>[] | undefined;
            protocolProfileBehavior?: Record<string, unknown> | undefined;
            request: string | Open<{
                url?: string | Open<{
                    path?: string | (string | Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        id?: string | undefined;
                        name?: string | undefined;
                        key?: string | undefined;
                        value?: unknown;
                        system?: boolean | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    query?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        key?: string | null | undefined;
                        value?: string | null | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    raw?: string | undefined;
                    host?: string | string[] | undefined;
                    port?: string | undefined;
                    protocol?: string | undefined;
                    hash?: string | undefined;
                }> | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                body?: Open<{
                    mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                    file?: Open<{
                        content?: string | undefined;
                        src?: string | null | undefined;
                    }> | undefined;
                    raw?: string | undefined;
                    options?: Record<string, unknown> | undefined;
                    disabled?: boolean | undefined;
                    urlencoded?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        key: string;
                    }>[] | undefined;
                    formdata?: ({
                        type?: "text" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        contentType?: string | undefined;
                        key: string;
                    } | {
                        type?: "file" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        disabled?: boolean | undefined;
                        src?: string | unknown[] | null | undefined;
                        contentType?: string | undefined;
                        key: string;
                    })[] | undefined;
                    graphql?: Record<string, unknown> | undefined;
                }> | null | undefined;
                auth?: (A & {
                    params: [];
                })["static"] | null | undefined;
                method?: string | undefined;
                certificate?: Open<{
                    name?: string | undefined;
                    key?: Open<{
                        src?: unknown;
                    }> | undefined;
                    passphrase?: string | undefined;
                    matches?: string[] | undefined;
                    cert?: Open<{
                        src?: unknown;
                    }> | undefined;
                }> | undefined;
                header?: string | Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>[] | undefined;
                proxy?: Open<{
                    disabled?: boolean | undefined;
                    match?: string | undefined;
                    host?: string | undefined;
                    port?: number | undefined;
                    tunnel?: boolean | undefined;
                }> | undefined;
            }>;
        }> | Folder<A, Open<{
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            id?: string | undefined;
            response?: Open<{
                id?: string | undefined;
                body?: string | null | undefined;
                status?: string | undefined;
                code?: number | undefined;
                originalRequest?: string | Open<{
                    url?: string | Open<{
                        path?: string | (string | Open<{
                            type?: string | undefined;
                            value?: string | undefined;
                        }>)[] | undefined;
                        variable?: Open<{
                            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            id?: string | undefined;
                            name?: string | undefined;
                            key?: string | undefined;
                            value?: unknown;
                            system?: boolean | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        query?: Open<{
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            key?: string | null | undefined;
                            value?: string | null | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        raw?: string | undefined;
                        host?: string | string[] | undefined;
                        port?: string | undefined;
                        protocol?: string | undefined;
                        hash?: string | undefined;
                    }> | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    body?: Open<{
                        mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                        file?: Open<{
                            content?: string | undefined;
                            src?: string | null | undefined;
                        }> | undefined;
                        raw?: string | undefined;
                        options?: Record<string, unknown> | undefined;
                        disabled?: boolean | undefined;
                        urlencoded?: Open<{
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            value?: string | undefined;
                            disabled?: boolean | undefined;
                            key: string;
                        }>[] | undefined;
                        formdata?: ({
                            type?: "text" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            value?: string | undefined;
                            disabled?: boolean | undefined;
                            contentType?: string | undefined;
                            key: string;
                        } | {
                            type?: "file" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            disabled?: boolean | undefined;
                            src?: string | unknown[] | null | undefined;
                            contentType?: string | undefined;
                            key: string;
                        })[] | undefined;
                        graphql?: Record<string, unknown> | undefined;
                    }> | null | undefined;
                    auth?: (A & {
                        params: [];
                    })["static"] | null | undefined;
                    method?: string | undefined;
                    certificate?: Open<{
                        name?: string | undefined;
                        key?: Open<{
                            src?: unknown;
                        }> | undefined;
                        passphrase?: string | undefined;
                        matches?: string[] | undefined;
                        cert?: Open<{
                            src?: unknown;
                        }> | undefined;
                    }> | undefined;
                    header?: string | Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        disabled?: boolean | undefined;
                        key: string;
                        value: string;
                    }>[] | undefined;
                    proxy?: Open<{
                        disabled?: boolean | undefined;
                        match?: string | undefined;
                        host?: string | undefined;
                        port?: number | undefined;
                        tunnel?: boolean | undefined;
                    }> | undefined;
                }> | undefined;
                cookie?: Open<{
                    name?: string | undefined;
                    value?: string | undefined;
                    expires?: string | null | undefined;
                    maxAge?: string | undefined;
                    hostOnly?: boolean | undefined;
                    httpOnly?: boolean | undefined;
                    secure?: boolean | undefined;
                    session?: boolean | undefined;
                    extensions?: unknown[] | undefined;
                    path: string;
                    domain: string;
                }>[] | undefined;
                header?: string | (string | Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>)[] | null | undefined;
                responseTime?: string | number | null | undefined;
                timings?: Record<string, unknown> | null | undefined;
            }>[] | undefined;
            name?: string | undefined;
            variable?: Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                id?: string | undefined;
                name?: string | undefined;
                key?: string | undefined;
                value?: unknown;
                system?: boolean | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            event?: Open<{
                id?: string | undefined;
                disabled?: boolean | undefined;
                script?: Open<{
                    type?: string | undefined;
                    id?: string | undefined;
                    name?: string | undefined;
                    src?: string | Open<{
                        path?: string | (string | Open<{
                            type?: string | undefined;
                            value?: string | undefined;
                        }>)[] | undefined;
                        variable?: Open<{
                            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            id?: string | undefined;
                            name?: string | undefined;
                            key?: string | undefined;
                            value?: unknown;
                            system?: boolean | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        query?: Open<{
                            description?: string | Open<{
                                type?: string | undefined;
                                content?: string | undefined;
                                version?: unknown;
                            }> | null | undefined;
                            key?: string | null | undefined;
                            value?: string | null | undefined;
                            disabled?: boolean | undefined;
                        }>[] | undefined;
                        raw?: string | undefined;
                        host?: string | string[] | undefined;
                        port?: string | undefined;
                        protocol?: string | undefined;
                        hash?: string | undefined;
                    }> | undefined;
                    exec?: string | string[] | undefined;
                }> | undefined;
                listen: string;
            }>[] | undefined;
            protocolProfileBehavior?: Record<string, unknown> | undefined;
            request: string | Open<{
                url?: string | Open<{
                    path?: string | (string | Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        id?: string | undefined;
                        name?: string | undefined;
                        key?: string | undefined;
                        value?: unknown;
                        system?: boolean | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    query?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        key?: string | null | undefined;
                        value?: string | null | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    raw?: string | undefined;
                    host?: string | string[] | undefined;
                    port?: string | undefined;
                    protocol?: string | undefined;
                    hash?: string | undefined;
                }> | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                body?: Open<{
                    mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                    file?: Open<{
                        content?: string | undefined;
                        src?: string | null | undefined;
                    }> | undefined;
                    raw?: string | undefined;
                    options?: Record<string, unknown> | undefined;
                    disabled?: boolean | undefined;
                    urlencoded?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        key: string;
                    }>[] | undefined;
                    formdata?: ({
                        type?: "text" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        contentType?: string | undefined;
                        key: string;
                    } | {
                        type?: "file" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        disabled?: boolean | undefined;
                        src?: string | unknown[] | null | undefined;
                        contentType?: string | undefined;
                        key: string;
                    })[] | undefined;
                    graphql?: Record<string, unknown> | undefined;
                }> | null | undefined;
                auth?: (A & {
                    params: [];
                })["static"] | null | undefined;
                method?: string | undefined;
                certificate?: Open<{
                    name?: string | undefined;
                    key?: Open<{
                        src?: unknown;
                    }> | undefined;
                    passphrase?: string | undefined;
                    matches?: string[] | undefined;
                    cert?: Open<{
                        src?: unknown;
                    }> | undefined;
                }> | undefined;
                header?: string | Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>[] | undefined;
                proxy?: Open<{
                    disabled?: boolean | undefined;
                    match?: string | undefined;
                    host?: string | undefined;
                    port?: number | undefined;
                    tunnel?: boolean | undefined;
                }> | undefined;
            }>;
        }>>)[];
    }>>;
    Request: TUnsafe<string | Open<{
        url?: string | Open<{
            path?: string | (string | Open<{
                type?: string | undefined;
                value?: string | undefined;
            }>)[] | undefined;
            variable?: Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                id?: string | undefined;
                name?: string | undefined;
                key?: string | undefined;
                value?: unknown;
                system?: boolean | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            query?: Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                key?: string | null | undefined;
                value?: string | null | undefined;
                disabled?: boolean | undefined;
            }>[] | undefined;
            raw?: string | undefined;
            host?: string | string[] | undefined;
            port?: string | undefined;
            protocol?: string | undefined;
            hash?: string | undefined;
        }> | undefined;
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        body?: Open<{
            mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
            file?: Open<{
                content?: string | undefined;
                src?: string | null | undefined;
            }> | undefined;
            raw?: string | undefined;
            options?: Record<string, unknown> | undefined;
            disabled?: boolean | undefined;
            urlencoded?: Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                value?: string | undefined;
                disabled?: boolean | undefined;
                key: string;
            }>[] | undefined;
            formdata?: ({
                type?: "text" | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                value?: string | undefined;
                disabled?: boolean | undefined;
                contentType?: string | undefined;
                key: string;
            } | {
                type?: "file" | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                src?: string | unknown[] | null | undefined;
                contentType?: string | undefined;
                key: string;
            })[] | undefined;
            graphql?: Record<string, unknown> | undefined;
        }> | null | undefined;
        auth?: (A & {
            params: [];
        })["static"] | null | undefined;
        method?: string | undefined;
        certificate?: Open<{
            name?: string | undefined;
            key?: Open<{
                src?: unknown;
            }> | undefined;
            passphrase?: string | undefined;
            matches?: string[] | undefined;
            cert?: Open<{
                src?: unknown;
            }> | undefined;
        }> | undefined;
        header?: string | Open<{
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            disabled?: boolean | undefined;
            key: string;
            value: string;
        }>[] | undefined;
        proxy?: Open<{
            disabled?: boolean | undefined;
            match?: string | undefined;
            host?: string | undefined;
            port?: number | undefined;
            tunnel?: boolean | undefined;
        }> | undefined;
    }>>;
    Response: TUnsafe<Open<{
        id?: string | undefined;
        body?: string | null | undefined;
        status?: string | undefined;
        code?: number | undefined;
        originalRequest?: string | Open<{
            url?: string | Open<{
                path?: string | (string | Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    id?: string | undefined;
                    name?: string | undefined;
                    key?: string | undefined;
                    value?: unknown;
                    system?: boolean | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                query?: Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    key?: string | null | undefined;
                    value?: string | null | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                raw?: string | undefined;
                host?: string | string[] | undefined;
                port?: string | undefined;
                protocol?: string | undefined;
                hash?: string | undefined;
            }> | undefined;
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            body?: Open<{
                mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                file?: Open<{
                    content?: string | undefined;
                    src?: string | null | undefined;
                }> | undefined;
                raw?: string | undefined;
                options?: Record<string, unknown> | undefined;
                disabled?: boolean | undefined;
                urlencoded?: Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    value?: string | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                }>[] | undefined;
                formdata?: ({
                    type?: "text" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    value?: string | undefined;
                    disabled?: boolean | undefined;
                    contentType?: string | undefined;
                    key: string;
                } | {
                    type?: "file" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    src?: string | unknown[] | null | undefined;
                    contentType?: string | undefined;
                    key: string;
                })[] | undefined;
                graphql?: Record<string, unknown> | undefined;
            }> | null | undefined;
            auth?: (A & {
                params: [];
            })["static"] | null | undefined;
            method?: string | undefined;
            certificate?: Open<{
                name?: string | undefined;
                key?: Open<{
                    src?: unknown;
                }> | undefined;
                passphrase?: string | undefined;
                matches?: string[] | undefined;
                cert?: Open<{
                    src?: unknown;
                }> | undefined;
            }> | undefined;
            header?: string | Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>[] | undefined;
            proxy?: Open<{
                disabled?: boolean | undefined;
                match?: string | undefined;
                host?: string | undefined;
                port?: number | undefined;
                tunnel?: boolean | undefined;
            }> | undefined;
        }> | undefined;
        cookie?: Open<{
            name?: string | undefined;
            value?: string | undefined;
            expires?: string | null | undefined;
            maxAge?: string | undefined;
            hostOnly?: boolean | undefined;
            httpOnly?: boolean | undefined;
            secure?: boolean | undefined;
            session?: boolean | undefined;
            extensions?: unknown[] | undefined;
            path: string;
            domain: string;
        }>[] | undefined;
        header?: string | (string | Open<{
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            disabled?: boolean | undefined;
            key: string;
            value: string;
        }>)[] | null | undefined;
        responseTime?: string | number | null | undefined;
        timings?: Record<string, unknown> | null | undefined;
    }>>;
    Item: TUnsafe<Open<{
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        id?: string | undefined;
        response?: Open<{
            id?: string | undefined;
            body?: string | null | undefined;
            status?: string | undefined;
            code?: number | undefined;
            originalRequest?: string | Open<{
                url?: string | Open<{
                    path?: string | (string | Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        id?: string | undefined;
                        name?: string | undefined;
                        key?: string | undefined;
                        value?: unknown;
                        system?: boolean | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    query?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        key?: string | null | undefined;
                        value?: string | null | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    raw?: string | undefined;
                    host?: string | string[] | undefined;
                    port?: string | undefined;
                    protocol?: string | undefined;
                    hash?: string | undefined;
                }> | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                body?: Open<{
                    mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                    file?: Open<{
                        content?: string | undefined;
                        src?: string | null | undefined;
                    }> | undefined;
                    raw?: string | undefined;
                    options?: Record<string, unknown> | undefined;
                    disabled?: boolean | undefined;
                    urlencoded?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        key: string;
                    }>[] | undefined;
                    formdata?: ({
                        type?: "text" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        contentType?: string | undefined;
                        key: string;
                    } | {
                        type?: "file" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        disabled?: boolean | undefined;
                        src?: string | unknown[] | null | undefined;
                        contentType?: string | undefined;
                        key: string;
                    })[] | undefined;
                    graphql?: Record<string, unknown> | undefined;
                }> | null | undefined;
                auth?: (A & {
                    params: [];
                })["static"] | null | undefined;
                method?: string | undefined;
                certificate?: Open<{
                    name?: string | undefined;
                    key?: Open<{
                        src?: unknown;
                    }> | undefined;
                    passphrase?: string | undefined;
                    matches?: string[] | undefined;
                    cert?: Open<{
                        src?: unknown;
                    }> | undefined;
                }> | undefined;
                header?: string | Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>[] | undefined;
                proxy?: Open<{
                    disabled?: boolean | undefined;
                    match?: string | undefined;
                    host?: string | undefined;
                    port?: number | undefined;
                    tunnel?: boolean | undefined;
                }> | undefined;
            }> | undefined;
            cookie?: Open<{
                name?: string | undefined;
                value?: string | undefined;
                expires?: string | null | undefined;
                maxAge?: string | undefined;
                hostOnly?: boolean | undefined;
                httpOnly?: boolean | undefined;
                secure?: boolean | undefined;
                session?: boolean | undefined;
                extensions?: unknown[] | undefined;
                path: string;
                domain: string;
            }>[] | undefined;
            header?: string | (string | Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>)[] | null | undefined;
            responseTime?: string | number | null | undefined;
            timings?: Record<string, unknown> | null | undefined;
        }>[] | undefined;
        name?: string | undefined;
        variable?: Open<{
            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            id?: string | undefined;
            name?: string | undefined;
            key?: string | undefined;
            value?: unknown;
            system?: boolean | undefined;
            disabled?: boolean | undefined;
        }>[] | undefined;
        event?: Open<{
            id?: string | undefined;
            disabled?: boolean | undefined;
            script?: Open<{
                type?: string | undefined;
                id?: string | undefined;
                name?: string | undefined;
                src?: string | Open<{
                    path?: string | (string | Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        id?: string | undefined;
                        name?: string | undefined;
                        key?: string | undefined;
                        value?: unknown;
                        system?: boolean | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    query?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        key?: string | null | undefined;
                        value?: string | null | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    raw?: string | undefined;
                    host?: string | string[] | undefined;
                    port?: string | undefined;
                    protocol?: string | undefined;
                    hash?: string | undefined;
                }> | undefined;
                exec?: string | string[] | undefined;
            }> | undefined;
            listen: string;
        }>[] | undefined;
        protocolProfileBehavior?: Record<string, unknown> | undefined;
        request: string | Open<{
            url?: string | Open<{
                path?: string | (string | Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    id?: string | undefined;
                    name?: string | undefined;
                    key?: string | undefined;
                    value?: unknown;
                    system?: boolean | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                query?: Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    key?: string | null | undefined;
                    value?: string | null | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                raw?: string | undefined;
                host?: string | string[] | undefined;
                port?: string | undefined;
                protocol?: string | undefined;
                hash?: string | undefined;
            }> | undefined;
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            body?: Open<{
                mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                file?: Open<{
                    content?: string | undefined;
                    src?: string | null | undefined;
                }> | undefined;
                raw?: string | undefined;
                options?: Record<string, unknown> | undefined;
                disabled?: boolean | undefined;
                urlencoded?: Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    value?: string | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                }>[] | undefined;
                formdata?: ({
                    type?: "text" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    value?: string | undefined;
                    disabled?: boolean | undefined;
                    contentType?: string | undefined;
                    key: string;
                } | {
                    type?: "file" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    src?: string | unknown[] | null | undefined;
                    contentType?: string | undefined;
                    key: string;
                })[] | undefined;
                graphql?: Record<string, unknown> | undefined;
            }> | null | undefined;
            auth?: (A & {
                params: [];
            })["static"] | null | undefined;
            method?: string | undefined;
            certificate?: Open<{
                name?: string | undefined;
                key?: Open<{
                    src?: unknown;
                }> | undefined;
                passphrase?: string | undefined;
                matches?: string[] | undefined;
                cert?: Open<{
                    src?: unknown;
                }> | undefined;
            }> | undefined;
            header?: string | Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>[] | undefined;
            proxy?: Open<{
                disabled?: boolean | undefined;
                match?: string | undefined;
                host?: string | undefined;
                port?: number | undefined;
                tunnel?: boolean | undefined;
            }> | undefined;
        }>;
    }>>;
    ItemGroup: TUnsafe<Folder<A, Open<{
        description?: string | Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        id?: string | undefined;
        response?: Open<{
            id?: string | undefined;
            body?: string | null | undefined;
            status?: string | undefined;
            code?: number | undefined;
            originalRequest?: string | Open<{
                url?: string | Open<{
                    path?: string | (string | Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        id?: string | undefined;
                        name?: string | undefined;
                        key?: string | undefined;
                        value?: unknown;
                        system?: boolean | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    query?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        key?: string | null | undefined;
                        value?: string | null | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    raw?: string | undefined;
                    host?: string | string[] | undefined;
                    port?: string | undefined;
                    protocol?: string | undefined;
                    hash?: string | undefined;
                }> | undefined;
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                body?: Open<{
                    mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                    file?: Open<{
                        content?: string | undefined;
                        src?: string | null | undefined;
                    }> | undefined;
                    raw?: string | undefined;
                    options?: Record<string, unknown> | undefined;
                    disabled?: boolean | undefined;
                    urlencoded?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        key: string;
                    }>[] | undefined;
                    formdata?: ({
                        type?: "text" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        value?: string | undefined;
                        disabled?: boolean | undefined;
                        contentType?: string | undefined;
                        key: string;
                    } | {
                        type?: "file" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        disabled?: boolean | undefined;
                        src?: string | unknown[] | null | undefined;
                        contentType?: string | undefined;
                        key: string;
                    })[] | undefined;
                    graphql?: Record<string, unknown> | undefined;
                }> | null | undefined;
                auth?: (A & {
                    params: [];
                })["static"] | null | undefined;
                method?: string | undefined;
                certificate?: Open<{
                    name?: string | undefined;
                    key?: Open<{
                        src?: unknown;
                    }> | undefined;
                    passphrase?: string | undefined;
                    matches?: string[] | undefined;
                    cert?: Open<{
                        src?: unknown;
                    }> | undefined;
                }> | undefined;
                header?: string | Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>[] | undefined;
                proxy?: Open<{
                    disabled?: boolean | undefined;
                    match?: string | undefined;
                    host?: string | undefined;
                    port?: number | undefined;
                    tunnel?: boolean | undefined;
                }> | undefined;
            }> | undefined;
            cookie?: Open<{
                name?: string | undefined;
                value?: string | undefined;
                expires?: string | null | undefined;
                maxAge?: string | undefined;
                hostOnly?: boolean | undefined;
                httpOnly?: boolean | undefined;
                secure?: boolean | undefined;
                session?: boolean | undefined;
                extensions?: unknown[] | undefined;
                path: string;
                domain: string;
            }>[] | undefined;
            header?: string | (string | Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>)[] | null | undefined;
            responseTime?: string | number | null | undefined;
            timings?: Record<string, unknown> | null | undefined;
        }>[] | undefined;
        name?: string | undefined;
        variable?: Open<{
            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            id?: string | undefined;
            name?: string | undefined;
            key?: string | undefined;
            value?: unknown;
            system?: boolean | undefined;
            disabled?: boolean | undefined;
        }>[] | undefined;
        event?: Open<{
            id?: string | undefined;
            disabled?: boolean | undefined;
            script?: Open<{
                type?: string | undefined;
                id?: string | undefined;
                name?: string | undefined;
                src?: string | Open<{
                    path?: string | (string | Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        id?: string | undefined;
                        name?: string | undefined;
                        key?: string | undefined;
                        value?: unknown;
                        system?: boolean | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    query?: Open<{
                        description?: string | Open<{
                            type?: string | undefined;
                            content?: string | undefined;
                            version?: unknown;
                        }> | null | undefined;
                        key?: string | null | undefined;
                        value?: string | null | undefined;
                        disabled?: boolean | undefined;
                    }>[] | undefined;
                    raw?: string | undefined;
                    host?: string | string[] | undefined;
                    port?: string | undefined;
                    protocol?: string | undefined;
                    hash?: string | undefined;
                }> | undefined;
                exec?: string | string[] | undefined;
            }> | undefined;
            listen: string;
        }>[] | undefined;
        protocolProfileBehavior?: Record<string, unknown> | undefined;
        request: string | Open<{
            url?: string | Open<{
                path?: string | (string | Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    id?: string | undefined;
                    name?: string | undefined;
                    key?: string | undefined;
                    value?: unknown;
                    system?: boolean | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                query?: Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    key?: string | null | undefined;
                    value?: string | null | undefined;
                    disabled?: boolean | undefined;
                }>[] | undefined;
                raw?: string | undefined;
                host?: string | string[] | undefined;
                port?: string | undefined;
                protocol?: string | undefined;
                hash?: string | undefined;
            }> | undefined;
            description?: string | Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            body?: Open<{
                mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                file?: Open<{
                    content?: string | undefined;
                    src?: string | null | undefined;
                }> | undefined;
                raw?: string | undefined;
                options?: Record<string, unknown> | undefined;
                disabled?: boolean | undefined;
                urlencoded?: Open<{
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    value?: string | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                }>[] | undefined;
                formdata?: ({
                    type?: "text" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    value?: string | undefined;
                    disabled?: boolean | undefined;
                    contentType?: string | undefined;
                    key: string;
                } | {
                    type?: "file" | undefined;
                    description?: string | Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    src?: string | unknown[] | null | undefined;
                    contentType?: string | undefined;
                    key: string;
                })[] | undefined;
                graphql?: Record<string, unknown> | undefined;
            }> | null | undefined;
            auth?: (A & {
                params: [];
            })["static"] | null | undefined;
            method?: string | undefined;
            certificate?: Open<{
                name?: string | undefined;
                key?: Open<{
                    src?: unknown;
                }> | undefined;
                passphrase?: string | undefined;
                matches?: string[] | undefined;
                cert?: Open<{
                    src?: unknown;
                }> | undefined;
            }> | undefined;
            header?: string | Open<{
                description?: string | Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>[] | undefined;
            proxy?: Open<{
                disabled?: boolean | undefined;
                match?: string | undefined;
                host?: string | undefined;
                port?: number | undefined;
                tunnel?: boolean | undefined;
            }> | undefined;
        }>;
    }>>>;
    Auth: A;
};
export {};
