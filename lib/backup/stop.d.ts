export type StopReason = 'signal' | 'max-duration' | 'quota';
/** Why a run stopped early, in words for people. */
export interface RunStop {
    reason: StopReason;
    message: string;
}
/**
 * `maxDuration` in milliseconds: `90s`, `45m`, `2h`, `1h30m`, or a number of minutes. Undefined
 * (or empty) means no limit.
 */
export declare function parseDuration(value: string | number | undefined): number | undefined;
/** Raised inside the run when a task meets the stop; never leaves the pipeline. */
export declare class Stopped extends Error {
}
/** The run's stop: set once, by the first of the caller's signal, the deadline or the pipeline. */
export declare class RunStopper {
    private readonly outer;
    private readonly controller;
    private timer;
    private readonly onAbort;
    stopped: RunStop | undefined;
    constructor(outer: AbortSignal | undefined, maxDurationMs: number | undefined);
    /** Why the run stopped, in words ('' while it runs). */
    why(): string;
    get signal(): AbortSignal;
    stop(reason: StopReason, message: string): void;
    /** `work`, unless the run stops first: then Stopped (the work's own outcome is ignored). */
    race<T>(work: Promise<T>): Promise<T>;
    dispose(): void;
}
/**
 * An AbortSignal that the first SIGTERM or SIGINT aborts (a cancelled or timed-out job: the run
 * then commits what it has); a second one exits at once. For the front ends; `dispose` removes
 * the handlers.
 */
export declare function stopOnSignals(onFirst?: (signal: NodeJS.Signals) => void): {
    signal: AbortSignal;
    dispose: () => void;
};
