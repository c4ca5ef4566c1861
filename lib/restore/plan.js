// The plan: what restoring one backed-up document would do, decided from the document and what
// Postman holds now (read only: no request here writes), and the lines that tell a person.
import { assertValidDocument } from '../backup/document.js';
import { CollectionValidationError } from '../errors.js';
import { kindOf } from '../kinds/index.js';
import { idFromReference } from '../postman/ids.js';
import { assertWorkspaceExists } from '../postman/lookup.js';
import { planRestore } from '../diff/document-diff.js';
import { detectKind, fileKinds } from './load.js';
import { blankedFields, keepTargetSecrets, secretOutcomeText } from './secrets.js';
/**
 * Plans the restore of a loaded backup: what it holds (refusing anything but `expected` when
 * given), its validation, and the diff against the target's current document (read with GET).
 */
export async function prepareRestore(client, loaded, request) {
    const { expected, validation, logger } = request;
    const detected = detectKind(loaded.document);
    if (!detected) {
        const kinds = fileKinds();
        const [first, ...others] = kinds.map((k) => k.label);
        throw new CollectionValidationError(`${loaded.source} holds neither ${article(first)} Postman ${first}${others.map((l) => ` nor ${article(l)} ${l}`).join('')}; nothing was written.`, [
            {
                pointer: '',
                message: `must be ${kinds.map((k) => `${article(k.label)} ${k.label} (${k.shape})`).join(' or ')}`
            }
        ]);
    }
    const { kind, document } = detected;
    if (expected && kind !== expected) {
        throw new CollectionValidationError(`${loaded.source} holds a Postman ${kind}, not a ${expected}; nothing was written.`, [{ pointer: '', message: `must be a ${expected}` }]);
    }
    const module = kindOf(kind);
    const restore = module.restore?.document;
    // detectKind only finds kinds that restore one document.
    if (!restore)
        throw new Error(`A ${module.label} is not restored from one file.`);
    const warnings = assertValidDocument(kind, document, validation, loaded.source, logger).map((w) => `${w.pointer}: ${w.message}`);
    warnings.push(...(restore.warnings?.(document) ?? []));
    const name = restore.nameOf(document);
    let current;
    let target;
    let keepIds = false;
    if ('to' in request.target) {
        const { to } = request.target;
        current = await module.fetch(client, to);
        const id = String(module.stamp(current).id ?? idFromReference(to));
        target = { id, name: restore.nameOf(current) };
        // Item IDs are sent only when the backup goes back over the document it was taken from.
        keepIds = module.restore?.holdsItems === true && module.stamp(document).id === id;
    }
    else {
        const { workspace } = request.target;
        target = { workspace };
        if (!request.workspaceChecked) {
            await assertWorkspaceExists(client, workspace);
            const listed = await module.list(client, workspace);
            const namesakes = listed.filter((d) => d.name === name);
            if (namesakes.length > 0) {
                warnings.push(`Workspace ${workspace} already has a ${module.label} named "${name}" (${namesakes.map((d) => d.id).join(', ')}); this creates another one. To replace it, restore to its ID instead.`);
            }
        }
    }
    // The kinds restored one document at a time are the ones the diff knows.
    const kept = diffKeepingSecrets(kind, document, current, request);
    const plan = {
        kind,
        action: 'to' in request.target ? 'update' : 'create',
        name,
        source: loaded.source,
        target,
        keepIds,
        ...kept.diff,
        warnings
    };
    return { plan, document: kept.document, current };
}
/**
 * The document to write: the backup, keeping Postman's secrets (`current`'s) where the backup's
 * were blanked, unless `overwriteSecrets`; its diff against `current`, and what happens at each
 * blanked place.
 */
