/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export function serializeJson(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
}
