// Options as a use case receives them: every value checked, every default applied, and the rules
// that tie options together (what to back up, where to write, `to` or `workspace`). The action,
// the CLI and the library all go through these functions; each names the options its own way.
import { InputError } from '../errors.js'
import {
  optionKeys,
  specOf,
  type KeysOf,
  type LibraryKey,
  type OptionKey,
  type OptionValue,
  type ResolvedValue
} from './table.js'
import { resolveValue } from './values.js'

/**
 * How a front end names an option in a message about another one ("…, or set environment").
 * Undefined: the front end does not have it.
 */
export type Naming = (key: OptionKey) => string | undefined

/** The library's names: the option keys. */
export const libraryNaming: Naming = (key) => (specOf(key).library === false ? undefined : key)

/** Given values (undefined: not given), as the library takes them or a front end parsed them. */
export type GivenValues<Keys extends OptionKey> = { readonly [K in Keys]?: OptionValue<K> | undefined }

/** Every value present (undefined only where an option has no default), so tsc catches a forgotten one. */
export type ResolvedValues<Keys extends OptionKey> = { readonly [K in Keys]: ResolvedValue<K> }

export type BackupKey = Extract<KeysOf<'backup'>, LibraryKey>
/** The options that say where a restore reads from (restoreSource, or a backup folder's `dir`), not its other options. */
const RESTORE_SOURCE_KEYS = ['repository', 'path', 'ref', 'file', 'dir'] as const satisfies readonly OptionKey[]
type RestoreSourceKey = (typeof RESTORE_SOURCE_KEYS)[number]

export type RestoreKey = Exclude<Extract<KeysOf<'restore'>, LibraryKey>, RestoreSourceKey>
export type ListKey = Extract<KeysOf<'list'>, LibraryKey>

export type BackupValues = ResolvedValues<BackupKey>
export type ListValues = ResolvedValues<ListKey>

/** Where a restore reads the backed-up document: a local file, or a file in a GitHub repository. */
export type RestoreSourceValue = { file: string } | { repository: string; path: string; ref?: string }

export type RestoreValues = ResolvedValues<RestoreKey> & { readonly source: RestoreSourceValue }

/** The parts of a library options object that decide where a backup goes. */
interface BackupTarget {
  /** Writes elsewhere than GitHub: no repository or token needed. */
  readonly writer?: unknown
  /** A ready Octokit: no token needed. */
  readonly octokit?: unknown
}

function resolveAll<Keys extends OptionKey>(
  keys: readonly Keys[],
  given: GivenValues<Keys>
): { [K in Keys]: ResolvedValue<K> } {
  const values = {} as { [K in Keys]: ResolvedValue<K> }
  for (const key of keys) values[key] = resolveValue(key, given[key])
  return values
}

const keysOf = <Keys extends OptionKey>(test: (key: OptionKey) => boolean) => optionKeys.filter(test) as Keys[]

/** The library options of a backup (and of a restore, of a listing), in the table's order. */
export const BACKUP_KEYS = keysOf<BackupKey>(
  (k) => specOf(k).library !== false && specOf(k).commands.includes('backup')
)
export const RESTORE_KEYS = keysOf<RestoreKey>(
  (k) =>
    specOf(k).library !== false &&
    specOf(k).commands.includes('restore') &&
    !(RESTORE_SOURCE_KEYS as readonly OptionKey[]).includes(k)
)
export const LIST_KEYS = keysOf<ListKey>((k) => specOf(k).library !== false && specOf(k).commands.includes('list'))

/** Refuses a missing Postman API key: without it nothing works, so it is the first thing to hear about. */
export function requireApiKey(value: string | undefined): void {
  if (value === undefined)
    throw new InputError('postmanApiKey', 'is empty. Create a key in Postman: Settings > API keys.')
}

/**
 * Checks a backup's options and applies the defaults, before any request. Keys the table does
 * not know (octokit, writer, logger, onProgress, …) pass through unchanged.
 */
