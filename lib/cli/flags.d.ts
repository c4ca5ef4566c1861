import { type Command } from 'commander';
import type { InputError } from '../errors.js';
import { type CommandName, type Naming, type OptionKey } from '../options/index.js';
import type { CliIO } from './io.js';
/** Values given on the command line or by the environment, by option key; undefined: not given. */
export type GivenFlags = {
    [K in OptionKey]?: unknown;
};
/** The CLI names options by their flags. */
export declare const flagNaming: Naming;
/** `--token (or GITHUB_TOKEN): is empty. …`: an InputError in the CLI's words. */
export declare function flagMessage(error: InputError): string;
export declare function addTableOptions(command: Command, name: CommandName): Command;
/**
 * What the command line and the environment give, by option key. Flags first; an environment
 * variable only for an option not given and not excluded by a given one (`--out` ignores
 * GITHUB_REPOSITORY and GITHUB_TOKEN; a FILE to restore ignores GITHUB_REPOSITORY).
 */
export declare function givenFlags(command: Command, name: CommandName, env: CliIO['env']): GivenFlags;
