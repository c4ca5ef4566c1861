import type { Logger } from '../logger.js';
import type { DocumentKind } from '../kinds/index.js';
import type { CliIO } from './io.js';
export interface Progress {
    done: number;
    total: number;
    kind: DocumentKind;
    name: string;
    fetched: boolean;
}
/** The library names options by key (`createBranch`); the CLI names its flags (`--create-branch`). */
export declare const inFlagTerms: (message: string) => string;
export declare class ProgressReporter implements Logger {
    private readonly io;
    private readonly verbose;
    private bar;
    constructor(io: CliIO, verbose: boolean);
    debug(): void;
    info(message: string): void;
    warn(message: string): void;
    error(message: string): void;
    progress: (p: Progress) => void;
    /** Leaves the terminal line clean once the bar is done. */
    end(): void;
    private line;
}