export function resolveBackupOptions<T extends GivenValues<BackupKey> & BackupTarget>(
  options: T,
  naming: Naming = libraryNaming
): Omit<T, BackupKey> & BackupValues & { readonly globals: boolean } {
  const given = resolveAll(BACKUP_KEYS, options)
  // `globals` defaults to what the other options say: a whole workspace (`workspace` and every collection).
  const values = {
    ...given,
    globals: given.globals ?? (given.workspace !== undefined && given.collections.includes('*'))
  }
  // The key first: without it nothing works, so it is the first thing a new user must hear about.
  requireApiKey(values.postmanApiKey)
  if (
    values.collections.length === 0 &&
    values.environments.length === 0 &&
    values.specs.length === 0 &&
    !values.globals
  )
    throw new InputError(
      'collections',
      `is empty, and so is ${naming('environments')}. Name what to back up: a name, ID or UID (several at once, or * for all).`
    )
  if (options.writer === undefined) {
    if (values.repository === undefined) {
      const out = naming('out')
      throw new InputError(
        'repository',
        `is empty. Give the repository to write to, as owner/name${out ? `, or ${out} DIR to write to a local folder` : ''}.`
      )
    }
    if (values.githubToken === undefined && options.octokit === undefined)
      throw new InputError(
        'githubToken',
        'is empty. Give a token that can write to the repository (the workflow token or a PAT).'
      )
  }
  return Object.freeze({ ...options, ...values })
}

/** Refuses options given together that exclude each other (the table's `conflicts`). */
export function checkConflicts(given: { readonly [K in OptionKey]?: unknown }, naming: Naming): void {
  for (const key of optionKeys) {
    if (given[key] === undefined) continue
    for (const other of specOf(key).conflicts ?? []) {
      if (given[other as OptionKey] !== undefined)
        throw new InputError(key, `cannot be used with ${naming(other as OptionKey) ?? other}.`)
    }
  }
}

/** The restore source from a file or a repository path, as a front end gives them. */
export function restoreSource(
  given: GivenValues<'file' | 'repository' | 'path' | 'ref'>,
  naming: Naming = libraryNaming
): RestoreSourceValue {
  checkConflicts(given, naming)
  const file = resolveValue('file', given.file)
  if (file !== undefined) return { file }
  const path = resolveValue('path', given.path)
  if (path === undefined) {
    const fileName = naming('file')
    throw new InputError(
      'path',
      `is empty. Give the repository path of the backed-up file to restore${fileName ? `, or ${fileName}` : ''}.`
    )
  }
  const repository = resolveValue('repository', given.repository)
  if (repository === undefined)
    throw new InputError('repository', `is empty. Give the repository that holds ${naming('path')}, as owner/name.`)
  const ref = resolveValue('ref', given.ref)
  return { repository, path, ...(ref === undefined ? {} : { ref }) }
}

/** Checks a restore's options and applies the defaults, before any request. Unknown keys pass through. */
export function resolveRestoreOptions<T extends GivenValues<RestoreKey> & { readonly source: RestoreSourceValue }>(
  options: T,
  naming: Naming = libraryNaming
): Omit<T, RestoreKey | 'source'> & RestoreValues {
  const values = resolveAll(RESTORE_KEYS, options)
  requireApiKey(values.postmanApiKey)
  const source =
    options.source && 'file' in options.source
      ? restoreSource({ file: options.source.file }, naming)
      : restoreSource({ ...options.source }, naming)
  const to = naming('to')
  const workspace = naming('workspace')
  const choose = `Set ${to} (the ID or UID of the collection or environment to replace) or ${workspace} (to create a new one)`
  if (values.to !== undefined && values.workspace !== undefined) throw new InputError('to', `${choose}, not both.`)
  if (values.to === undefined && values.workspace === undefined) throw new InputError('to', `${choose}, one of them.`)
  return Object.freeze({ ...options, ...values, source })
}

/** Checks the options of a listing and applies the defaults. Unknown keys pass through. */
export function resolveListOptions<T extends GivenValues<ListKey>>(options: T): Omit<T, ListKey> & ListValues {
  const values = resolveAll(LIST_KEYS, options)
  requireApiKey(values.postmanApiKey)
  return Object.freeze({ ...options, ...values })
}

/**
 * The action's `mode`: the inputs of a restore must stay empty in a backup, so a half-converted
 * step fails instead of backing up.
 */
export function checkModeOptions(
  mode: ResolvedValue<'mode'>,
  given: GivenValues<'path' | 'ref' | 'to' | 'yes'>,
  naming: Naming
): void {
  if (mode !== 'backup') return
  for (const key of ['path', 'ref', 'to', 'yes'] as const) {
    if (given[key] !== undefined && given[key] !== false)
      throw new InputError(
        key,
        `is only used with ${naming('mode')}: restore. Set ${naming('mode')}: restore, or remove it.`
      )
  }
}

/** Only the given keys of `values`. */
export function pick<Keys extends OptionKey>(
  values: { readonly [K in OptionKey]?: unknown },
  keys: readonly Keys[]
): GivenValues<Keys> {
  return Object.fromEntries(keys.map((key) => [key, values[key]])) as GivenValues<Keys>
}
