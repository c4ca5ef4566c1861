// The CLI's flags, derived from the options table: each option with a flag becomes a flag of the
// commands that use it, with its default and environment variable in the help. Values are parsed
// and checked by the options module, so a bad one is named by its flag.
import { Option } from 'commander';
import { checkConflicts, flagName, optionKeys, parseOptionText, specOf } from '../options/index.js';
/** The CLI names options by their flags. */
export const flagNaming = (key) => flagName(specOf(key));
/** `--token (or GITHUB_TOKEN): is empty. …`: an InputError in the CLI's words. */
export function flagMessage(error) {
    const key = error.option;
    if (!optionKeys.includes(key))
        return error.message;
    const spec = specOf(key);
    const flag = flagName(spec);
    if (!flag)
        return error.message;
    return `${flag}${spec.env ? ` (or ${spec.env})` : ''}: ${error.reason}`;
}
function helpOf(spec, command) {
    const help = typeof spec.help === 'string' ? spec.help : (spec.help?.[command] ?? spec.description);
    const extras = [
        spec.choices ? `${spec.choices.join(', ')}` : '',
        spec.env ? `default: $${spec.env}` : '',
        spec.default !== undefined && spec.type !== 'boolean' && spec.type !== 'list'
            ? `${spec.env ? 'else ' : 'default: '}${JSON.stringify(spec.default)}`
            : ''
    ].filter(Boolean);
    return extras.length ? `${help} (${extras.join('; ')})` : help;
}
const isPositional = (spec) => spec.flag?.startsWith('[') ?? false;
/** The table's options of `command`, in its order. */
const keysOf = (command) => optionKeys.filter((key) => specOf(key).flag !== undefined && specOf(key).commands.includes(command));
export function addTableOptions(command, name) {
    for (const key of keysOf(name)) {
        const spec = specOf(key);
        if (isPositional(spec)) {
            command.argument(spec.flag, helpOf(spec, name));
            continue;
        }
        const option = new Option(spec.flag, helpOf(spec, name));
        // Repeatable; each value may hold several, separated by commas.
        if (spec.type === 'list')
            option.argParser((value, previous) => [...(previous ?? []), value]);
        command.addOption(option);
    }
    return command
        .option('--json', 'print one JSON document on stdout (the result, or {error: {name, message}})')
        .option('--verbose', 'log each step on stderr');
}
/**
 * What the command line and the environment give, by option key. Flags first; an environment
 * variable only for an option not given and not excluded by a given one (`--out` ignores
 * GITHUB_REPOSITORY and GITHUB_TOKEN; a FILE to restore ignores GITHUB_REPOSITORY).
 */
export function givenFlags(command, name, env) {
    const opts = command.opts();
    const given = {};
    let position = 0;
    for (const key of keysOf(name)) {
        const spec = specOf(key);
        const raw = isPositional(spec)
            ? command.processedArgs[position++]
            : opts[new Option(spec.flag).attributeName()];
        if (raw === undefined)
            continue;
        given[key] = spec.type === 'boolean' ? raw : parseOptionText(key, raw, 'flag');
    }
    checkConflicts(given, flagNaming);
    const excluded = new Set(optionKeys.filter((key) => given[key] !== undefined).flatMap((key) => specOf(key).conflicts ?? []));
    for (const key of keysOf(name)) {
        const variable = specOf(key).env;
        if (given[key] !== undefined || excluded.has(key) || !variable || !env[variable])
            continue;
        given[key] = parseOptionText(key, env[variable], 'env');
    }
    return given;
}
