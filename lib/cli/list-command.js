// `postman-backup list`: what the key can see, with the IDs to back up or restore to.
import { oneLine } from '../changelog/text.js';
import { listDocuments } from '../list.js';
import { LIST_KEYS, pick } from '../options/index.js';
import { printJson } from './io.js';
import { ProgressReporter } from './progress-reporter.js';
export async function listCommand(given, flags, io) {
    // listDocuments checks every value and applies the defaults.
    const documents = await listDocuments({ ...pick(given, LIST_KEYS), logger: new ProgressReporter(io, flags.verbose) });
    if (flags.json)
        printJson(io, documents);
    else
        io.stdout.write(table(documents));
    return 0;
}
function table(documents) {
    if (documents.length === 0)
        return 'No collections or environments visible to this key.\n';
    const rows = [
        ['KIND', 'ID', 'UID', 'NAME'],
        ...documents.map((d) => [d.kind, oneLine(d.id), oneLine(d.uid), oneLine(d.name)])
    ];
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n') + '\n';
}
