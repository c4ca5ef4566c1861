import { type KeysOf, type LibraryKey, type OptionKey, type OptionValue, type ResolvedValue } from './table.js';
/**
 * How a front end names an option in a message about another one ("…, or set environment").
 * Undefined: the front end does not have it.
 */
export type Naming = (key: OptionKey) => string | undefined;
/** The library's names: the option keys. */
export declare const libraryNaming: Naming;
/** Given values (undefined: not given), as the library takes them or a front end parsed them. */
export type GivenValues<Keys extends OptionKey> = {
    readonly [K in Keys]?: OptionValue<K> | undefined;
};
/** Every value present (undefined only where an option has no default), so tsc catches a forgotten one. */
export type ResolvedValues<Keys extends OptionKey> = {
    readonly [K in Keys]: ResolvedValue<K>;
};
export type BackupKey = Extract<KeysOf<'backup'>, LibraryKey>;
/** The options that say where a restore reads from (restoreSource, or a backup folder's `dir`), not its other options. */
declare const RESTORE_SOURCE_KEYS: readonly ["repository", "path", "ref", "file", "dir"];
type RestoreSourceKey = (typeof RESTORE_SOURCE_KEYS)[number];
export type RestoreKey = Exclude<Extract<KeysOf<'restore'>, LibraryKey>, RestoreSourceKey>;
export type ListKey = Extract<KeysOf<'list'>, LibraryKey>;
export type BackupValues = ResolvedValues<BackupKey>;
export type ListValues = ResolvedValues<ListKey>;
/** Where a restore reads the backed-up document: a local file, or a file in a GitHub repository. */
export type RestoreSourceValue = {
    file: string;
} | {
    repository: string;
    path: string;
    ref?: string;
};
export type RestoreValues = ResolvedValues<RestoreKey> & {
    readonly source: RestoreSourceValue;
};
/** The parts of a library options object that decide where a backup goes. */
interface BackupTarget {
    /** Writes elsewhere than GitHub: no repository or token needed. */
    readonly writer?: unknown;
    /** A ready Octokit: no token needed. */
    readonly octokit?: unknown;
}
/** The library options of a backup (and of a restore, of a listing), in the table's order. */
export declare const BACKUP_KEYS: BackupKey[];
export declare const RESTORE_KEYS: RestoreKey[];
export declare const LIST_KEYS: ListKey[];
/** Refuses a missing Postman API key: without it nothing works, so it is the first thing to hear about. */
export declare function requireApiKey(value: string | undefined): void;
/**
 * Checks a backup's options and applies the defaults, before any request. Keys the table does
 * not know (octokit, writer, logger, onProgress, …) pass through unchanged.
 */
export declare function resolveBackupOptions<T extends GivenValues<BackupKey> & BackupTarget>(options: T, naming?: Naming): Omit<T, BackupKey> & BackupValues & {
    readonly globals: boolean;
};
/** Refuses options given together that exclude each other (the table's `conflicts`). */
export declare function checkConflicts(given: {
    readonly [K in OptionKey]?: unknown;
}, naming: Naming): void;
/** The restore source from a file or a repository path, as a front end gives them. */
export declare function restoreSource(given: GivenValues<'file' | 'repository' | 'path' | 'ref'>, naming?: Naming): RestoreSourceValue;
/** Checks a restore's options and applies the defaults, before any request. Unknown keys pass through. */
export declare function resolveRestoreOptions<T extends GivenValues<RestoreKey> & {
    readonly source: RestoreSourceValue;
}>(options: T, naming?: Naming): Omit<T, RestoreKey | 'source'> & RestoreValues;
/** Checks the options of a listing and applies the defaults. Unknown keys pass through. */
export declare function resolveListOptions<T extends GivenValues<ListKey>>(options: T): Omit<T, ListKey> & ListValues;
/**
 * The action's `mode`: the inputs of a restore must stay empty in a backup, so a half-converted
 * step fails instead of backing up.
 */
export declare function checkModeOptions(mode: ResolvedValue<'mode'>, given: GivenValues<'path' | 'ref' | 'to' | 'yes'>, naming: Naming): void;
/** Only the given keys of `values`. */
export declare function pick<Keys extends OptionKey>(values: {
    readonly [K in OptionKey]?: unknown;
}, keys: readonly Keys[]): GivenValues<Keys>;
export {};
