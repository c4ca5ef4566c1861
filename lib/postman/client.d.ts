import { type Logger } from '../logger.js';
import { type Json } from '../util/json.js';
export declare const DEFAULT_POSTMAN_API_URL = "https://api.postman.com";
export interface RetryOptions {
    /** Total attempts per request, the first included (default 5). */
    attempts?: number;
    /** First backoff delay; doubles per attempt (default 1000 ms). */
    baseDelayMs?: number;
    /** Longest single wait, Retry-After included; a longer Retry-After fails instead (default 120 s). */
    maxDelayMs?: number;
}
export interface PostmanClientOptions {
    apiKey: string;
    /** https://api.postman.com (default), https://api.eu.postman.com, or a compatible server. */
    baseUrl?: string;
    logger?: Logger;
    /**
     * Total deadline of each request: connect, headers and the whole body (default 30 s). A server
     * that drips bytes cannot stretch it; an expired deadline is retried once, then fails.
     */
    timeoutMs?: number;
    /**
     * Largest answer accepted, in bytes, counted as received and again after inflating a compressed
     * answer (default 150 MiB, far above any real collection). A larger one fails at once, unretried.
     */
    maxAnswerBytes?: number;
    /**
     * Most JSON values (objects, arrays and the items between commas) an answer may hold (default
     * 10 million): 150 MB of `{}` would take 4.5 GB of heap to parse. Checked before parsing.
     */
    maxAnswerValues?: number;
    retry?: RetryOptions;
    /** For tests: replaces the real timer in backoff waits. */
    sleep?: (ms: number) => Promise<void>;
}
/** A collection or environment as the list endpoints report it. */
export interface DocumentSummary {
    id: string;
    uid: string;
    name: string;
    owner?: string;
    createdAt?: string;
    updatedAt?: string;
}
export type CollectionSummary = DocumentSummary;
export type EnvironmentSummary = DocumentSummary;
export interface WorkspaceDetails {
    id: string;
    name: string;
    type?: string;
    collections?: Array<{
        id: string;
        uid: string;
        name: string;
    }>;
    environments?: Array<{
        id: string;
        uid: string;
        name: string;
    }>;
}
/** What Postman answers to a write: the document's identity (the body itself is not echoed). */
export interface WrittenDocument {
    id: string;
    uid: string;
    name: string;
}
/** A Spec Hub specification as the list and GET /specs/{id} give it. */
export interface SpecSummary {
    id: string;
    name: string;
    /** OPENAPI:3.0, ASYNCAPI:2.0, PROTOBUF:3, GRAPHQL, … */
    type: string;
    createdAt?: string;
    updatedAt?: string;
}
export interface SpecFileSummary {
    id?: string;
    path: string;
    /** ROOT (the entry point) or DEFAULT. */
    type?: string;
    updatedAt?: string;
}
/** The rate-limit state of the last answer, from its headers, when Postman sent them. */
export interface RateLimitState {
    limit?: number;
    remaining?: number;
    /** Seconds until the window resets. */
    resetSeconds?: number;
    /** Calls left this month (usage limit), when reported. */
    remainingMonth?: number;
}
/** Default of PostmanClientOptions.maxAnswerBytes. */
export declare const DEFAULT_MAX_ANSWER_BYTES: number;
/** Default of PostmanClientOptions.maxAnswerValues. */
export declare const DEFAULT_MAX_ANSWER_VALUES = 10000000;
/** Default of PostmanClientOptions.timeoutMs. */
export declare const DEFAULT_POSTMAN_DEADLINE_MS = 30000;
/** Most pages a list may take: real lists come in one answer, or in a few pages of 100s. */
export declare const MAX_LIST_PAGES = 1000;
/** Most documents a list may claim (meta.total): far above any real team's workspace. */
export declare const MAX_LIST_ITEMS = 100000;
export declare function checkApiKey(apiKey: string | undefined, input?: string): string;
/**
 * A small Postman API client: X-Api-Key auth, bounded retries with backoff that honour
 * Retry-After, and errors a user can act on. Never includes the key in what it throws or logs.
 */
