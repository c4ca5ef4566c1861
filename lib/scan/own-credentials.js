// The run's own credentials (the Postman API key and the GitHub token) are removed from every
// string of a document by value, whatever the scan policy, in every encoding the leak scan of
// src/secrets.ts knows (plain, URL-encoded, base64 in any alignment) plus the JSON-escaped form
// a raw JSON body would hold.
import { secretForms } from '../secrets.js';
/** The forms of each credential to remove, longest first. */
export function ownCredentialForms(credentials) {
    const forms = new Set();
    for (const credential of credentials) {
        if (!credential)
            continue;
        for (const form of secretForms(credential))
            forms.add(form);
        const jsonEscaped = JSON.stringify(credential).slice(1, -1);
        if (jsonEscaped !== credential)
            for (const form of secretForms(jsonEscaped))
                forms.add(form);
    }
    return [...forms].sort((a, b) => b.length - a.length);
}
/**
 * `text` without any of `forms`: '' when the whole text is one of them, otherwise each
 * occurrence replaced by `placeholder`. Undefined when none occurs.
 */
export function removeForms(text, forms, placeholder) {
    if (forms.length === 0)
        return undefined;
    const trimmed = text.trim();
    if (forms.includes(trimmed))
        return '';
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join(placeholder);
    return out === text ? undefined : out;
}
