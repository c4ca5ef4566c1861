// The heap policy of a process that runs backups (the action, the CLI; a library caller decides
// for its own process). A run holds little at a time (a few documents in flight, one tree
// request's content) but allocates each document several times over: parsed, redacted, scanned,
// serialized, sent. V8 lets garbage grow to several times the live set before a full collection,
// so a first run of hundreds of multi-megabyte documents peaked near 700 MB while never holding
// 150 MB. Growing the heap by at most a fifth between collections keeps the peak near the live
// set, for a few percent more time spent collecting (the run waits on the network meanwhile).
import { setFlagsFromString } from 'node:v8'

/** The most the heap may grow beyond the live set before the next full collection, in percent. */
export const HEAP_GROWING_PERCENT = 20

/** Applies the heap policy to this process; V8 reads it at each collection, so it works at any time. */
export function keepHeapCompact(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
