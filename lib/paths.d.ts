/** Values a file name or commit message template may use. */
export interface TemplateValues {
    name: string;
    id: string;
    uid: string;
}
export declare const TEMPLATE_PLACEHOLDERS: ReadonlyArray<keyof TemplateValues>;
/** Values of a commit message template: a file name's, plus `{changes}` (the changelog in one line). */
export interface MessageValues extends TemplateValues {
    changes: string;
}
/** A commit message may also say what changed; a file name may not (it would change every run). */
export declare const MESSAGE_PLACEHOLDERS: ReadonlyArray<keyof MessageValues>;
/** Throws an InputError naming `input` when the template uses an unknown placeholder. */
export declare function checkTemplate(template: string, input: string, allowed?: ReadonlyArray<string>): void;
/**
 * Checks a file name template before any request: unknown placeholders, and what its literal
 * text alone would make of a path ("..", a leading "/", ".git", backslashes, control characters,
 * over-long names). Placeholder values are made safe later, when they are known.
 */
export declare function checkFileNameTemplate(template: string, input: string): void;
/** Fills placeholders as they are (for commit messages; `{changes}` is empty when not given). */
export declare function renderText(template: string, values: TemplateValues & {
    changes?: string;
}, input: string): string;
/**
 * Makes a value safe as (part of) one path segment: one Unicode spelling (NFC, so the NFC and
 * NFD forms of a name are one file), unsafe characters become "_".
 */
export declare function sanitizeNamePart(value: string): string;
/** Renders a file name template; placeholder values are sanitized so they cannot add folders. */
export declare function renderFileName(template: string, values: TemplateValues, input?: string): string;
/** Checks a repository-relative path; refuses anything that could escape or corrupt the repository. */
export declare function checkPath(path: string, input: string): void;
/** Normalizes and checks the directory input: "" or "." is the repository root; one trailing "/" is dropped. */
export declare function normalizeDirectory(directory: string, input?: string): string;
export declare function joinRepoPath(directory: string, fileName: string): string;
