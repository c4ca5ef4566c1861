// When a backup run stops early and keeps what it has: a cancelled job (the caller's AbortSignal,
// which the action and the CLI wire to SIGTERM/SIGINT), `maxDuration`, or Postman refusing more
// calls (the monthly quota, a rate limit that outlasted the retries). The run then fetches nothing
// more, commits the documents it has, and records the rest as pending for the next run.
import { InputError } from '../errors.js'

export type StopReason = 'signal' | 'max-duration' | 'quota'

/** Why a run stopped early, in words for people. */
export interface RunStop {
  reason: StopReason
  message: string
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 }

/**
 * `maxDuration` in milliseconds: `90s`, `45m`, `2h`, `1h30m`, or a number of minutes. Undefined
 * (or empty) means no limit.
 */
export function parseDuration(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined
  const text = String(value).trim().toLowerCase()
  if (text === '') return undefined
  let ms: number
  if (/^\d+(\.\d+)?$/.test(text)) ms = Number(text) * UNITS.m
  else if (/^(\d+(\.\d+)?[hms])+$/.test(text)) {
    ms = 0
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)([hms])/g)) ms += Number(amount) * UNITS[unit]
  } else {
    throw new InputError(
      'maxDuration',
      `"${String(value)}" is not a duration. Use e.g. 45m, 90s or 2h, or minutes as a number.`
    )
  }
  if (!(ms >= 1000)) throw new InputError('maxDuration', `"${String(value)}" is shorter than a second.`)
  return ms
}

/** Raised inside the run when a task meets the stop; never leaves the pipeline. */
export class Stopped extends Error {}

/** The run's stop: set once, by the first of the caller's signal, the deadline or the pipeline. */
export class RunStopper {
  private readonly controller = new AbortController()
  private timer: NodeJS.Timeout | undefined
  private readonly onAbort = () => this.stop('signal', 'The run was cancelled (SIGTERM or SIGINT).')
  stopped: RunStop | undefined

  constructor(
    private readonly outer: AbortSignal | undefined,
    maxDurationMs: number | undefined
  ) {
    if (outer?.aborted) this.onAbort()
    else outer?.addEventListener('abort', this.onAbort, { once: true })
    if (maxDurationMs !== undefined) {
      this.timer = setTimeout(
        () => this.stop('max-duration', `The run reached max-duration (${Math.round(maxDurationMs / 1000)} s).`),
        maxDurationMs
      )
      this.timer.unref()
    }
  }

  /** Why the run stopped, in words ('' while it runs). */
  why(): string {
    return this.stopped?.message ?? ''
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  stop(reason: StopReason, message: string): void {
    if (this.stopped) return
    this.stopped = { reason, message }
    this.controller.abort()
  }

  /** `work`, unless the run stops first: then Stopped (the work's own outcome is ignored). */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.stopped) {
      work.catch(() => undefined)
      return Promise.reject(new Stopped())
    }
    return new Promise<T>((resolve, reject) => {
      const onStop = () => reject(new Stopped())
      this.signal.addEventListener('abort', onStop, { once: true })
      work.then(
        (value) => {
          this.signal.removeEventListener('abort', onStop)
          resolve(value)
        },
        (error: unknown) => {
          this.signal.removeEventListener('abort', onStop)
          reject(error)
        }
      )
    })
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.outer?.removeEventListener('abort', this.onAbort)
  }
}

/**
 * An AbortSignal that the first SIGTERM or SIGINT aborts (a cancelled or timed-out job: the run
 * then commits what it has); a second one exits at once. For the front ends; `dispose` removes
 * the handlers.
 */
export function stopOnSignals(onFirst?: (signal: NodeJS.Signals) => void): {
  signal: AbortSignal
  dispose: () => void
} {
  const controller = new AbortController()
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143)
    onFirst?.(signal)
    controller.abort()
  }
  process.on('SIGTERM', handler)
  process.on('SIGINT', handler)
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGTERM', handler)
      process.off('SIGINT', handler)
    }
  }
}
