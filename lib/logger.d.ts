/** Where the library reports progress. Silent unless the caller passes one. */
export interface Logger {
    debug(message: string): void;
    info(message: string): void;
    warn(message: string): void;
    error(message: string): void;
}
export declare const silentLogger: Logger;
