/** The forms of each credential to remove, longest first. */
export declare function ownCredentialForms(credentials: ReadonlyArray<string | undefined>): string[];
/**
 * `text` without any of `forms`: '' when the whole text is one of them, otherwise each
 * occurrence replaced by `placeholder`. Undefined when none occurs.
 */
export declare function removeForms(text: string, forms: readonly string[], placeholder: string): string | undefined;
