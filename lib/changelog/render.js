import { capList, displayName, escapeMarkdown, plural, safeUrl, wrapClauses } from './text.js';
const KIND_LABEL = { collection: 'collection', environment: 'environment', globals: 'globals' };
/** Property names (keys of the document) as people know them. */
const PROPERTY_LABEL = { event: 'scripts', auth: 'authorization', 'info.schema': 'schema' };
/** The changes of one document as sections, names passed through `name` (one-lining, escaping). */
function sectionsOf(diff, name) {
    const path = (p) => p.map(name).join(' / ');
    const place = (p) => (p.length ? path(p) : 'the top level');
    const last = (p) => name(p[p.length - 1] ?? '');
    const contents = (e) => (e.requests ? plural(e.requests, 'request') : 'empty');
    const sections = [];
    const add = (category, status, items) => {
        if (items.length)
            sections.push({ category, status, items });
    };
    const items = (category, changes, show) => {
        for (const status of ['added', 'removed', 'changed']) {
            // What was added or removed with a folder is counted in that folder's line.
            add(category, status, changes[status].filter((e) => !e.within).map((e) => show(e, status)));
        }
        add(category, 'renamed', changes.renamed.map((e) => {
            const text = `"${name(e.from)}" → "${last(e.path)}"`;
            return { list: text, inline: `${category} renamed ${text}` };
        }));
        add(category, 'moved', changes.moved.map((e) => {
            const text = `"${last(e.path)}" from ${place(e.fromFolder)} to ${place(e.toFolder)}`;
            return { list: text, inline: `${category} moved ${text}` };
        }));
    };
    items('folder', diff.folders, (e, status) => {
        const suffix = status === 'changed' ? '' : ` (${contents(e)})`;
        return { list: `"${path(e.path)}"${suffix}`, inline: `folder "${path(e.path)}" ${status}${suffix}` };
    });
    items('request', diff.requests, (e, status) => ({
        list: path(e.path),
        inline: `request "${path(e.path)}" ${status}`
    }));
    const { examples } = diff;
    for (const status of ['added', 'removed', 'changed']) {
        add('example', status, examples[status].map((e) => ({
            list: `"${name(e.name)}" of ${path(e.request)}`,
            inline: `example "${name(e.name)}" of ${path(e.request)} ${status}`
        })));
    }
    add('example', 'renamed', examples.renamed.map((e) => {
        const text = `"${name(e.from)}" → "${name(e.name)}" of ${path(e.request)}`;
        return { list: text, inline: `example renamed ${text}` };
    }));
    for (const status of ['added', 'removed', 'changed']) {
        add('variable', status, diff.variables[status].map((key) => ({ list: name(key), inline: `variable ${name(key)} ${status}` })));
    }
    return sections;
}
function propertiesClause(properties, name) {
    if (!properties.length)
        return undefined;
    const labels = properties.map((p) => name(PROPERTY_LABEL[p] ?? p));
    const listed = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0];
    return `${listed} changed`;
}
function totalsText(kind, totals) {
    if (!totals)
        return '';
    const parts = [];
    if (kind === 'collection') {
        if (totals.requests || totals.folders)
            parts.push(totals.folders
                ? `${plural(totals.requests, 'request')} in ${plural(totals.folders, 'folder')}`
                : plural(totals.requests, 'request'));
        if (totals.examples)
            parts.push(plural(totals.examples, 'example'));
    }
    if (totals.variables)
        parts.push(plural(totals.variables, 'variable'));
    return parts.length ? ` (${parts.join(', ')})` : '';
}
/** What to say of a document that is not `changed`: created, removed, updated, formatting. */
function statusClause(change) {
    switch (change.status) {
        case 'created':
            return `created${totalsText(change.kind, change.totals)}`;
        case 'removed':
            return `removed${totalsText(change.kind, change.totals)}`;
        case 'updated':
            return 'updated (the previous version could not be compared)';
        case 'formatting':
            return 'only formatting or fields Postman manages changed';
        default:
            return undefined;
    }
}
/** The sentences of one document's changes: each category's items inline when it has one, else counted. */
function clausesOf(change, name, maxNames) {
    const status = statusClause(change);
    if (status || !change.diff)
        return [status ?? 'updated'];
    const clauses = [];
    if (change.renamedFrom !== undefined)
        clauses.push(`renamed from "${name(change.renamedFrom)}"`);
    const sections = sectionsOf(change.diff, name);
    let previous;
    for (const section of sections) {
        const inCategory = sections.filter((s) => s.category === section.category);
        const total = inCategory.reduce((sum, s) => sum + s.items.length, 0);
        if (total === 1)
            clauses.push(section.items[0].inline);
        else {
            const count = previous === section.category ? String(section.items.length) : plural(section.items.length, section.category);
            clauses.push(`${count} ${section.status} (${capList(section.items.map((i) => i.list), maxNames)})`);
        }
        previous = section.category;
    }
    const properties = propertiesClause(change.diff.properties, name);
    if (properties)
        clauses.push(properties);
    return clauses.length ? clauses : ['updated'];
}
/** "Orders API", "Staging (environment)"; quoted when it alone could read as a commit trailer key. */
function commitLabel(change) {
    const name = displayName(change.name);
    const label = change.kind === 'collection' ? name : `${name} (${KIND_LABEL[change.kind]})`;
    // git takes `Token: value` as a trailer; one shaped like `Co-authored-by` or `Signed-off-by` is
    // quoted, which makes it prose (single words such as "Petstore" are harmless and stay bare).
    return /^[A-Za-z0-9]+(-[A-Za-z0-9]+)+$/.test(label) ? `"${label}"` : label;
}
/**
 * The commit message body: one paragraph line per document, e.g.
 * `Orders API: 2 requests added (Refunds / Create refund, …), 1 changed (Orders / Create order)`,
 * wrapped at `width` with two-space continuation lines. Empty when `changes` is.
 */
