// The program and its commands; their flags come from the options table (flags.ts).
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { optionKeys, specOf } from '../options/index.js';
import { backupCommand } from './backup-command.js';
import { addTableOptions, givenFlags } from './flags.js';
import { listCommand } from './list-command.js';
import { restoreCommand } from './restore-command.js';
const environmentVariables = () => [
    ...new Set(optionKeys.map((key) => specOf(key).env).filter((v) => v !== undefined))
];
/** The program, its commands and flags. `onTask` receives what to run once parsing succeeded. */
export function createProgram(io, onTask) {
    const program = new Command('postman-backup')
        .description('Back up Postman collections and environments to a GitHub repository or a folder, and restore them.')
        .version(packageVersion(), '-V, --version')
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: () => undefined
    })
        .showSuggestionAfterError();
    program.addHelpText('after', `\nEnvironment: ${environmentVariables().join(', ')}.\nExit codes: 0 ok (restore without --yes too: plan only), 1 failure, 2 usage error.`);
    const commands = {
        backup: {
            description: 'Back up collections and environments to a GitHub repository (--repo) or a local folder (--out).',
            run: (given, flags) => () => backupCommand(given, flags, io)
        },
        restore: {
            description: 'Restore a backed-up collection or environment into Postman: replace one (--to ID) or create one (--workspace W).',
            run: (given, flags) => () => restoreCommand(given, flags, io)
        },
        list: {
            description: 'List the collections and environments the key can see, with their IDs.',
            run: (given, flags) => () => listCommand(given, flags, io)
        }
    };
    for (const [name, { description, run }] of Object.entries(commands)) {
        const command = addTableOptions(program.command(name).description(description), name);
        command.action((...args) => {
            const self = args[args.length - 1];
            const { json, verbose } = self.opts();
            // Values are read and checked when the task runs, so a bad one is an InputError like the library's.
            onTask(() => run(givenFlags(self, name, io.env), { json: Boolean(json), verbose: Boolean(verbose) })());
        });
    }
    return program;
}
/** package.json's version; the path is relative to this file in src/cli/ and in lib/cli/ alike. */
export function packageVersion() {
    try {
        return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
            .version;
    }
    catch {
        return '0.0.0';
    }
}
