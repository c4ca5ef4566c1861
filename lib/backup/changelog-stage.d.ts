import { type DocumentChange } from '../changelog/index.js';
import type { Logger } from '../logger.js';
/** Reads the file a document had on the branch (the writer's readFile); undefined when there is none. */
export type ReadPrevious = () => Promise<Buffer | undefined>;
/**
 * The change record of a document the run writes: `content` (the new file) against the branch's
 * file, which `read` fetches. Undefined for a kind the diff engine does not know.
 */
export declare function describeWrittenDocument(doc: {
    kind: string;
    name: string;
}, path: string, content: string, read: ReadPrevious, logger: Logger, 
/** The document `content` serializes, when the caller still has it: saves parsing it again. */
written?: unknown): Promise<DocumentChange | undefined>;
/** The change record of a document whose file the run deletes (pruned: gone from Postman). */
export declare function describeRemovedDocument(doc: {
    kind: string;
    name: string;
}, path: string, read: ReadPrevious, logger: Logger): Promise<DocumentChange | undefined>;
/** Documents in a stable order: by path, as the commit lists them. */
export declare function sortChanges(changes: DocumentChange[]): DocumentChange[];
/** The changelog as Markdown (job summary, pull request body), each file linked by `urlOf`. */
export declare function changesMarkdown(changes: DocumentChange[], urlOf: (path: string) => string | undefined): string;
