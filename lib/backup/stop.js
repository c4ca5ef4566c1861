// When a backup run stops early and keeps what it has: a cancelled job (the caller's AbortSignal,
// which the action and the CLI wire to SIGTERM/SIGINT), `maxDuration`, or Postman refusing more
// calls (the monthly quota, a rate limit that outlasted the retries). The run then fetches nothing
// more, commits the documents it has, and records the rest as pending for the next run.
import { InputError } from '../errors.js';
const UNITS = { s: 1000, m: 60_000, h: 3_600_000 };
/**
 * `maxDuration` in milliseconds: `90s`, `45m`, `2h`, `1h30m`, or a number of minutes. Undefined
 * (or empty) means no limit.
 */
export function parseDuration(value) {
    if (value === undefined)
        return undefined;
    const text = String(value).trim().toLowerCase();
    if (text === '')
        return undefined;
    let ms;
    if (/^\d+(\.\d+)?$/.test(text))
        ms = Number(text) * UNITS.m;
    else if (/^(\d+(\.\d+)?[hms])+$/.test(text)) {
        ms = 0;
        for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)([hms])/g))
            ms += Number(amount) * UNITS[unit];
    }
    else {
        throw new InputError('maxDuration', `"${String(value)}" is not a duration. Use e.g. 45m, 90s or 2h, or minutes as a number.`);
    }
    if (!(ms >= 1000))
        throw new InputError('maxDuration', `"${String(value)}" is shorter than a second.`);
    return ms;
}
/** Raised inside the run when a task meets the stop; never leaves the pipeline. */
export class Stopped extends Error {
}
/** The run's stop: set once, by the first of the caller's signal, the deadline or the pipeline. */
export class RunStopper {
    outer;
    controller = new AbortController();
    timer;
    onAbort = () => this.stop('signal', 'The run was cancelled (SIGTERM or SIGINT).');
    stopped;
    constructor(outer, maxDurationMs) {
        this.outer = outer;
        if (outer?.aborted)
            this.onAbort();
        else
            outer?.addEventListener('abort', this.onAbort, { once: true });
        if (maxDurationMs !== undefined) {
            this.timer = setTimeout(() => this.stop('max-duration', `The run reached max-duration (${Math.round(maxDurationMs / 1000)} s).`), maxDurationMs);
            this.timer.unref();
        }
    }
    /** Why the run stopped, in words ('' while it runs). */
    why() {
        return this.stopped?.message ?? '';
    }
    get signal() {
        return this.controller.signal;
    }
    stop(reason, message) {
        if (this.stopped)
            return;
        this.stopped = { reason, message };
        this.controller.abort();
    }
    /** `work`, unless the run stops first: then Stopped (the work's own outcome is ignored). */
    race(work) {
        if (this.stopped) {
            work.catch(() => undefined);
            return Promise.reject(new Stopped());
        }
        return new Promise((resolve, reject) => {
            const onStop = () => reject(new Stopped());
            this.signal.addEventListener('abort', onStop, { once: true });
            work.then((value) => {
                this.signal.removeEventListener('abort', onStop);
                resolve(value);
            }, (error) => {
                this.signal.removeEventListener('abort', onStop);
                reject(error);
            });
        });
    }
    dispose() {
        if (this.timer)
            clearTimeout(this.timer);
        this.outer?.removeEventListener('abort', this.onAbort);
    }
}
/**
 * An AbortSignal that the first SIGTERM or SIGINT aborts (a cancelled or timed-out job: the run
 * then commits what it has); a second one exits at once. For the front ends; `dispose` removes
 * the handlers.
 */
export function stopOnSignals(onFirst) {
    const controller = new AbortController();
    const handler = (signal) => {
        if (controller.signal.aborted)
            process.exit(signal === 'SIGINT' ? 130 : 143);
        onFirst?.(signal);
        controller.abort();
    };
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGTERM', handler);
            process.off('SIGINT', handler);
        }
    };
}
