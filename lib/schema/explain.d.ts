export interface ExplainedIssue {
    pointer: string;
    message: string;
    keyword: string;
    /** Number of pointer segments (for "most specific first"). */
    depth: number;
    /** Definition and property the failing value belongs to, to recognise known deviations. */
    definition?: string;
    property?: string;
    value?: unknown;
}
/** JSON pointer escaping of one reference token (RFC 6901). */
export declare function escapePointerToken(token: string): string;
export declare function explain(root: object, data: unknown): ExplainedIssue[];
