// The secret scan as each kind applies it: JSON documents string by string (scanDocument), a
// spec's files as text (scanText). Findings carry JSON pointers into the document and rule ids,
// never values.
import { scanDocument, scanText } from '../scan/index.js';
import { isObject } from '../util/json.js';
/** Every string of a JSON document. */
export async function scanJson(document, options) {
    const result = await scanDocument(document, options);
    return {
        document: result.document,
        findings: result.findings.map(({ pointer, rule, action }) => ({ pointer, rule, action })),
        refused: result.refused
    };
}
/** A spec: each file's content as text; the other fields are names and types. */
export async function scanSpecFiles(document, options) {
    if (!isObject(document) || !Array.isArray(document.files))
        return { document, findings: [], refused: false };
    const findings = [];
    let refused = false;
    const files = [];
    for (const [i, file] of document.files.entries()) {
        if (typeof file.content !== 'string') {
            files.push(file);
            continue;
        }
        const result = await scanText(file.content, options);
        refused ||= result.refused;
        for (const { line, rule, action } of result.findings)
            findings.push({ pointer: `/files/${i}/content`, line, rule, action });
        files.push(result.text === file.content ? file : { ...file, content: result.text });
    }
    return { document: { ...document, files }, findings, refused };
}
