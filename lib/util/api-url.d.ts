/** A URL as it may be shown: without any `user:password@`. */
export declare function withoutUserinfo(url: string): string;
/** Whether `hostname` (as URL gives it: IPv6 in brackets) is this machine. */
export declare function isLoopbackHost(hostname: string): boolean;
/**
 * Why `url` cannot carry a credential, or undefined when it can: not an http(s) URL, user info
 * in it, or plain http to another machine. `example` completes the message.
 */
export declare function apiUrlProblem(url: string, example: string): string | undefined;
