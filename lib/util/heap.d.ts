/** The most the heap may grow beyond the live set before the next full collection, in percent. */
export declare const HEAP_GROWING_PERCENT = 20;
/** Applies the heap policy to this process; V8 reads it at each collection, so it works at any time. */
export declare function keepHeapCompact(): void;
