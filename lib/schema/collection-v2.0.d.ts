import { type Static } from '@sinclair/typebox';
export declare const CollectionV20Schema: import("@sinclair/typebox").TUnsafe<import("./typebox-helpers.js").Open<{
    variable?: import("./typebox-helpers.js").Open<{
        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
        description?: string | import("./typebox-helpers.js").Open<{
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
    event?: import("./typebox-helpers.js").Open<{
        id?: string | undefined;
        disabled?: boolean | undefined;
        script?: import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            id?: string | undefined;
            name?: string | undefined;
            src?: string | import("./typebox-helpers.js").Open<{
                path?: string | (string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: import("./typebox-helpers.js").Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | import("./typebox-helpers.js").Open<{
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
                query?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
    auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
    protocolProfileBehavior?: Record<string, unknown> | undefined;
    info: import("./typebox-helpers.js").Open<{
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        _postman_id?: string | undefined;
        version?: string | import("./typebox-helpers.js").Open<{
            identifier?: string | undefined;
            meta?: unknown;
            patch: number;
            major: number;
            minor: number;
        }> | undefined;
        name: string;
        schema: string;
    }>;
    item: (import("./typebox-helpers.js").Open<{
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        id?: string | undefined;
        response?: import("./typebox-helpers.js").Open<{
            id?: string | undefined;
            body?: string | null | undefined;
            status?: string | undefined;
            code?: number | undefined;
            originalRequest?: string | import("./typebox-helpers.js").Open<{
                url?: string | import("./typebox-helpers.js").Open<{
                    path?: string | (string | import("./typebox-helpers.js").Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: import("./typebox-helpers.js").Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | import("./typebox-helpers.js").Open<{
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
                    query?: import("./typebox-helpers.js").Open<{
                        description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                body?: import("./typebox-helpers.js").Open<{
                    mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                    file?: import("./typebox-helpers.js").Open<{
                        content?: string | undefined;
                        src?: string | null | undefined;
                    }> | undefined;
                    raw?: string | undefined;
                    options?: Record<string, unknown> | undefined;
                    disabled?: boolean | undefined;
                    urlencoded?: import("./typebox-helpers.js").Open<{
                        description?: string | import("./typebox-helpers.js").Open<{
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
                        description?: string | import("./typebox-helpers.js").Open<{
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
                        description?: string | import("./typebox-helpers.js").Open<{
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
                auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
                method?: string | undefined;
                certificate?: import("./typebox-helpers.js").Open<{
                    name?: string | undefined;
                    key?: import("./typebox-helpers.js").Open<{
                        src?: unknown;
                    }> | undefined;
                    passphrase?: string | undefined;
                    matches?: string[] | undefined;
                    cert?: import("./typebox-helpers.js").Open<{
                        src?: unknown;
                    }> | undefined;
                }> | undefined;
                header?: string | import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>[] | undefined;
                proxy?: import("./typebox-helpers.js").Open<{
                    disabled?: boolean | undefined;
                    match?: string | undefined;
                    host?: string | undefined;
                    port?: number | undefined;
                    tunnel?: boolean | undefined;
                }> | undefined;
            }> | undefined;
            cookie?: import("./typebox-helpers.js").Open<{
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
            header?: string | (string | import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
        variable?: import("./typebox-helpers.js").Open<{
            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
            description?: string | import("./typebox-helpers.js").Open<{
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
        event?: import("./typebox-helpers.js").Open<{
            id?: string | undefined;
            disabled?: boolean | undefined;
            script?: import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                id?: string | undefined;
                name?: string | undefined;
                src?: string | import("./typebox-helpers.js").Open<{
                    path?: string | (string | import("./typebox-helpers.js").Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: import("./typebox-helpers.js").Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | import("./typebox-helpers.js").Open<{
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
                    query?: import("./typebox-helpers.js").Open<{
                        description?: string | import("./typebox-helpers.js").Open<{
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
        request: string | import("./typebox-helpers.js").Open<{
            url?: string | import("./typebox-helpers.js").Open<{
                path?: string | (string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: import("./typebox-helpers.js").Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | import("./typebox-helpers.js").Open<{
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
                query?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            body?: import("./typebox-helpers.js").Open<{
                mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                file?: import("./typebox-helpers.js").Open<{
                    content?: string | undefined;
                    src?: string | null | undefined;
                }> | undefined;
                raw?: string | undefined;
                options?: Record<string, unknown> | undefined;
                disabled?: boolean | undefined;
                urlencoded?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
            auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
            method?: string | undefined;
            certificate?: import("./typebox-helpers.js").Open<{
                name?: string | undefined;
                key?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
                passphrase?: string | undefined;
                matches?: string[] | undefined;
                cert?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
            }> | undefined;
            header?: string | import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>[] | undefined;
            proxy?: import("./typebox-helpers.js").Open<{
                disabled?: boolean | undefined;
                match?: string | undefined;
                host?: string | undefined;
                port?: number | undefined;
                tunnel?: boolean | undefined;
            }> | undefined;
        }>;
    }> | import("./collection-format.js").Folder<import("@sinclair/typebox").TUnsafe<import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>>>, import("./typebox-helpers.js").Open<{
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        id?: string | undefined;
        response?: import("./typebox-helpers.js").Open<{
            id?: string | undefined;
            body?: string | null | undefined;
            status?: string | undefined;
            code?: number | undefined;
            originalRequest?: string | import("./typebox-helpers.js").Open<{
                url?: string | import("./typebox-helpers.js").Open<{
                    path?: string | (string | import("./typebox-helpers.js").Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: import("./typebox-helpers.js").Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | import("./typebox-helpers.js").Open<{
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
                    query?: import("./typebox-helpers.js").Open<{
                        description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                body?: import("./typebox-helpers.js").Open<{
                    mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                    file?: import("./typebox-helpers.js").Open<{
                        content?: string | undefined;
                        src?: string | null | undefined;
                    }> | undefined;
                    raw?: string | undefined;
                    options?: Record<string, unknown> | undefined;
                    disabled?: boolean | undefined;
                    urlencoded?: import("./typebox-helpers.js").Open<{
                        description?: string | import("./typebox-helpers.js").Open<{
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
                        description?: string | import("./typebox-helpers.js").Open<{
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
                        description?: string | import("./typebox-helpers.js").Open<{
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
                auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
                method?: string | undefined;
                certificate?: import("./typebox-helpers.js").Open<{
                    name?: string | undefined;
                    key?: import("./typebox-helpers.js").Open<{
                        src?: unknown;
                    }> | undefined;
                    passphrase?: string | undefined;
                    matches?: string[] | undefined;
                    cert?: import("./typebox-helpers.js").Open<{
                        src?: unknown;
                    }> | undefined;
                }> | undefined;
                header?: string | import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
                        type?: string | undefined;
                        content?: string | undefined;
                        version?: unknown;
                    }> | null | undefined;
                    disabled?: boolean | undefined;
                    key: string;
                    value: string;
                }>[] | undefined;
                proxy?: import("./typebox-helpers.js").Open<{
                    disabled?: boolean | undefined;
                    match?: string | undefined;
                    host?: string | undefined;
                    port?: number | undefined;
                    tunnel?: boolean | undefined;
                }> | undefined;
            }> | undefined;
            cookie?: import("./typebox-helpers.js").Open<{
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
            header?: string | (string | import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
        variable?: import("./typebox-helpers.js").Open<{
            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
            description?: string | import("./typebox-helpers.js").Open<{
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
        event?: import("./typebox-helpers.js").Open<{
            id?: string | undefined;
            disabled?: boolean | undefined;
            script?: import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                id?: string | undefined;
                name?: string | undefined;
                src?: string | import("./typebox-helpers.js").Open<{
                    path?: string | (string | import("./typebox-helpers.js").Open<{
                        type?: string | undefined;
                        value?: string | undefined;
                    }>)[] | undefined;
                    variable?: import("./typebox-helpers.js").Open<{
                        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                        description?: string | import("./typebox-helpers.js").Open<{
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
                    query?: import("./typebox-helpers.js").Open<{
                        description?: string | import("./typebox-helpers.js").Open<{
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
        request: string | import("./typebox-helpers.js").Open<{
            url?: string | import("./typebox-helpers.js").Open<{
                path?: string | (string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: import("./typebox-helpers.js").Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | import("./typebox-helpers.js").Open<{
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
                query?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            body?: import("./typebox-helpers.js").Open<{
                mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                file?: import("./typebox-helpers.js").Open<{
                    content?: string | undefined;
                    src?: string | null | undefined;
                }> | undefined;
                raw?: string | undefined;
                options?: Record<string, unknown> | undefined;
                disabled?: boolean | undefined;
                urlencoded?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
            auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
            method?: string | undefined;
            certificate?: import("./typebox-helpers.js").Open<{
                name?: string | undefined;
                key?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
                passphrase?: string | undefined;
                matches?: string[] | undefined;
                cert?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
            }> | undefined;
            header?: string | import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>[] | undefined;
            proxy?: import("./typebox-helpers.js").Open<{
                disabled?: boolean | undefined;
                match?: string | undefined;
                host?: string | undefined;
                port?: number | undefined;
                tunnel?: boolean | undefined;
            }> | undefined;
        }>;
    }>>)[];
}>>;
export declare const RequestV20Schema: import("@sinclair/typebox").TUnsafe<string | import("./typebox-helpers.js").Open<{
    url?: string | import("./typebox-helpers.js").Open<{
        path?: string | (string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            value?: string | undefined;
        }>)[] | undefined;
        variable?: import("./typebox-helpers.js").Open<{
            type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
            description?: string | import("./typebox-helpers.js").Open<{
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
        query?: import("./typebox-helpers.js").Open<{
            description?: string | import("./typebox-helpers.js").Open<{
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
    description?: string | import("./typebox-helpers.js").Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    body?: import("./typebox-helpers.js").Open<{
        mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
        file?: import("./typebox-helpers.js").Open<{
            content?: string | undefined;
            src?: string | null | undefined;
        }> | undefined;
        raw?: string | undefined;
        options?: Record<string, unknown> | undefined;
        disabled?: boolean | undefined;
        urlencoded?: import("./typebox-helpers.js").Open<{
            description?: string | import("./typebox-helpers.js").Open<{
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
            description?: string | import("./typebox-helpers.js").Open<{
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
            description?: string | import("./typebox-helpers.js").Open<{
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
    auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
    method?: string | undefined;
    certificate?: import("./typebox-helpers.js").Open<{
        name?: string | undefined;
        key?: import("./typebox-helpers.js").Open<{
            src?: unknown;
        }> | undefined;
        passphrase?: string | undefined;
        matches?: string[] | undefined;
        cert?: import("./typebox-helpers.js").Open<{
            src?: unknown;
        }> | undefined;
    }> | undefined;
    header?: string | import("./typebox-helpers.js").Open<{
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        disabled?: boolean | undefined;
        key: string;
        value: string;
    }>[] | undefined;
    proxy?: import("./typebox-helpers.js").Open<{
        disabled?: boolean | undefined;
        match?: string | undefined;
        host?: string | undefined;
        port?: number | undefined;
        tunnel?: boolean | undefined;
    }> | undefined;
}>>;
export declare const ItemV20Schema: import("@sinclair/typebox").TUnsafe<import("./typebox-helpers.js").Open<{
    description?: string | import("./typebox-helpers.js").Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    id?: string | undefined;
    response?: import("./typebox-helpers.js").Open<{
        id?: string | undefined;
        body?: string | null | undefined;
        status?: string | undefined;
        code?: number | undefined;
        originalRequest?: string | import("./typebox-helpers.js").Open<{
            url?: string | import("./typebox-helpers.js").Open<{
                path?: string | (string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: import("./typebox-helpers.js").Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | import("./typebox-helpers.js").Open<{
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
                query?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            body?: import("./typebox-helpers.js").Open<{
                mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                file?: import("./typebox-helpers.js").Open<{
                    content?: string | undefined;
                    src?: string | null | undefined;
                }> | undefined;
                raw?: string | undefined;
                options?: Record<string, unknown> | undefined;
                disabled?: boolean | undefined;
                urlencoded?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
            auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
            method?: string | undefined;
            certificate?: import("./typebox-helpers.js").Open<{
                name?: string | undefined;
                key?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
                passphrase?: string | undefined;
                matches?: string[] | undefined;
                cert?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
            }> | undefined;
            header?: string | import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>[] | undefined;
            proxy?: import("./typebox-helpers.js").Open<{
                disabled?: boolean | undefined;
                match?: string | undefined;
                host?: string | undefined;
                port?: number | undefined;
                tunnel?: boolean | undefined;
            }> | undefined;
        }> | undefined;
        cookie?: import("./typebox-helpers.js").Open<{
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
        header?: string | (string | import("./typebox-helpers.js").Open<{
            description?: string | import("./typebox-helpers.js").Open<{
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
    variable?: import("./typebox-helpers.js").Open<{
        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
        description?: string | import("./typebox-helpers.js").Open<{
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
    event?: import("./typebox-helpers.js").Open<{
        id?: string | undefined;
        disabled?: boolean | undefined;
        script?: import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            id?: string | undefined;
            name?: string | undefined;
            src?: string | import("./typebox-helpers.js").Open<{
                path?: string | (string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: import("./typebox-helpers.js").Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | import("./typebox-helpers.js").Open<{
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
                query?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
    request: string | import("./typebox-helpers.js").Open<{
        url?: string | import("./typebox-helpers.js").Open<{
            path?: string | (string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                value?: string | undefined;
            }>)[] | undefined;
            variable?: import("./typebox-helpers.js").Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | import("./typebox-helpers.js").Open<{
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
            query?: import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        body?: import("./typebox-helpers.js").Open<{
            mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
            file?: import("./typebox-helpers.js").Open<{
                content?: string | undefined;
                src?: string | null | undefined;
            }> | undefined;
            raw?: string | undefined;
            options?: Record<string, unknown> | undefined;
            disabled?: boolean | undefined;
            urlencoded?: import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
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
        auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
        method?: string | undefined;
        certificate?: import("./typebox-helpers.js").Open<{
            name?: string | undefined;
            key?: import("./typebox-helpers.js").Open<{
                src?: unknown;
            }> | undefined;
            passphrase?: string | undefined;
            matches?: string[] | undefined;
            cert?: import("./typebox-helpers.js").Open<{
                src?: unknown;
            }> | undefined;
        }> | undefined;
        header?: string | import("./typebox-helpers.js").Open<{
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            disabled?: boolean | undefined;
            key: string;
            value: string;
        }>[] | undefined;
        proxy?: import("./typebox-helpers.js").Open<{
            disabled?: boolean | undefined;
            match?: string | undefined;
            host?: string | undefined;
            port?: number | undefined;
            tunnel?: boolean | undefined;
        }> | undefined;
    }>;
}>>;
export declare const ItemGroupV20Schema: import("@sinclair/typebox").TUnsafe<import("./collection-format.js").Folder<import("@sinclair/typebox").TUnsafe<import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>>>, import("./typebox-helpers.js").Open<{
    description?: string | import("./typebox-helpers.js").Open<{
        type?: string | undefined;
        content?: string | undefined;
        version?: unknown;
    }> | null | undefined;
    id?: string | undefined;
    response?: import("./typebox-helpers.js").Open<{
        id?: string | undefined;
        body?: string | null | undefined;
        status?: string | undefined;
        code?: number | undefined;
        originalRequest?: string | import("./typebox-helpers.js").Open<{
            url?: string | import("./typebox-helpers.js").Open<{
                path?: string | (string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: import("./typebox-helpers.js").Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | import("./typebox-helpers.js").Open<{
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
                query?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            body?: import("./typebox-helpers.js").Open<{
                mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
                file?: import("./typebox-helpers.js").Open<{
                    content?: string | undefined;
                    src?: string | null | undefined;
                }> | undefined;
                raw?: string | undefined;
                options?: Record<string, unknown> | undefined;
                disabled?: boolean | undefined;
                urlencoded?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
                    description?: string | import("./typebox-helpers.js").Open<{
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
            auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
            method?: string | undefined;
            certificate?: import("./typebox-helpers.js").Open<{
                name?: string | undefined;
                key?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
                passphrase?: string | undefined;
                matches?: string[] | undefined;
                cert?: import("./typebox-helpers.js").Open<{
                    src?: unknown;
                }> | undefined;
            }> | undefined;
            header?: string | import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    content?: string | undefined;
                    version?: unknown;
                }> | null | undefined;
                disabled?: boolean | undefined;
                key: string;
                value: string;
            }>[] | undefined;
            proxy?: import("./typebox-helpers.js").Open<{
                disabled?: boolean | undefined;
                match?: string | undefined;
                host?: string | undefined;
                port?: number | undefined;
                tunnel?: boolean | undefined;
            }> | undefined;
        }> | undefined;
        cookie?: import("./typebox-helpers.js").Open<{
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
        header?: string | (string | import("./typebox-helpers.js").Open<{
            description?: string | import("./typebox-helpers.js").Open<{
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
    variable?: import("./typebox-helpers.js").Open<{
        type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
        description?: string | import("./typebox-helpers.js").Open<{
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
    event?: import("./typebox-helpers.js").Open<{
        id?: string | undefined;
        disabled?: boolean | undefined;
        script?: import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            id?: string | undefined;
            name?: string | undefined;
            src?: string | import("./typebox-helpers.js").Open<{
                path?: string | (string | import("./typebox-helpers.js").Open<{
                    type?: string | undefined;
                    value?: string | undefined;
                }>)[] | undefined;
                variable?: import("./typebox-helpers.js").Open<{
                    type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                    description?: string | import("./typebox-helpers.js").Open<{
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
                query?: import("./typebox-helpers.js").Open<{
                    description?: string | import("./typebox-helpers.js").Open<{
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
    request: string | import("./typebox-helpers.js").Open<{
        url?: string | import("./typebox-helpers.js").Open<{
            path?: string | (string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                value?: string | undefined;
            }>)[] | undefined;
            variable?: import("./typebox-helpers.js").Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | import("./typebox-helpers.js").Open<{
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
            query?: import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        body?: import("./typebox-helpers.js").Open<{
            mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
            file?: import("./typebox-helpers.js").Open<{
                content?: string | undefined;
                src?: string | null | undefined;
            }> | undefined;
            raw?: string | undefined;
            options?: Record<string, unknown> | undefined;
            disabled?: boolean | undefined;
            urlencoded?: import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
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
        auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
        method?: string | undefined;
        certificate?: import("./typebox-helpers.js").Open<{
            name?: string | undefined;
            key?: import("./typebox-helpers.js").Open<{
                src?: unknown;
            }> | undefined;
            passphrase?: string | undefined;
            matches?: string[] | undefined;
            cert?: import("./typebox-helpers.js").Open<{
                src?: unknown;
            }> | undefined;
        }> | undefined;
        header?: string | import("./typebox-helpers.js").Open<{
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            disabled?: boolean | undefined;
            key: string;
            value: string;
        }>[] | undefined;
        proxy?: import("./typebox-helpers.js").Open<{
            disabled?: boolean | undefined;
            match?: string | undefined;
            host?: string | undefined;
            port?: number | undefined;
            tunnel?: boolean | undefined;
        }> | undefined;
    }>;
}>>>;
export declare const ResponseV20Schema: import("@sinclair/typebox").TUnsafe<import("./typebox-helpers.js").Open<{
    id?: string | undefined;
    body?: string | null | undefined;
    status?: string | undefined;
    code?: number | undefined;
    originalRequest?: string | import("./typebox-helpers.js").Open<{
        url?: string | import("./typebox-helpers.js").Open<{
            path?: string | (string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                value?: string | undefined;
            }>)[] | undefined;
            variable?: import("./typebox-helpers.js").Open<{
                type?: "string" | "number" | "boolean" | "secret" | "default" | "any" | undefined;
                description?: string | import("./typebox-helpers.js").Open<{
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
            query?: import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
        description?: string | import("./typebox-helpers.js").Open<{
            type?: string | undefined;
            content?: string | undefined;
            version?: unknown;
        }> | null | undefined;
        body?: import("./typebox-helpers.js").Open<{
            mode?: "file" | "raw" | "urlencoded" | "formdata" | "graphql" | undefined;
            file?: import("./typebox-helpers.js").Open<{
                content?: string | undefined;
                src?: string | null | undefined;
            }> | undefined;
            raw?: string | undefined;
            options?: Record<string, unknown> | undefined;
            disabled?: boolean | undefined;
            urlencoded?: import("./typebox-helpers.js").Open<{
                description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
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
                description?: string | import("./typebox-helpers.js").Open<{
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
        auth?: import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>> | null | undefined;
        method?: string | undefined;
        certificate?: import("./typebox-helpers.js").Open<{
            name?: string | undefined;
            key?: import("./typebox-helpers.js").Open<{
                src?: unknown;
            }> | undefined;
            passphrase?: string | undefined;
            matches?: string[] | undefined;
            cert?: import("./typebox-helpers.js").Open<{
                src?: unknown;
            }> | undefined;
        }> | undefined;
        header?: string | import("./typebox-helpers.js").Open<{
            description?: string | import("./typebox-helpers.js").Open<{
                type?: string | undefined;
                content?: string | undefined;
                version?: unknown;
            }> | null | undefined;
            disabled?: boolean | undefined;
            key: string;
            value: string;
        }>[] | undefined;
        proxy?: import("./typebox-helpers.js").Open<{
            disabled?: boolean | undefined;
            match?: string | undefined;
            host?: string | undefined;
            port?: number | undefined;
            tunnel?: boolean | undefined;
        }> | undefined;
    }> | undefined;
    cookie?: import("./typebox-helpers.js").Open<{
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
    header?: string | (string | import("./typebox-helpers.js").Open<{
        description?: string | import("./typebox-helpers.js").Open<{
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
export declare const AuthV20Schema: import("@sinclair/typebox").TUnsafe<import("./collection-format.js").AuthOf<"basic" | "digest" | "apikey" | "awsv4" | "bearer" | "edgegrid" | "hawk" | "ntlm" | "oauth1" | "oauth2" | "noauth", Record<string, unknown>>>;
export type CollectionV20 = Static<typeof CollectionV20Schema>;
