import { formatIssue, MAX_REPORTED_ERRORS } from './common.js';
import { escapePointerToken } from './explain.js';
import type { ValidationMode } from '../modes.js';
export type { ValidationMode };
export type CollectionVersion = '2.1.0' | '2.0.0';
export interface ValidationIssue {
    /** JSON pointer (RFC 6901) into the document, e.g. /item/3/request/url; '' is the whole document. */
    pointer: string;
    /** What is wrong there (or, for a warning, what was accepted), e.g. 'must be equal to one of the allowed values: ...'. */
    message: string;
}
export interface ValidationResult {
    valid: boolean;
    /** From info.schema; undefined if it cannot be told (the document is then validated as 2.1.0). */
    version: CollectionVersion | undefined;
    /** The first few reasons (at most MAX_REPORTED_ERRORS), most specific first; empty when valid. */
    errors: ValidationIssue[];
    /** Lenient mode: one per accepted deviation, with its pointer. Empty otherwise. */
    warnings: ValidationIssue[];
}
export { MAX_REPORTED_ERRORS, formatIssue };
export declare function validateCollection(doc: unknown, mode?: ValidationMode): ValidationResult;
/** '2.1.0' or '2.0.0' as named by info.schema (e.g. https://schema.getpostman.com/json/collection/v2.1.0/collection.json). */
export declare function detectCollectionVersion(doc: unknown): CollectionVersion | undefined;
/** Re-exported for callers that build pointers themselves. */
export { escapePointerToken };
