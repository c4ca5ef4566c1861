import { type OptionKey, type OptionValue, type ResolvedValue } from './table.js';
/** Where a text value comes from: lists are one per line in the action, comma-separated too on the command line. */
export type TextSource = 'input' | 'flag' | 'env';
/**
 * Text to the option's value, not yet checked. Empty text means "not given" (so the default),
 * as in actions/checkout: `with: x: ${{ inputs.x }}` passes "" for a blank dispatch input. An
 * explicitly empty flag may mean something else (`--directory ""` is the root).
 */
export declare function parseOptionText<K extends OptionKey>(key: K, text: string | readonly string[], source: TextSource): OptionValue<K> | undefined;
/** A fresh copy of the default (undefined when the option has none). */
export declare function defaultOf<K extends OptionKey>(key: K): ResolvedValue<K>;
/**
 * Checks a given value (from the library, or parsed from text) and normalizes it; undefined
 * means its default. Empty text is "not given" except where the type says otherwise: an empty
 * directory is the repository root, an empty template is refused.
 */
export declare function resolveValue<K extends OptionKey>(key: K, value: unknown): ResolvedValue<K>;
