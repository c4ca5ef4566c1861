// Credentials must never reach logs, messages or thrown errors. Besides the raw value we also
// blank its URL-encoded and base64 forms, which is how it would appear in a header, a URL or an
// encoded body. Inside longer base64 text a secret's encoding depends on its byte offset, so
// we blank the part of each of the three alignments that does not depend on neighbouring bytes.
function base64Forms(secret) {
    const bytes = Buffer.from(secret, 'utf8');
    const forms = [];
    for (const offset of [0, 1, 2]) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        forms.push(offset === 0 ? encoded : '');
        const start = offset === 0 ? 0 : 4;
        const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 4;
        const core = encoded.slice(start, end);
        if (core.length >= 8)
            forms.push(core);
    }
    return forms.filter(Boolean).flatMap((f) => [f, f.replace(/\+/g, '-').replace(/\//g, '_')]);
}
export function secretForms(secret) {
    if (secret.length < 4)
        return [];
    const forms = new Set([secret, encodeURIComponent(secret), ...base64Forms(secret)]);
    // Longest first, so a full form is replaced before a part of it.
    return [...forms].sort((a, b) => b.length - a.length);
}
export function redactText(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (!secret)
            continue;
        for (const form of secretForms(secret))
            out = out.split(form).join('***');
    }
    return out;
}
