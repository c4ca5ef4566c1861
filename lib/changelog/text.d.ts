/** A name on one line: line breaks and control characters become spaces; long names are cut with "…". */
export declare function oneLine(text: string, maxLength?: number): string;
/**
 * A name to show in a commit message or on GitHub: one line, and a word joiner (invisible) after
 * `#` before a word and `@` before a word, so a name cannot reference (and close: "Fixes #12")
 * an issue or mention someone.
 */
export declare function displayName(text: string, maxLength?: number): string;
/**
 * Text for Markdown (GitHub's job summary, pull request bodies) that renders as itself: HTML
 * characters as entities, Markdown punctuation backslash-escaped. `:`, `.` and `@` are escaped
 * too, which keeps GitHub's autolinks (www., https://, e-mail addresses) from making links.
 */
export declare function escapeMarkdown(text: string): string;
/**
 * One line of untrusted text for an HTML context that GitHub may also read as Markdown (the job
 * summary's tables and paragraphs): HTML specials and every character Markdown gives meaning to
 * become numeric entities (also `:` and `@`, so no autolink or mention), which render as themselves
 * in both: nothing shows a stray backslash, and nothing becomes a link, an image or a heading.
 */
export declare function escapeHtmlText(text: string): string;
/** A link target that stays a link target: http(s) only, with what could end it percent-encoded. */
export declare function safeUrl(url: string): string | undefined;
/** "a, b, c and 4 more": at most `max` of `items`. */
export declare function capList(items: string[], max: number, separator?: string): string;
/** "1 request", "2 requests". */
export declare function plural(count: number, noun: string): string;
/**
 * Lines of at most `width` columns (where the words allow): `head` then the clauses, comma
 * separated, breaking between clauses when one does not fit, within a clause only when it
 * alone is too long; continuation lines are indented two spaces.
 */
export declare function wrapClauses(head: string, clauses: string[], width: number): string[];
/**
 * Text from Postman or GitHub made safe for a terminal, keeping its line breaks: escape
 * sequences (ESC or CSI introduced, with their parameters) removed, other C0/C1 controls, DEL
 * and bidirectional overrides and isolates shown as U+FFFD.
 */
export declare function terminalText(text: string): string;
/** JSON text with C1 controls, line/paragraph separators and bidi overrides escaped (JSON.stringify leaves them raw). */
export declare function terminalJson(value: unknown, space?: number): string;
