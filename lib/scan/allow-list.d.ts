export type AllowEntry = string | {
    pointer?: string;
    rule?: string;
};
/** A predicate over (pointer, rule) built from the entries. */
export declare function allowMatcher(entries?: readonly AllowEntry[]): (pointer: string, rule: string) => boolean;
