// The command line: a thin layer over the library (runBackup, restoreBackup, listDocuments) for
// laptops and CI systems other than GitHub Actions. Its flags are the options table's, with the
// same defaults as the action's inputs. Exit codes: 0 ok, 1 failure, 2 usage error. Results go
// to stdout (one JSON document with --json); progress, warnings and errors go to stderr.
import { terminalJson, terminalText } from '../changelog/text.js';
import { CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { flagName, optionKeys, specOf } from '../options/index.js';
import { redactText } from '../secrets.js';
import { flagMessage } from './flags.js';
import { inFlagTerms } from './progress-reporter.js';
import { createProgram } from './program.js';
/** The credentials: their flags and environment variables, from the table. */
const secretOptions = optionKeys.map(specOf).filter((spec) => spec.type === 'secret');
/**
 * Runs the CLI in-process and returns the exit code: 0 ok, 1 failure, 2 usage error. Nothing
 * printed ever contains the Postman key or the GitHub token (nor their base64 or URL forms).
 */
export async function main(argv, io) {
    const secrets = [
        ...secretOptions.map((spec) => (spec.env ? io.env[spec.env] : undefined)),
        ...flagValues(argv, secretOptions.map((spec) => flagName(spec) ?? ''))
    ];
    const safe = {
        ...io,
        // stdout carries no escape sequence of ours: whatever Postman or GitHub sent is shown inert.
        stdout: { write: (text) => io.stdout.write(redactText(terminalText(text), secrets)) },
        stderr: { write: (text) => io.stderr.write(redactText(text, secrets)) }
    };
    const json = argv.includes('--json');
    const command = argv.find((a) => ['backup', 'restore', 'list'].includes(a));
    const fail = (code, name, message) => {
        message = terminalText(inFlagTerms(message));
        const hint = code === 2 ? `\nRun "postman-backup${command ? ` ${command}` : ''} --help" for usage.` : '';
        safe.stderr.write(`postman-backup: ${message}${hint}\n`);
        if (json)
            safe.stdout.write(`${terminalJson({ error: { name, message } })}\n`);
        return code;
    };
    let task;
    const program = createProgram(safe, (t) => (task = t));
    try {
        await program.parseAsync(argv, { from: 'user' });
    }
    catch (error) {
        if (!(error instanceof CommanderError))
            throw error;
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
            return 0;
        // No command at all: commander printed the help on stderr.
        if (error.code === 'commander.help')
            return 2;
        return fail(2, 'UsageError', error.message.replace(/^error: /, ''));
    }
    if (!task)
        return 0;
    try {
        return await task();
    }
    catch (error) {
        const err = error instanceof Error ? error : new Error(String(error));
        // A value the options module or the library refuses is a usage error, named by its flag.
        if (err instanceof InputError)
            return fail(2, err.name, flagMessage(err));
        return fail(1, err.name, err.message);
    }
}
/** The values given to secret-bearing flags, so they are redacted even when not otherwise known. */
function flagValues(argv, flags) {
    const values = [];
    argv.forEach((arg, i) => {
        for (const flag of flags.filter(Boolean)) {
            if (arg === flag && argv[i + 1] !== undefined)
                values.push(argv[i + 1]);
            else if (arg.startsWith(`${flag}=`))
                values.push(arg.slice(flag.length + 1));
        }
    });
    return values;
}
