import type { ExplainedIssue } from './explain.js';
import type { ValidationIssue, ValidationMode } from './validate.js';
import { isObject } from '../util/json.js';
import { VALIDATION_MODES } from '../modes.js';
export { isObject };
export declare const MAX_REPORTED_ERRORS = 10;
export { VALIDATION_MODES };
/** Throws a TypeError for anything but strict, lenient or off (callers from JavaScript can pass anything). */
export declare function checkMode(mode: ValidationMode): void;
/** `/item/3/request: must be object or string` ('(root)' for the whole document). */
export declare function formatIssue(issue: ValidationIssue): string;
/** The walk's issues (explain.ts), most specific (deepest) first, otherwise in the walk's order; each message through `message`. */
export declare function deepestFirst(explained: ExplainedIssue[], message: (issue: ExplainedIssue) => string): ValidationIssue[];
/** What is reported: each issue once, at most MAX_REPORTED_ERRORS. */
export declare function reportable(issues: ValidationIssue[]): ValidationIssue[];
/** A Postman API error answer ({"error": {"name", "message"}}) in place of the document, e.g. `what` 'a collection'. */
export declare function apiErrorIssue(doc: Record<string, unknown>, what: string): ValidationIssue | undefined;
/** What a value that is not a document is, in words: 'an array', 'a string that looks like an HTML or XML page', …. */
export declare function describeValue(value: unknown): string;
export declare function clip(text: string, max?: number): string;
/**
 * Deepest nesting of objects and arrays a document may have. Validation, redaction and
 * serialization walk documents recursively and would overflow the stack somewhere past 2,000
 * levels (explaining an invalid document first); real collections stay under 100 (a request
 * 30 folders deep is about 70). Deeper documents fail validation, in every mode, with this reason.
 */
export declare const MAX_DOCUMENT_DEPTH = 500;
/**
 * Where `doc` nests deeper than `max` levels of objects and arrays: the JSON pointer of the first
 * value past the limit (shortened), or undefined. Iterative, so it cannot overflow the stack itself.
 */
export declare function tooDeepAt(doc: unknown, max?: number): string | undefined;
/** The issue a document deeper than MAX_DOCUMENT_DEPTH fails validation with. */
export declare function tooDeepIssue(at: string): ValidationIssue;