export function diffKeepingSecrets(kind, backup, current, options) {
    const blanked = blankedFields(kind, backup, options.redactedPointers);
    const kept = keepTargetSecrets(kind, backup, current, blanked, { overwriteSecrets: options.overwriteSecrets });
    return {
        document: kept.document,
        diff: {
            ...planRestore(kind, kept.document, current),
            redacted: kept.secrets.filter((s) => s.outcome !== 'kept').map(({ pointer, kind }) => ({ pointer, kind })),
            secrets: kept.secrets
        }
    };
}
const article = (word) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
// ---- telling a person ----
/** The sentence every front end shows about blank secrets. */
export function redactedNote(count) {
    return `${count} redacted value${count === 1 ? '' : 's'} stay${count === 1 ? 's' : ''} blank; set ${count === 1 ? 'it' : 'them'} in Postman.`;
}
const SHOWN_ENTRIES = 20;
/** Per blanked field: whether Postman's value is kept; then the count of those left blank. */
export function secretLines(secrets) {
    if (secrets.length === 0)
        return [];
    const lines = ['Secrets blanked in the backup:'];
    for (const place of secrets.slice(0, SHOWN_ENTRIES))
        lines.push(`  ${place.label} (${place.kind}): ${secretOutcomeText(place.outcome)}`);
    if (secrets.length > SHOWN_ENTRIES)
        lines.push(`    … and ${secrets.length - SHOWN_ENTRIES} more`);
    const blank = secrets.filter((s) => s.outcome !== 'kept').length;
    if (blank > 0)
        lines.push(redactedNote(blank));
    return lines;
}
function entryLines(counts) {
    const show = (sign, list) => list
        .slice(0, SHOWN_ENTRIES)
        .map((e) => `  ${sign} ${e.path.join(' / ')}${e.from ? `  (was ${e.from.join(' / ')})` : ''}`)
        .concat(list.length > SHOWN_ENTRIES ? [`    … and ${list.length - SHOWN_ENTRIES} more`] : []);
    return [...show('+', counts.added), ...show('-', counts.removed), ...show('~', counts.changed)];
}
const countLine = (label, c) => `${label.padEnd(11)}${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed, ${c.unchanged} unchanged`;
/** The plan and what was done, as lines for a terminal or a log; `howToApply` says how to write ("run again with --yes to apply"). */
export function describeRestore(result, howToApply) {
    const { plan } = result;
    const lines = [`Restore ${plan.kind} "${plan.name}" from ${plan.source}`];
    lines.push(plan.action === 'update'
        ? `  over ${plan.kind} "${plan.target.name}" (${plan.target.id}) in Postman`
        : `  as a new ${plan.kind} in workspace ${plan.target.workspace}`);
    const module = kindOf(plan.kind);
    const holdsItems = module.restore?.holdsItems === true;
    if (!plan.keepIds && plan.action === 'update' && holdsItems)
        lines.push(`  (the backup is of another ${module.label}: its items are recreated with new IDs)`);
    if (holdsItems) {
        lines.push(countLine('Requests:', plan.requests), ...entryLines(plan.requests));
        lines.push(countLine('Folders:', plan.folders), ...entryLines(plan.folders));
    }
    const v = plan.variables;
    lines.push(countLine('Variables:', v));
    for (const [sign, list] of [
        ['+', v.added],
        ['-', v.removed],
        ['~', v.changed]
    ])
        if (list.length)
            lines.push(`  ${sign} ${list.join(', ')}`);
    if (plan.properties.length)
        lines.push(`Also changes: ${plan.properties.join(', ')}`);
    lines.push(...secretLines(plan.secrets ?? []));
    for (const warning of plan.warnings)
        lines.push(`warning: ${warning}`);
    if (result.written && result.document) {
        const { id, name } = result.document;
        lines.push(plan.action === 'update'
            ? `Replaced ${plan.kind} "${name}" (${id}) in Postman.`
            : `Created ${plan.kind} "${name}" (${id}) in workspace ${plan.target.workspace}.`);
    }
    else if (result.skipped === 'unchanged' || !plan.changed) {
        lines.push(`Postman's ${plan.kind} already equals the backup; nothing to restore.`);
    }
    else {
        lines.push(`Nothing written: ${howToApply}.`);
    }
    return lines;
}