export function renderCommitBody(changes, options = {}) {
    const { width = 72, maxNames = 5, maxDocuments = 50, includeFormatting = true } = options;
    const shown = changes.filter((c) => includeFormatting || c.status !== 'formatting');
    const lines = [];
    for (const change of shown.slice(0, maxDocuments)) {
        lines.push(...wrapClauses(`${commitLabel(change)}:`, clausesOf(change, (t) => displayName(t), maxNames), width));
    }
    if (shown.length > maxDocuments)
        lines.push(`and ${plural(shown.length - maxDocuments, 'more document')}`);
    return lines.join('\n');
}
/**
 * One line for a `{changes}` placeholder in the commit subject, e.g.
 * `2 requests added, 1 changed in Orders API; Staging created`, at most `maxLength` characters
 * (documents that do not fit: "and N more"). Documents with only formatting changes are left out.
 */
export function renderChangesSummary(changes, options = {}) {
    const { maxLength = 100 } = options;
    const parts = [];
    for (const change of changes) {
        const name = displayName(change.name, 40);
        if (change.status === 'created' || change.status === 'removed' || change.status === 'updated') {
            parts.push(`${name} ${change.status}`);
            continue;
        }
        if (change.status !== 'changed' || !change.diff)
            continue;
        const counts = change.renamedFrom !== undefined ? ['renamed'] : [];
        let previous;
        for (const section of sectionsOf(change.diff, (t) => t)) {
            const n = section.items.length;
            counts.push(`${previous === section.category ? n : plural(n, section.category)} ${section.status}`);
            previous = section.category;
        }
        if (change.diff.properties.length)
            counts.push(`${plural(change.diff.properties.length, 'property')} changed`);
        parts.push(`${counts.join(', ')} in ${name}`);
    }
    if (!parts.length)
        return changes.length ? 'no content changes' : '';
    let line = '';
    let shown = 0;
    for (const part of parts) {
        const next = line ? `${line}; ${part}` : part;
        const rest = parts.length - shown - 1;
        if (line && next.length + (rest ? `; and ${rest} more`.length : 0) > maxLength)
            break;
        line = next;
        shown++;
    }
    const tail = shown < parts.length ? `; and ${parts.length - shown} more` : '';
    const room = Math.max(1, maxLength - tail.length);
    return ([...line].length > room ? `${[...line].slice(0, room - 1).join('')}…` : line) + tail;
}
/**
 * Markdown for a job summary or pull request body: per document a line with its name, kind and
 * file (linked when `linkFor` gives a URL), then one bullet per kind of change and one line per
 * name. Every name is escaped; no name can make a link, an image, a heading or HTML.
 */
export function renderChangesMarkdown(changes, options = {}) {
    const { maxNames = 20 } = options;
    const blocks = [];
    for (const change of changes) {
        let head = `**${escapeMarkdown(change.name)}** (${KIND_LABEL[change.kind]})`;
        if (change.path !== undefined) {
            const url = options.linkFor ? options.linkFor(change) : undefined;
            const target = url === undefined ? undefined : safeUrl(url);
            const file = escapeMarkdown(change.path);
            head += target ? ` · [${file}](${target})` : ` · ${file}`;
        }
        const status = statusClause(change);
        if (status || !change.diff) {
            blocks.push(`${head}: ${status ?? 'updated'}`);
            continue;
        }
        const lines = [head];
        if (change.renamedFrom !== undefined)
            lines.push(`- renamed from "${escapeMarkdown(change.renamedFrom)}"`);
        for (const section of sectionsOf(change.diff, escapeMarkdown)) {
            if (section.items.length === 1) {
                lines.push(`- ${section.items[0].inline}`);
                continue;
            }
            lines.push(`- ${plural(section.items.length, section.category)} ${section.status}:`);
            for (const item of section.items.slice(0, maxNames))
                lines.push(`  - ${item.list}`);
            if (section.items.length > maxNames)
                lines.push(`  - … and ${section.items.length - maxNames} more`);
        }
        const properties = propertiesClause(change.diff.properties, escapeMarkdown);
        if (properties)
            lines.push(`- ${properties}`);
        blocks.push(lines.join('\n'));
    }
    return blocks.join('\n\n');
}