export declare class PostmanClient {
    readonly baseUrl: string;
    /** Every request made, for reports: "GET /collections". */
    readonly calls: string[];
    rateLimit: RateLimitState;
    private warnedMonthly;
    private readonly pacer;
    private readonly deadlineMs;
    private readonly maxAnswerBytes;
    private readonly maxAnswerValues;
    private readonly http;
    private readonly apiKey;
    private readonly logger;
    private readonly attempts;
    private readonly baseDelayMs;
    private readonly maxDelayMs;
    private readonly sleep;
    constructor(options: PostmanClientOptions);
    /** The user the key belongs to: a cheap way to check a key. */
    getAuthenticatedUser(): Promise<{
        id: number | string;
        username?: string;
        teamName?: string;
    }>;
    /** Every collection visible to the key (in `workspace` when given), following limit/offset paging. */
    listCollections(workspace?: string): Promise<CollectionSummary[]>;
    listEnvironments(workspace?: string): Promise<EnvironmentSummary[]>;
    /** The collection document (the `collection` member of Postman's envelope). */
    getCollection(idOrUid: string): Promise<Json>;
    getEnvironment(idOrUid: string): Promise<Json>;
    getWorkspace(id: string): Promise<WorkspaceDetails>;
    /**
     * PUT /collections/{id}: replaces the collection with `collection` (Collection Format v2.1.0).
     * Items keep their history when their `id`s are sent; id-less items are recreated. `async`
     * sends `Prefer: respond-async` (for very large collections) and waits for the update task.
     * Retried like a GET: the same PUT twice leaves the same collection.
     */
    updateCollection(idOrUid: string, collection: object, options?: {
        async?: boolean;
    }): Promise<WrittenDocument>;
    /**
     * POST /collections?workspace=: creates a collection (in the key owner's oldest personal
     * workspace without `workspace`). Never sent twice unless Postman's answer proves the first
     * was refused (429, 503): see TransientFailure.nothingDone.
     */
    createCollection(collection: object, workspace?: string): Promise<WrittenDocument>;
    /** PUT /environments/{id}: replaces the environment's name and variables. */
    updateEnvironment(idOrUid: string, environment: {
        name?: string;
        values?: unknown[];
    }): Promise<WrittenDocument>;
    /** POST /environments?workspace=: creates an environment; retried only as createCollection is. */
    createEnvironment(environment: {
        name: string;
        values?: unknown[];
    }, workspace?: string): Promise<WrittenDocument>;
    /** GET /workspaces/{id}/global-variables: `{values: [...]}` (an empty list when the workspace has none). */
    getGlobals(workspaceId: string): Promise<Json>;
    /** PUT /workspaces/{id}/global-variables: replaces every global of the workspace with `values`. */
    updateGlobals(workspaceId: string, values: unknown[]): Promise<Json>;
    /** Every spec of a workspace (GET /specs?workspaceId=), following meta.nextCursor. */
    listSpecs(workspaceId: string): Promise<SpecSummary[]>;
    getSpec(id: string): Promise<SpecSummary & {
        fileFormat?: string;
    }>;
    /** The spec's files without their contents (GET /specs/{id}/files). */
    listSpecFiles(id: string): Promise<SpecFileSummary[]>;
    /** One file with its `content` (a string, as stored: JSON, YAML or protobuf text). */
    getSpecFile(id: string, path: string): Promise<SpecFileSummary & {
        content: string;
    }>;
    /** POST /specs?workspaceId=: a new spec with its files (one ROOT file when several). Never sent twice. */
    createSpec(workspaceId: string, spec: {
        name: string;
        type: string;
        files: Array<{
            path: string;
            content: string;
            type?: string;
        }>;
    }): Promise<SpecSummary>;
    /** PATCH /specs/{id}: renames the spec. */
    updateSpec(id: string, properties: {
        name: string;
    }): Promise<SpecSummary>;
    /** POST /specs/{id}/files: adds a file (type DEFAULT). */
    createSpecFile(id: string, file: {
        path: string;
        content: string;
    }): Promise<SpecFileSummary>;
    /** PATCH /specs/{id}/files/{path}: one property per call (Postman refuses several): content, type or name. */
    updateSpecFile(id: string, path: string, change: {
        content: string;
    } | {
        type: 'ROOT' | 'DEFAULT';
    } | {
        name: string;
    }): Promise<SpecFileSummary>;
    /** DELETE /specs/{id}/files/{path}; a file already gone counts as deleted (a retried DELETE). */
    deleteSpecFile(id: string, path: string): Promise<void>;
    deleteSpec(id: string): Promise<void>;
    deleteCollection(idOrUid: string): Promise<void>;
    deleteEnvironment(idOrUid: string): Promise<void>;
    private deleteQuietly;
    /** Lists paged with `cursor` and `meta.nextCursor` (the Spec Hub routes), within MAX_LIST_PAGES. */
    private listByCursor;
    private written;
    /** GET /collection-updates-tasks/{id} until the asynchronous update is done. */
    private waitForTask;
    private unwrap;
    /**
     * Follows meta.total with limit/offset, within bounds: a list that claims more than
     * MAX_LIST_ITEMS, a page that brings nothing new, more pages than `total` allows, or more than
     * MAX_LIST_PAGES stop with an error rather than page on.
     */
    private listPaged;
    /** `document`: the answer is a document to back up (checked for repeated keys). */
    private get;
    private request;
    private readRateLimit;
    /**
     * One HTTP exchange within the deadline and the size caps, paced by the rate limit: the
     * status, the headers and the (inflated) body text.
     */
    private exchange;
    private attempt;
}
