import type { DocumentChange } from './changes.js';
export interface CommitBodyOptions {
    /** Column to wrap at (72). */
    width?: number;
    /** Names listed per kind of change before "and N more" (5). */
    maxNames?: number;
    /** Documents listed before "and N more documents" (50). */
    maxDocuments?: number;
    /** Whether documents whose only changes are formatting or managed fields get a line (true). */
    includeFormatting?: boolean;
}
/**
 * The commit message body: one paragraph line per document, e.g.
 * `Orders API: 2 requests added (Refunds / Create refund, …), 1 changed (Orders / Create order)`,
 * wrapped at `width` with two-space continuation lines. Empty when `changes` is.
 */
export declare function renderCommitBody(changes: DocumentChange[], options?: CommitBodyOptions): string;
/**
 * One line for a `{changes}` placeholder in the commit subject, e.g.
 * `2 requests added, 1 changed in Orders API; Staging created`, at most `maxLength` characters
 * (documents that do not fit: "and N more"). Documents with only formatting changes are left out.
 */
export declare function renderChangesSummary(changes: DocumentChange[], options?: {
    maxLength?: number;
}): string;
export interface MarkdownOptions {
    /** A link for the document's file (e.g. on GitHub at the new commit); http(s) only. */
    linkFor?: (change: DocumentChange) => string | undefined;
    /** Names listed per kind of change before "and N more" (20). */
    maxNames?: number;
}
/**
 * Markdown for a job summary or pull request body: per document a line with its name, kind and
 * file (linked when `linkFor` gives a URL), then one bullet per kind of change and one line per
 * name. Every name is escaped; no name can make a link, an image, a heading or HTML.
 */
export declare function renderChangesMarkdown(changes: DocumentChange[], options?: MarkdownOptions): string;
