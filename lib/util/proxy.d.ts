type Env = Record<string, string | undefined>;
/** Whether NO_PROXY says `target` is reached directly. */
export declare function bypassesProxy(target: URL, env?: Env): boolean;
/** The proxy URL for a request to `target`, or undefined for a direct connection. */
export declare function proxyUrlFor(target: string | URL, env?: Env): string | undefined;
export {};
